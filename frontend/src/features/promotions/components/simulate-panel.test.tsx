import { ApiError } from "@protegrt/api-client";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import type { Coverage } from "@/features/coverages/api/queries";

import type { Simulation, simulatePromotions } from "../api/queries";
import { SimulatePanel, SimulationResult } from "./simulate-panel";

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

const base: Omit<Coverage, "id" | "name" | "category" | "is_quoted"> = {
  vehicle_key: 101,
  vehicle_key_name: "AUTOMOVIL",
  vehicle_type: "automobile",
  service_type: "private",
  cylinder_band: null,
  level: 1,
  cash_price: "3800.00",
  credit_price: "4200.00",
  initial_payment: "1200.00",
  tow_services_included: 1,
  is_active: true,
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
};
const COVERAGES: Coverage[] = [
  { ...base, id: 1, name: "RC BASICA", category: "liability", is_quoted: false },
  { ...base, id: 2, name: "AMPLIA", category: "comprehensive", is_quoted: true, cash_price: "0.00", credit_price: "0.00", initial_payment: "0.00" },
];

const line = (number: number, amount: string, due: string, paid = false) => ({ number, amount, due_date: due, paid });
const SIMULATION: Simulation = {
  as_of: "2026-11-28",
  prima_total: "4200.00",
  base_schedule: [line(1, "1200.00", "2026-12-01"), line(2, "500.00", "2027-01-01"), line(7, "500.00", "2027-06-01")],
  rules: [
    {
      promotion_id: 3,
      code: "BUENFIN25",
      name: "Buen Fin",
      rule_id: 8,
      benefit_type: "percentage",
      value: "10.00",
      benefit: "10 % de descuento sobre la prima total",
      applies: true,
      reasons: ["Aplica: la cobertura RC BASICA participa."],
      discount: "420.00",
    },
    {
      promotion_id: 4,
      code: "REFERIDOS",
      name: "Referidos",
      rule_id: 9,
      benefit_type: "fixed_amount",
      value: "300.00",
      benefit: "$300.00 de descuento",
      applies: false,
      reasons: ["Requiere el folio de la póliza de quien refiere al cliente."],
      discount: "0.00",
    },
  ],
  total_discount: "420.00",
  schedule: [line(1, "1200.00", "2026-12-01"), line(2, "380.00", "2027-01-01")],
  total: "3780.00",
};

describe("SimulationResult", () => {
  it("shows the installments before and after, in MXN and dd/mm/aaaa, and why each rule applies or not", () => {
    render(<SimulationResult data={SIMULATION} />);
    const region = screen.getByRole("region", { name: "Resultado de la simulación" });
    expect(within(region).getByText("$4,200.00")).toBeInTheDocument();
    expect(within(region).getByText("$3,780.00")).toBeInTheDocument();
    const table = within(region).getByRole("table", { name: "Pagos antes y después" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent("Pago 2");
    expect(rows[1]).toHaveTextContent("01/01/2027");
    expect(rows[1]).toHaveTextContent("$500.00");
    expect(rows[1]).toHaveTextContent("$380.00");
    expect(rows[2]).toHaveTextContent("Sin pago (eliminado)");
    expect(within(region).getByText("Aplica · $420.00")).toBeInTheDocument();
    expect(within(region).getByText("No aplica")).toBeInTheDocument();
    expect(within(region).getByText("Requiere el folio de la póliza de quien refiere al cliente.")).toBeInTheDocument();
  });
});

async function choose(user: ReturnType<typeof userEvent.setup>, combobox: string, option: string | RegExp) {
  await user.click(screen.getByRole("combobox", { name: combobox }));
  await user.click(await screen.findByRole("option", { name: option }));
}

describe("SimulatePanel", { timeout: 30_000 }, () => {
  it("sends the coverage, plan and promotion and renders the result", async () => {
    const simulate = vi.fn<typeof simulatePromotions>(async () => SIMULATION);
    const user = userEvent.setup();
    render(<SimulatePanel coverages={COVERAGES} promotions={[{ code: "BUENFIN25", name: "Buen Fin" }]} initialCode="BUENFIN25" simulate={simulate} />);
    await user.click(screen.getByRole("button", { name: "Simular" }));
    expect(await screen.findByText("Elige la cobertura.")).toBeInTheDocument();
    expect(screen.getByText("Elige la forma de pago.")).toBeInTheDocument();
    expect(simulate).not.toHaveBeenCalled();

    await choose(user, "Cobertura", /^RC BASICA/);
    await choose(user, "Forma de pago", "7 mensualidades");
    const date = screen.getByLabelText(/^Inicio de vigencia/);
    await user.clear(date);
    await user.type(date, "01/12/2026");
    await user.click(screen.getByRole("button", { name: "Simular" }));
    await vi.waitFor(() =>
      expect(simulate).toHaveBeenCalledWith({
        coverage_id: 1,
        payment_plan: "monthly_7",
        effective_date: "2026-12-01",
        quoted_premium: null,
        is_renewal: false,
        referrer_folio: null,
        codes: ["BUENFIN25"],
        vehicle_year: null,
        as_of: null,
      }),
    );
    expect(await screen.findByRole("table", { name: "Pagos antes y después" })).toBeInTheDocument();
  });

  it("asks for the quoted premium of an AMPLIA coverage and shows the API's refusal", async () => {
    const simulate = vi.fn<typeof simulatePromotions>().mockRejectedValue(
      new ApiError({ status: 422, code: "VALIDATION_FAILED", detail: "No existe la promoción «X».", fields: { codes: "Promoción inexistente." } }),
    );
    const user = userEvent.setup();
    render(<SimulatePanel coverages={COVERAGES} promotions={[]} simulate={simulate} />);
    await choose(user, "Cobertura", /^AMPLIA/);
    await choose(user, "Forma de pago", "12 mensualidades");
    await user.click(screen.getByRole("button", { name: "Simular" }));
    expect(await screen.findByText("Las coberturas amplias necesitan la prima cotizada.")).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Prima cotizada/), "12,000");
    await user.click(screen.getByRole("button", { name: "Simular" }));
    await vi.waitFor(() => expect(simulate).toHaveBeenCalledWith(expect.objectContaining({ coverage_id: 2, payment_plan: "monthly_12", quoted_premium: "12000.00", codes: null })));
    expect(await screen.findByText("Promoción inexistente.")).toBeInTheDocument();
    expect(screen.getByText("No existe la promoción «X».")).toBeInTheDocument();
  });
});
