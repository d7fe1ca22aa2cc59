import { ApiError } from "@protegrt/api-client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { DATE_MESSAGE, type Employee } from "../schemas";
import { EmployeeForm, EmployeeFormSheet, type SaveEmployee } from "./employee-form";

vi.mock("@/lib/api", () => ({ api: {}, unwrap: vi.fn() }));

// Radix measures its controls; jsdom has no ResizeObserver.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const existing: Employee = {
  id: 9,
  code: "C7",
  first_name: "Rosa",
  last_name: "Méndez",
  second_last_name: null,
  full_name: "Rosa Méndez",
  birth_date: "1990-05-17",
  gender: "female",
  phone: "3312345678",
  phone_alt: null,
  email: null,
  telegram_id: null,
  rfc: null,
  curp: null,
  address: null,
  hire_date: "2020-01-15",
  termination_date: null,
  emergency_contact_name: null,
  emergency_contact_phone: null,
  is_seller: false,
  is_collector: true,
  is_adjuster: false,
  is_active: true,
  receipt_limit: 50,
  departments: [],
  user: null,
  created_at: "2020-01-15T10:00:00Z",
  updated_at: "2020-01-15T10:00:00Z",
};

function setup(save: SaveEmployee = vi.fn(async () => existing), employee: Employee | null = null) {
  const onSaved = vi.fn();
  const user = userEvent.setup();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <EmployeeForm employee={employee} onSaved={onSaved} onCancel={vi.fn()} save={save} />
    </QueryClientProvider>,
  );
  return { user, save, onSaved };
}

describe("EmployeeForm", () => {
  it("shows the saved address's municipality as «Municipio, Estado» and sends its id", async () => {
    const withAddress: Employee = {
      ...existing,
      address: {
        id: 3,
        street: "Av. Tonaltecas",
        exterior_number: "120",
        interior_number: null,
        neighborhood: "Centro",
        postal_code: "45400",
        municipality_id: 4,
        municipality: "Tonalá",
        state: "Jalisco",
      },
    };
    const { user, save } = setup(vi.fn(async () => withAddress), withAddress);
    expect(screen.getByRole("combobox", { name: "Municipio" })).toHaveValue("Tonalá, Jalisco");
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    await vi.waitFor(() => expect(save).toHaveBeenCalled());
    const body = (save as ReturnType<typeof vi.fn>).mock.calls[0]?.[0] as { address?: { municipality_id: number } };
    expect(body.address?.municipality_id).toBe(4);
  });

  it("marks the required fields and says what is missing in Spanish", async () => {
    const { user, save } = setup();
    expect(screen.getByText("Nombre(s)").parentElement).toHaveTextContent("*");
    expect(screen.getByText("Fecha de ingreso").parentElement).toHaveTextContent("*");
    expect(screen.getByText("Apellido materno").parentElement).not.toHaveTextContent("*");
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    expect(await screen.findAllByText("Este campo es obligatorio.")).toHaveLength(3);
    expect(screen.getByLabelText(/^Nombre\(s\)/)).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText(/^Fecha de ingreso/)).toHaveAttribute("aria-invalid", "true");
    expect(save).not.toHaveBeenCalled();
  });

  it("reads dates as dd/mm/aaaa and refuses what is not a real day", async () => {
    const { user, save } = setup();
    await user.type(screen.getByLabelText(/^Nombre\(s\)/), "Rosa");
    await user.type(screen.getByLabelText(/^Apellido paterno/), "Méndez");
    const hire = screen.getByLabelText(/^Fecha de ingreso/);
    await user.type(hire, "2020-01-15");
    await user.tab();
    expect(await screen.findByText(DATE_MESSAGE)).toBeInTheDocument();
    await user.clear(hire);
    await user.type(hire, "31/02/2020");
    expect(screen.getByText(DATE_MESSAGE)).toBeInTheDocument();
    await user.clear(hire);
    await user.type(hire, "15/01/2020");
    expect(screen.queryByText(DATE_MESSAGE)).toBeNull();
    await user.type(screen.getByLabelText(/^Fecha de nacimiento/), "17/05/2021");
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    expect(await screen.findByText("La fecha de ingreso debe ser posterior a la de nacimiento.")).toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
  });

  it("sends ISO dates, normalised fields and the flags; never a code", async () => {
    const { user, save, onSaved } = setup();
    await user.type(screen.getByLabelText(/^Nombre\(s\)/), "Rosa");
    await user.type(screen.getByLabelText(/^Apellido paterno/), "Méndez");
    await user.type(screen.getByLabelText(/^Fecha de ingreso/), "15/01/2020");
    await user.type(screen.getByLabelText(/^Fecha de nacimiento/), "17/5/1990");
    await user.type(screen.getByLabelText(/^Teléfono$/), "33 1234 5678");
    await user.type(screen.getByLabelText(/^RFC/), "mera900517ab1");
    await user.click(screen.getByRole("checkbox", { name: /Cobrador/ }));
    expect(screen.getByText(/La clave \(V#, C# o M#\) la asigna el sistema al guardar/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    expect(save).toHaveBeenCalledTimes(1);
    const [body, id] = vi.mocked(save).mock.calls[0]!;
    expect(id).toBeNull();
    expect(body).toMatchObject({
      first_name: "Rosa",
      last_name: "Méndez",
      hire_date: "2020-01-15",
      birth_date: "1990-05-17",
      phone: "3312345678",
      rfc: "MERA900517AB1",
      is_collector: true,
      is_seller: false,
      address: null,
    });
    expect(body).not.toHaveProperty("code");
    expect(body).not.toHaveProperty("termination_date");
    expect(onSaved).toHaveBeenCalledWith(existing);
  });

  it("shows an employee's dates as dd/mm/aaaa and the code the server assigned", () => {
    setup(undefined, existing);
    expect(screen.getByLabelText(/^Fecha de ingreso/)).toHaveValue("15/01/2020");
    expect(screen.getByLabelText(/^Fecha de nacimiento/)).toHaveValue("17/05/1990");
    expect(screen.getByText(/Clave asignada: C7/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Fecha de baja/)).toBeInTheDocument();
  });

  it("puts the server's refusals on their fields", async () => {
    const save = vi.fn<SaveEmployee>().mockRejectedValue(
      new ApiError({
        status: 422,
        code: "VALIDATION_FAILED",
        detail: "Revisa los datos.",
        fields: { hire_date: "La fecha de ingreso debe ser posterior a la de nacimiento.", curp: "CURP no válida: revisa sus 18 caracteres." },
      }),
    );
    const { user } = setup(save, existing);
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    expect(await screen.findByText("La fecha de ingreso debe ser posterior a la de nacimiento.")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Fecha de ingreso/)).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText(/^CURP/)).toHaveAttribute("aria-invalid", "true");
    expect(vi.mocked(save).mock.calls[0]![1]).toBe(9);
  });

  it("puts a refused code next to the field-work flags", async () => {
    const save = vi.fn<SaveEmployee>().mockRejectedValue(
      new ApiError({ status: 409, code: "EMPLOYEE_CODE_TAKEN", detail: "Esa clave ya la tiene otro empleado.", fields: { code: "Clave ocupada." } }),
    );
    const { user } = setup(save, existing);
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    expect(await screen.findByText("Clave ocupada.")).toBeInTheDocument();
    expect(screen.getByText("Esa clave ya la tiene otro empleado.")).toBeInTheDocument();
  });

  it("asks before discarding what was typed", async () => {
    const onOpenChange = vi.fn();
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <EmployeeFormSheet open onOpenChange={onOpenChange} employee={null} />
      </QueryClientProvider>,
    );
    const drawer = screen.getByRole("dialog", { name: "Nuevo empleado" });
    await user.type(within(drawer).getByLabelText(/^Nombre\(s\)/), "Rosa");
    await user.click(within(drawer).getByRole("button", { name: "Cancelar" }));
    const confirm = await screen.findByRole("dialog", { name: "¿Descartar los cambios?" });
    await user.click(within(confirm).getByRole("button", { name: "Seguir editando" }));
    expect(onOpenChange).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/^Nombre\(s\)/)).toHaveValue("Rosa");
    await user.click(screen.getByRole("button", { name: "Cancelar" }));
    await user.click(within(await screen.findByRole("dialog", { name: "¿Descartar los cambios?" })).getByRole("button", { name: "Descartar" }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });
});
