import { ApiError } from "@protegrt/api-client";
import { describe, expect, it } from "vitest";

import {
  DEFAULT_CONTEXT,
  EMPTY_VEHICLE,
  type StepContext,
  addMonths,
  commercialValue,
  effectiveDateProblem,
  emptyWizard,
  expirationFor,
  placeServerError,
  policyBody,
  serialProblem,
  sumMoney,
  toCents,
  validateStep,
  vehicleBody,
} from "./rules";

const ctx: StepContext = { ...DEFAULT_CONTEXT, today: "2026-11-28", sellerRequired: true };
const base = () => emptyWizard("28/11/2026");

describe("client step", () => {
  it("asks for a client in Spanish", () => {
    expect(validateStep(0, base(), ctx)).toEqual({ client_id: "Elige un cliente o registra uno nuevo." });
    expect(validateStep(0, { ...base(), client_id: "7" }, ctx)).toEqual({});
  });
});

describe("vehicle step", () => {
  it("needs one of the client's vehicles in 'existing' mode", () => {
    expect(validateStep(1, base(), ctx)).toEqual({ vehicle_id: "Elige un vehículo del cliente o registra uno nuevo." });
  });

  it("validates a new vehicle with Spanish messages", () => {
    const values = { ...base(), vehicle_mode: "new" as const, vehicle: { ...EMPTY_VEHICLE, service_type: "" } };
    const errors = validateStep(1, values, ctx);
    expect(errors["vehicle.vehicle_key"]).toBe("Elige la clave vehicular.");
    expect(errors["vehicle.service_type"]).toBe("Elige el tipo de servicio.");
    expect(errors["vehicle.make"]).toBe("Este campo es obligatorio.");
    expect(errors["vehicle.model"]).toBe("Este campo es obligatorio.");
    expect(errors["vehicle.year"]).toBe("Este campo es obligatorio.");
    expect(errors["vehicle.serial_number"]).toBeUndefined(); // optional
  });

  it("checks the year range, the cylinder band where the key needs it and the plates", () => {
    const vehicle = { ...EMPTY_VEHICLE, vehicle_key: "107", make: "ITALIKA", model: "FT150", year: "2030", plates: "A-1" };
    const errors = validateStep(1, { ...base(), vehicle_mode: "new", vehicle }, { ...ctx, requiresCylinderBand: true });
    expect(errors["vehicle.year"]).toBe("El año modelo debe estar entre 1950 y 2027.");
    expect(errors["vehicle.cylinder_band"]).toBe("Obligatorio para motocicletas y mototaxis.");
    expect(errors["vehicle.plates"]).toMatch(/^Placas no válidas/);
    const ok = { ...vehicle, year: "2024", plates: "abc-12-34", cylinder_band: "up_to_150" };
    expect(validateStep(1, { ...base(), vehicle_mode: "new", vehicle: ok }, { ...ctx, requiresCylinderBand: true })).toEqual({});
  });
});

describe("VIN format", () => {
  it("wants 17 characters without I, O or Q from 1981", () => {
    expect(serialProblem("3N1CN7AD5KL123456", 2019)).toBeNull();
    expect(serialProblem("3n1-cn7ad5kl 123456", 2019)).toBeNull(); // normalised like the API
    expect(serialProblem("3N1CN7AD5KL12345", 2019)).toBe("El número de serie (NIV) debe tener 17 caracteres; tiene 16.");
    expect(serialProblem("3N1CN7AD5KL12345O", 2019)).toBe(
      "El número de serie (NIV) solo lleva letras y números, sin I, O ni Q (se confunden con 1 y 0).",
    );
  });

  it("accepts 5 to 17 characters before 1981", () => {
    expect(serialProblem("1182345678", 1975)).toBeNull();
    expect(serialProblem("1234", 1975)).toBe("Para vehículos anteriores a 1981 el número de serie debe tener de 5 a 17 letras o números.");
  });

  it("shows on the vehicle step", () => {
    const vehicle = { ...EMPTY_VEHICLE, vehicle_key: "101", make: "NISSAN", model: "VERSA", year: "2021", serial_number: "ABC" };
    expect(validateStep(1, { ...base(), vehicle_mode: "new", vehicle }, ctx)["vehicle.serial_number"]).toBe(
      "El número de serie (NIV) debe tener 17 caracteres; tiene 3.",
    );
  });
});

describe("dates (dd/mm/aaaa)", () => {
  it("computes the end one year later, clamped to the month", () => {
    expect(expirationFor("28/11/2026")).toBe("2027-11-28");
    expect(expirationFor("29/02/2028")).toBe("2029-02-28");
    expect(expirationFor("31/02/2026")).toBeNull();
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
  });

  it("refuses bad or out-of-range start dates in Spanish", () => {
    expect(effectiveDateProblem("", "2026-11-28")).toBe("Este campo es obligatorio.");
    expect(effectiveDateProblem("2026-11-28", "2026-11-28")).toBe("Escribe una fecha válida con el formato dd/mm/aaaa.");
    expect(effectiveDateProblem("31/02/2026", "2026-11-28")).toBe("Escribe una fecha válida con el formato dd/mm/aaaa.");
    expect(effectiveDateProblem("01/09/2026", "2026-11-28")).toBe("El inicio de vigencia no puede ser de hace más de 60 días (mínimo 29/09/2026).");
    expect(effectiveDateProblem("29/11/2027", "2026-11-28")).toBe("El inicio de vigencia no puede ser después del 28/11/2027.");
    expect(effectiveDateProblem("29/09/2026", "2026-11-28")).toBeNull();
  });
});

describe("coverage step", () => {
  it("asks for coverage, plan, seller and contract folio", () => {
    const errors = validateStep(2, { ...base(), effective_date: "" }, ctx);
    expect(errors).toEqual({
      coverage_id: "Elige una cobertura.",
      payment_plan: "Elige la forma de pago.",
      effective_date: "Este campo es obligatorio.",
      seller_id: "Elige al vendedor.",
      contract_folio: "Este campo es obligatorio.",
    });
    expect(validateStep(2, { ...base(), effective_date: "", seller_id: "" }, { ...ctx, sellerRequired: false }).seller_id).toBeUndefined();
  });

  it("asks the AMPLIA family for the quote and the vehicle's values", () => {
    const values = { ...base(), coverage_id: "9", payment_plan: "quarterly_4", seller_id: "3", contract_folio: "C-1", quote_number: "AUT-123", purchase_price: "0" };
    const errors = validateStep(2, values, { ...ctx, coverageIsQuoted: true });
    expect(errors.quote_number).toBe("El número de cotización debe tener el formato AUT-XXXXXXXX.");
    expect(errors.purchase_price).toBe("Valor de compra: escribe un importe mayor a cero (p. ej. 185000.00).");
    expect(errors.sale_price).toBe("Valor de venta: escribe un importe mayor a cero (p. ej. 185000.00).");
    const fixed = { ...values, quote_number: "aut-7k2m9q1z", purchase_price: "185,000", sale_price: "201000.50" };
    expect(validateStep(2, fixed, { ...ctx, coverageIsQuoted: true })).toEqual({});
  });

  it("blocks AMPLIA SELECT when the client is not eligible, and asks for the manager's confirmation when unverified", () => {
    const values = { ...base(), coverage_id: "9", payment_plan: "quarterly_4", seller_id: "3", contract_folio: "C-1" };
    const select = { ...ctx, coverageIsSelect: true };
    expect(validateStep(2, values, { ...select, selectEligible: false }).coverage_id).toBe("El cliente no cumple los requisitos de AMPLIA SELECT.");
    expect(validateStep(2, values, { ...select, selectEligible: null }).amplia_select_confirmed).toBe("Falta la confirmación del gerente de Ventas.");
    expect(validateStep(2, { ...values, amplia_select_confirmed: true }, { ...select, selectEligible: null })).toEqual({});
  });
});

describe("money", () => {
  it("works in cents, never floats", () => {
    expect(toCents("1,234.5")).toBe(123450n);
    expect(toCents("abc")).toBeNull();
    expect(commercialValue("185000", "201000.01")).toBe("193000.01"); // 193000.005, half up
    expect(sumMoney(["1200.00", "500.00", "500.00", "500.00", "500.00", "500.00", "500.00"])).toBe("4200.00");
    expect(sumMoney(["0.10", "0.20"])).toBe("0.30");
  });
});

describe("request bodies", () => {
  it("builds the vehicle and the policy as the API takes them", () => {
    const vehicle = { ...EMPTY_VEHICLE, vehicle_key: "101", make: " nissan ", model: "versa", year: "2021", plates: "jab-123-c", serial_number: "3n1cn7ad5kl123456" };
    expect(vehicleBody(4, vehicle)).toMatchObject({
      client_id: 4,
      vehicle_key: 101,
      service_type: "private",
      cylinder_band: null,
      make: "NISSAN",
      model: "VERSA",
      year: 2021,
      plates: "JAB123C",
      serial_number: "3N1CN7AD5KL123456",
      color: null,
    });
    const v = { ...base(), client_id: "4", vehicle_id: "8", coverage_id: "2", payment_plan: "monthly_7", contract_folio: " c-77 ", seller_id: "3" };
    expect(policyBody(v, { coverageIsQuoted: false, coverageIsSelect: false })).toEqual({
      client_id: 4,
      vehicle_id: 8,
      coverage_id: 2,
      payment_plan: "monthly_7",
      contract_folio: "C-77",
      seller_id: 3,
      effective_date: "2026-11-28",
      quote_number: null,
      amplia: null,
      amplia_select_confirmed_by_manager: false,
      promotion_codes: [],
    });
  });
});

describe("server refusals go to their step", () => {
  const refusal = (code: string, fields: Record<string, string>, detail = "No se pudo.") => new ApiError({ status: 422, code, detail, fields });

  it("vehicle fields -> Vehículo", () => {
    const placed = placeServerError(refusal("VEHICLE_SERIAL_EXISTS", { serial_number: "Ya registrado." }));
    expect(placed).toEqual({ step: 1, fields: { "vehicle.serial_number": "Ya registrado." }, message: "No se pudo." });
    expect(placeServerError(refusal("VEHICLE_HAS_LIVE_POLICY", { vehicle_id: "Tiene la póliza 12 en esas fechas." })).step).toBe(1);
  });

  it("contract folio, dates, AMPLIA -> Cobertura y pagos", () => {
    const folio = placeServerError(refusal("CONTRACT_FOLIO_EXISTS", { contract_folio: "Ya lo tiene otra póliza." }));
    expect(folio.step).toBe(2);
    expect(folio.fields).toEqual({ contract_folio: "Ya lo tiene otra póliza." });
    expect(placeServerError(refusal("POLICY_DATES_INVALID", { expiration_date: "X" })).fields).toEqual({ effective_date: "X" });
    expect(placeServerError(refusal("VALIDATION_FAILED", { "amplia.sale_price": "Debe ser mayor a 0." })).fields).toEqual({ sale_price: "Debe ser mayor a 0." });
    const select = placeServerError(refusal("AMPLIA_SELECT_NOT_ELIGIBLE", { renewal_history: "Sin pólizas anteriores." }));
    expect(select).toMatchObject({ step: 2, fields: { coverage_id: "Sin pólizas anteriores." } });
    const forbidden = placeServerError(new ApiError({ status: 403, code: "AMPLIA_SELECT_CONFIRMATION_FORBIDDEN", detail: "Solo un gerente de Ventas." }));
    expect(forbidden).toMatchObject({ step: 2, fields: { amplia_select_confirmed: "Solo un gerente de Ventas." } });
    expect(placeServerError(new ApiError({ status: 409, code: "QUOTE_EXPIRED", detail: "Vencida." })).fields).toEqual({ quote_number: "Vencida." });
  });

  it("the earliest step wins; client -> Cliente; promotions -> Promociones; the rest stays on Confirmar", () => {
    const both = placeServerError(refusal("VALIDATION_FAILED", { contract_folio: "A", client_id: "B" }));
    expect(both.step).toBe(0);
    expect(both.fields).toEqual({ contract_folio: "A", client_id: "B" });
    expect(placeServerError(refusal("PROMOTION_NOT_APPLICABLE", { promotion_codes: "No aplica." })).step).toBe(3);
    expect(placeServerError(new ApiError({ status: 500, code: "INTERNAL_ERROR", detail: "Error interno." }))).toEqual({
      step: 4,
      fields: {},
      message: "Error interno.",
    });
  });
});
