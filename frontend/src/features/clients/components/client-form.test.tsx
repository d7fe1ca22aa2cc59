import { ApiError } from "@protegrt/api-client";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { RFC_MESSAGE, PHONE_MESSAGE } from "../schemas";
import { ClientForm, type saveClient } from "./client-form";

vi.mock("@/lib/api", () => ({ api: {}, unwrap: vi.fn() }));

const saved = { id: 7, full_name: "Ana Gómez" } as never;

function setup(save: typeof saveClient = vi.fn(async () => ({ ok: true as const, client: saved }))) {
  const onSaved = vi.fn();
  const user = userEvent.setup();
  render(<ClientForm clientId={null} onSaved={onSaved} onCancel={vi.fn()} save={save} />);
  return { user, save, onSaved };
}

async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/^Nombre\(s\)/), "Ana");
  await user.type(screen.getByLabelText(/^Apellido paterno/), "Gómez");
  await user.type(screen.getByLabelText(/^WhatsApp/), "33 1234 5678");
  await user.type(screen.getByLabelText(/^Calle/), "Av. Juárez");
  await user.type(screen.getByLabelText(/^Colonia/), "Centro");
  await user.type(screen.getByLabelText(/^Código postal/), "44100");
  await user.type(screen.getByLabelText(/^Municipio/), "1");
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
});
