import { ApiError } from "@protegrt/api-client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { EMPTY_CLIENT_FORM, RFC_MESSAGE, PHONE_MESSAGE } from "../schemas";
import { ClientForm, type saveClient } from "./client-form";

const MUNICIPALITIES = [
  { id: 1, name: "Guadalajara", state: "Jalisco" },
  { id: 4, name: "Tonalá", state: "Jalisco" },
  { id: 2, name: "Zapopan", state: "Jalisco" },
];
const fold = (v: string) => v.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
const get = vi.fn(async (_path: string, options: { params: { query: { q: string | null } } }) => {
  const q = fold(options.params.query.q ?? "");
  const items = MUNICIPALITIES.filter((m) => fold(m.name).includes(q) || fold(m.state).includes(q));
  return { data: { items, total: items.length, page: 1, size: 100 }, response: new Response(null, { status: 200 }) };
});
vi.mock("@/lib/api", async () => {
  const { unwrap } = await import("@protegrt/api-client");
  return { api: { GET: (...args: Parameters<typeof get>) => get(...args) }, unwrap };
});

const saved = { id: 7, full_name: "Ana Gómez" } as never;

function setup(
  save: typeof saveClient = vi.fn(async () => ({ ok: true as const, client: saved })),
  props: Partial<React.ComponentProps<typeof ClientForm>> = {},
) {
  const onSaved = vi.fn();
  const user = userEvent.setup();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <ClientForm clientId={null} onSaved={onSaved} onCancel={vi.fn()} save={save} {...props} />
    </QueryClientProvider>,
  );
  return { user, save, onSaved };
}

async function pickMunicipality(user: ReturnType<typeof userEvent.setup>, text: string, option: string) {
  await user.type(screen.getByRole("combobox", { name: /^Municipio/ }), text);
  await user.click(await screen.findByRole("option", { name: option }));
}

async function fillRequiredButMunicipality(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/^Nombre\(s\)/), "Ana");
  await user.type(screen.getByLabelText(/^Apellido paterno/), "Gómez");
  await user.type(screen.getByLabelText(/^WhatsApp/), "33 1234 5678");
  await user.type(screen.getByLabelText(/^Calle/), "Av. Juárez");
  await user.type(screen.getByLabelText(/^Colonia/), "Centro");
  await user.type(screen.getByLabelText(/^Código postal/), "44100");
}

async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/^Nombre\(s\)/), "Ana");
  await user.type(screen.getByLabelText(/^Apellido paterno/), "Gómez");
  await user.type(screen.getByLabelText(/^WhatsApp/), "33 1234 5678");
  await user.type(screen.getByLabelText(/^Calle/), "Av. Juárez");
  await user.type(screen.getByLabelText(/^Colonia/), "Centro");
  await user.type(screen.getByLabelText(/^Código postal/), "44100");
  await pickMunicipality(user, "tona", "Tonalá, Jalisco");
}

describe("ClientForm", () => {
  it("marks the required fields and says what is missing in Spanish", async () => {
    const { user, save } = setup();
    expect(screen.getByText("Nombre(s)").parentElement).toHaveTextContent("*");
    expect(screen.getByText("Apellido materno").parentElement).not.toHaveTextContent("*");
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    expect(await screen.findAllByText("Este campo es obligatorio.")).not.toHaveLength(0);
    expect(screen.getByText("El código postal debe tener 5 dígitos.")).toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
  });

  it("checks the RFC format while it is typed", async () => {
    const { user } = setup();
    const rfc = screen.getByLabelText(/^RFC/);
    await user.type(rfc, "GOMA80010");
    await user.tab();
    expect(await screen.findByText(RFC_MESSAGE)).toBeInTheDocument();
    await user.type(rfc, "1AB1");
    expect(screen.queryByText(RFC_MESSAGE)).toBeNull();
    expect(screen.getByText("Formato válido")).toBeInTheDocument();
  });

  it("asks for a 10-digit phone", async () => {
    const { user } = setup();
    const phone = screen.getByLabelText(/^WhatsApp/);
    await user.type(phone, "33123");
    await user.tab();
    expect(await screen.findByText(PHONE_MESSAGE)).toBeInTheDocument();
    await user.type(phone, "45678");
    expect(screen.queryByText(PHONE_MESSAGE)).toBeNull();
  });

  it("works without a map: coordinates by hand and a 'sin mapa' note", () => {
    setup();
    expect(screen.getByTestId("map-unavailable")).toHaveTextContent("Sin mapa");
    expect(screen.getByLabelText("Latitud")).toBeInTheDocument();
    expect(screen.getByLabelText("Longitud")).toBeInTheDocument();
  });

  it("warns of possible duplicates and saves anyway when asked", async () => {
    const save = vi
      .fn<typeof saveClient>()
      .mockResolvedValueOnce({
        ok: false,
        matches: [{ id: 3, full_name: "Ana Gómez López", phone_whatsapp: "3312345678", rfc: null, reason: "same_name_phone" }],
      })
      .mockResolvedValueOnce({ ok: true, client: saved });
    const { user, onSaved } = setup(save);
    await fillRequired(user);
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    const dialog = await screen.findByRole("dialog", { name: "Posible cliente duplicado" });
    expect(within(dialog).getByText("Ana Gómez López")).toBeInTheDocument();
    expect(within(dialog).getByText(/Mismo nombre y WhatsApp/)).toBeInTheDocument();
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ first_name: "Ana" }), null, false);
    await user.click(within(dialog).getByRole("button", { name: "Guardar de todos modos" }));
    expect(save).toHaveBeenLastCalledWith(expect.anything(), null, true);
    expect(onSaved).toHaveBeenCalledWith(saved);
  });

  it("puts the server's field errors on their fields", async () => {
    const save = vi.fn<typeof saveClient>().mockRejectedValue(
      new ApiError({
        status: 422,
        code: "VALIDATION_FAILED",
        detail: "Revisa los datos.",
        fields: { "address.postal_code": "Código postal desconocido.", email: "Correo ya registrado." },
      }),
    );
    const { user } = setup(save);
    await fillRequired(user);
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    expect(await screen.findByText("Código postal desconocido.")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Código postal/)).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText(/^Correo electrónico/)).toHaveAttribute("aria-invalid", "true");
  });

  it("picks the municipality from a searchable list of 'Municipio, Estado'", async () => {
    const { user, save } = setup();
    const input = screen.getByRole("combobox", { name: /^Municipio/ });
    await user.click(input);
    const list = await screen.findByRole("listbox", { name: "Municipios" });
    expect(await within(list).findAllByRole("option")).toHaveLength(3);
    await user.type(input, "zapo");
    await screen.findByRole("option", { name: "Zapopan, Jalisco" });
    await waitFor(() => expect(screen.queryByRole("option", { name: "Guadalajara, Jalisco" })).toBeNull());
    expect(get).toHaveBeenLastCalledWith("/api/v1/catalogs/municipalities", expect.objectContaining({ params: { query: { q: "zapo", size: 100 } } }));
    await user.keyboard("{ArrowDown}{Enter}");
    expect(input).toHaveValue("Zapopan, Jalisco");
    expect(screen.queryByRole("listbox")).toBeNull();
    await fillRequiredButMunicipality(user);
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ address: expect.objectContaining({ municipality_id: "2" }) }), null, false);
  });

  it("asks to choose a municipality when only text was typed", async () => {
    const { user, save } = setup();
    await fillRequiredButMunicipality(user);
    await user.type(screen.getByRole("combobox", { name: /^Municipio/ }), "Tonal");
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    expect(await screen.findByText("Indica el municipio.")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: /^Municipio/ })).toHaveAttribute("aria-invalid", "true");
    expect(save).not.toHaveBeenCalled();
  });

  it("shows the saved municipality when editing", () => {
    setup(undefined, {
      clientId: 7,
      defaultValues: { ...EMPTY_CLIENT_FORM, address: { ...EMPTY_CLIENT_FORM.address, municipality_id: "4" } },
      municipalityLabel: "Tonalá, Jalisco",
    });
    expect(screen.getByRole("combobox", { name: /^Municipio/ })).toHaveValue("Tonalá, Jalisco");
  });
});
