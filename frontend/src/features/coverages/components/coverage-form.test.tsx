import { ApiError } from "@protegrt/api-client";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import type { Coverage, VehicleKey, saveCoverage } from "../api/queries";
import { normalizeAmount, toCents } from "../lib/money";
import { CoverageForm } from "./coverage-form";

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
Element.prototype.hasPointerCapture ??= () => false;
Element.prototype.releasePointerCapture ??= () => {};
Element.prototype.scrollIntoView ??= () => {};

vi.mock("@/lib/api", async () => {
  const { ApiError: E, unwrap } = await import("@protegrt/api-client");
  return { api: {}, unwrap, ApiError: E };
});

const KEYS: VehicleKey[] = [
  { code: 101, name: "AUTOMOVIL", vehicle_type: "automobile", requires_cylinder_band: false, allows_comprehensive: true },
  { code: 107, name: "MOTOCICLETA", vehicle_type: "motorcycle", requires_cylinder_band: true, allows_comprehensive: false },
];

const COVERAGE: Coverage = {
  id: 12,
  name: "RC BASICA",
  vehicle_key: 101,
  vehicle_key_name: "AUTOMOVIL",
  vehicle_type: "automobile",
  service_type: "private",
  cylinder_band: null,
  category: "liability",
  level: 1,
  cash_price: "3800.00",
  credit_price: "4200.00",
  initial_payment: "1200.00",
  tow_services_included: 1,
  is_active: true,
  is_quoted: false,
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
};

function setup(coverage: Coverage | null, save = vi.fn<typeof saveCoverage>(async () => COVERAGE)) {
  const onSaved = vi.fn();
  const user = userEvent.setup();
  render(<CoverageForm coverage={coverage} keys={KEYS} onSaved={onSaved} onCancel={vi.fn()} save={save} />);
  return { user, save, onSaved };
}

describe("money helpers", () => {
  it("read typed amounts as the API's strings and compare them in cents", () => {
    expect(normalizeAmount("4,200")).toBe("4200.00");
    expect(normalizeAmount("$1200.5")).toBe("1200.50");
    expect(normalizeAmount("0012.05")).toBe("12.05");
    expect(normalizeAmount("12.345")).toBeNull();
    expect(normalizeAmount("abc")).toBeNull();
    expect(toCents("4200.10")).toBe(420010);
    expect(toCents("0.1")).toBe(10);
  });
});

describe("CoverageForm", { timeout: 20_000 }, () => {
  it("marks required fields and says what is wrong in Spanish", async () => {
    const { user, save } = setup(null);
    expect(screen.getByText("Nombre de la cobertura").parentElement).toHaveTextContent("*");
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    expect(await screen.findByText("El nombre debe tener al menos 2 caracteres.")).toBeInTheDocument();
    expect(screen.getByText("Elige una opción.")).toBeInTheDocument();
    expect(screen.getAllByText("Este campo es obligatorio.")).toHaveLength(3);
    expect(save).not.toHaveBeenCalled();
  });

  it("validates money live and shows it formatted in MXN", async () => {
    const { user } = setup(null);
    const credit = screen.getByLabelText(/^Precio a crédito/);
    await user.type(credit, "4,2.333");
    await user.tab();
    expect(await screen.findByText("Escribe un importe en pesos con máximo dos decimales (p. ej. 4200.00).")).toBeInTheDocument();
    await user.clear(credit);
    await user.type(credit, "4200");
    expect(await screen.findByText("$4,200.00 MXN")).toBeInTheDocument();
    const down = screen.getByLabelText(/^Enganche/);
    await user.type(down, "5000");
    await user.tab();
    expect(await screen.findByText("El enganche debe ser mayor que cero y menor que el precio a crédito.")).toBeInTheDocument();
  });

  it("asks for the cylinder band of a motorcycle key", async () => {
    const { user, save } = setup({ ...COVERAGE, vehicle_key: 107, vehicle_key_name: "MOTOCICLETA", vehicle_type: "motorcycle" });
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    expect(await screen.findByText("Obligatorio para la clave 107 (MOTOCICLETA).")).toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
  });

  it("sends only the changed price, as a decimal string", async () => {
    const { user, save, onSaved } = setup(COVERAGE);
    const credit = screen.getByLabelText(/^Precio a crédito/);
    await user.clear(credit);
    await user.type(credit, "4,350.5");
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    await vi.waitFor(() => expect(save).toHaveBeenCalledWith(12, { credit_price: "4350.50" }));
    expect(onSaved).toHaveBeenCalledWith(COVERAGE);
  });

  it("shows the API's refusal of a structure change on the field and the form", async () => {
    const save = vi.fn<typeof saveCoverage>().mockRejectedValue(
      new ApiError({
        status: 409,
        code: "COVERAGE_IN_USE",
        detail: "La cobertura ya tiene pólizas: su nombre, clave vehicular, servicio, cilindraje y tipo no se pueden cambiar. Crea una cobertura nueva y desactiva esta.",
        fields: { name: "No se puede cambiar: la cobertura tiene pólizas." },
      }),
    );
    const { user } = setup(COVERAGE, save);
    const name = screen.getByLabelText(/^Nombre de la cobertura/);
    await user.clear(name);
    await user.type(name, "RC PLUS");
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    expect(await screen.findByText("No se puede cambiar: la cobertura tiene pólizas.")).toBeInTheDocument();
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText(/Crea una cobertura nueva y desactiva esta/)).toBeInTheDocument();
    expect(save).toHaveBeenCalledWith(12, { name: "RC PLUS" });
  });

  it("requires 0.00 prices for the AMPLIA family", async () => {
    const { user } = setup({ ...COVERAGE, category: "comprehensive", is_quoted: true });
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    expect(await screen.findAllByText("Debe ser 0.00: la familia AMPLIA se cotiza por vehículo.")).toHaveLength(3);
  });
});
