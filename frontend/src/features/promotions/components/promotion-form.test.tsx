import { ApiError } from "@protegrt/api-client";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import type { Coverage } from "@/features/coverages/api/queries";

import type { Promotion, savePromotion } from "../api/queries";
import { CODE_MESSAGE, fromConditions, toConditions } from "../schemas";
import { PromotionForm } from "./promotion-form";

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

const coverage = (id: number, name: string, key = 101): Coverage => ({
  id,
  name,
  vehicle_key: key,
  vehicle_key_name: key === 101 ? "AUTOMOVIL" : "MOTOCICLETA",
  vehicle_type: key === 101 ? "automobile" : "motorcycle",
  service_type: "private",
  cylinder_band: key === 101 ? null : "up_to_150",
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
});
const COVERAGES = [coverage(1, "RC BASICA"), coverage(2, "RC PLUS"), coverage(3, "RC BASICA", 107)];

const saved = { id: 5, code: "BUENFIN25", name: "Buen Fin" } as Promotion;

function setup(promotion: Promotion | null = null, save = vi.fn<typeof savePromotion>(async () => saved)) {
  const user = userEvent.setup();
  const onSaved = vi.fn();
  render(<PromotionForm promotion={promotion} coverages={COVERAGES} onSaved={onSaved} onCancel={vi.fn()} save={save} />);
  return { user, save, onSaved };
}

async function choose(user: ReturnType<typeof userEvent.setup>, combobox: string, option: string) {
  await user.click(screen.getByRole("combobox", { name: combobox }));
  await user.click(await screen.findByRole("option", { name: option }));
}

async function fillHeader(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/^Clave/), "buenfin25");
  await user.type(screen.getByLabelText(/^Nombre/), "Buen Fin");
  await user.type(screen.getByLabelText(/^Fin de vigencia/), "30/11/2026");
}

describe("PromotionForm rules builder", { timeout: 30_000 }, () => {
  it("adds and removes rules (never fewer than one)", async () => {
    const { user } = setup();
    expect(screen.getByRole("region", { name: "Regla 1" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Quitar regla 1" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Agregar regla" }));
    expect(await screen.findByRole("region", { name: "Regla 2" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Quitar regla 1" }));
    expect(screen.queryByRole("region", { name: "Regla 2" })).toBeNull();
    expect(screen.getByRole("button", { name: "Quitar regla 1" })).toBeDisabled();
  });

  it("says in Spanish what each benefit's value must be", async () => {
    const { user, save } = setup();
    await fillHeader(user);
    const rule = screen.getByRole("region", { name: "Regla 1" });
    await user.type(within(rule).getByLabelText(/^Porcentaje/), "120");
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    expect(await screen.findByText("El porcentaje de descuento debe ser mayor que 0 y como máximo 100.")).toBeInTheDocument();
    await choose(user, "Beneficio de la regla 1", "Meses gratis");
    await user.clear(within(rule).getByLabelText(/^Meses gratis/));
    await user.type(within(rule).getByLabelText(/^Meses gratis/), "12");
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    expect(await screen.findByText("Los meses gratis deben ser un número entero entre 1 y 11.")).toBeInTheDocument();
    await choose(user, "Beneficio de la regla 1", "Enganche cero");
    expect(within(rule).getByText("El primer pago queda en $0.00 y pagado.")).toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
  });

  it("checks the code, the dates and the limits", async () => {
    const { user } = setup();
    await user.type(screen.getByLabelText(/^Clave/), "x!");
    await user.type(screen.getByLabelText(/^Fin de vigencia/), "01/01/2020");
    await user.type(screen.getByLabelText(/^Límite de usos \(total\)/), "5");
    await user.type(screen.getByLabelText(/^Límite de usos por cliente/), "9");
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    expect(await screen.findByText(CODE_MESSAGE)).toBeInTheDocument();
    expect(screen.getByText("El fin de vigencia no puede ser anterior al inicio.")).toBeInTheDocument();
    expect(screen.getByText("El límite por cliente no puede ser mayor que el límite total.")).toBeInTheDocument();
  });

  it("adds conditions, requires them complete, removes them, and sends what the API accepts", async () => {
    const { user, save } = setup();
    await fillHeader(user);
    const rule = screen.getByRole("region", { name: "Regla 1" });
    await user.type(within(rule).getByLabelText(/^Porcentaje/), "10");

    await choose(user, "Agregar condición a la regla 1", "Coberturas");
    await choose(user, "Agregar condición a la regla 1", "Número de pagos");
    await choose(user, "Agregar condición a la regla 1", "Cliente referido");
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    expect(await screen.findByText("Elige al menos una cobertura.")).toBeInTheDocument();
    expect(screen.getByText("Indica el mínimo, el máximo o ambos.")).toBeInTheDocument();

    const coverages = screen.getByRole("group", { name: "Condición Coberturas (regla 1)" });
    await user.type(within(coverages).getByRole("searchbox", { name: "Buscar cobertura" }), "107");
    expect(within(coverages).queryByLabelText(/RC PLUS/)).toBeNull();
    await user.click(within(coverages).getByLabelText(/RC BASICA · 107 MOTOCICLETA/));
    await user.type(within(rule).getByLabelText(/^Mínimo de pagos/), "8");
    await user.type(within(rule).getByLabelText(/^Máximo de pagos/), "7");
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    expect(await screen.findByText("El mínimo de pagos no puede ser mayor que el máximo.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Quitar condición Número de pagos de la regla 1" }));
    await user.click(screen.getByRole("button", { name: "Quitar condición Cliente referido de la regla 1" }));
    expect(screen.queryByRole("group", { name: "Condición Número de pagos (regla 1)" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Guardar" }));

    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save).toHaveBeenCalledWith(null, {
      code: "BUENFIN25",
      name: "Buen Fin",
      description: null,
      starts_on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      ends_on: "2026-11-30",
      is_active: true,
      stackable: false,
      usage_limit_total: null,
      usage_limit_per_client: null,
      rules: [{ benefit_type: "percentage", value: "10.00", priority: 0, conditions: { referral: false, coverage_ids: [3] } }],
    });
  });

  it("puts the server's refusals on the right field", async () => {
    const save = vi.fn<typeof savePromotion>().mockRejectedValue(
      new ApiError({ status: 409, code: "PROMOTION_CODE_TAKEN", detail: "Ya existe una promoción con esa clave.", fields: { code: "Clave ocupada." } }),
    );
    const { user } = setup(null, save);
    await fillHeader(user);
    await user.type(within(screen.getByRole("region", { name: "Regla 1" })).getByLabelText(/^Porcentaje/), "10");
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    expect(await screen.findByText("Clave ocupada.")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Clave/)).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText("Ya existe una promoción con esa clave.")).toBeInTheDocument();
  });

  it("locks the rules of a promotion already applied and does not send them", async () => {
    const promotion = {
      id: 9,
      code: "VERANO",
      name: "Verano",
      description: null,
      starts_on: "2026-06-01",
      ends_on: "2026-08-31",
      is_active: true,
      stackable: false,
      usage_limit_total: 100,
      usage_limit_per_client: null,
      status: "expired",
      uses: 4,
      total_discount: "1800.00",
      rules: [{ id: 1, benefit_type: "free_months", value: "2.00", conditions: { payment_plans: ["monthly_7"] }, priority: 0, benefit: "2 meses gratis" }],
      created_at: "2026-05-01T00:00:00Z",
      updated_at: "2026-05-01T00:00:00Z",
    } as Promotion;
    const { user, save } = setup(promotion);
    expect(screen.getByText(/sus reglas no se pueden cambiar/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Meses gratis/)).toHaveValue("2");
    expect(screen.getByLabelText(/^Clave/)).toBeDisabled();
    await user.clear(screen.getByLabelText(/^Nombre/));
    await user.type(screen.getByLabelText(/^Nombre/), "Verano 2026");
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const [id, body] = save.mock.calls[0]!;
    expect(id).toBe(9);
    expect(body).toMatchObject({ name: "Verano 2026", starts_on: "2026-06-01", ends_on: "2026-08-31", usage_limit_total: 100 });
    expect(body).not.toHaveProperty("rules");
  });
});

describe("conditions mapping", () => {
  it("round-trips the stored JSON", () => {
    const stored = { coverage_ids: [1, 2], vehicle_types: ["automobile"], new_or_renewal: "renewal", referral: true, min_payments: 2, vehicle_year_max: 2020 };
    const form = fromConditions(stored);
    expect(form.kinds).toEqual(["coverages", "vehicle_types", "new_or_renewal", "referral", "payments", "vehicle_year"]);
    expect(toConditions(form)).toEqual(stored);
  });
});
