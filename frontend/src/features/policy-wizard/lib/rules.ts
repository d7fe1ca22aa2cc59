/**
 * The policy wizard's rules (domain.md §3-§4): each step's validation with Spanish messages, the
 * VIN and plates formats, dd/mm/aaaa dates with the computed end of the term, money arithmetic on
 * the API's decimal strings (never floats) and where each server refusal belongs.
 *
 * The API validates everything again; these checks only save a round trip and say it earlier.
 */
import { ApiError } from "@protegrt/api-client";

import { errorMessage } from "@/lib/errors";
import { parseDate } from "@/lib/format";
import { fromCents } from "@/lib/money";
import { z } from "@/lib/zod";

// -- steps ------------------------------------------------------------------------------------------

export const STEPS = [
  { id: "client", label: "Cliente" },
  { id: "vehicle", label: "Vehículo" },
  { id: "coverage", label: "Cobertura y pagos" },
  { id: "promotions", label: "Promociones" },
  { id: "confirm", label: "Confirmar" },
] as const;

export type StepIndex = 0 | 1 | 2 | 3 | 4;
export const LAST_STEP: StepIndex = 4;

// -- form values ------------------------------------------------------------------------------------

export interface NewVehicleValues {
  vehicle_key: string;
  service_type: string;
  cylinder_band: string;
  make: string;
  model: string;
  year: string;
  color: string;
  serial_number: string;
  plates: string;
  engine_number: string;
}

/** Everything the wizard collects, as the form holds it (text, like the inputs). */
export interface WizardValues {
  client_id: string;
  client_label: string;
  vehicle_mode: "existing" | "new";
  vehicle_id: string;
  vehicle: NewVehicleValues;
  coverage_id: string;
  payment_plan: string;
  /** dd/mm/aaaa */
  effective_date: string;
  seller_id: string;
  contract_folio: string;
  quote_number: string;
  purchase_price: string;
  sale_price: string;
  amplia_select_confirmed: boolean;
  promotion_codes: string[];
}

export const EMPTY_VEHICLE: NewVehicleValues = {
  vehicle_key: "",
  service_type: "private",
  cylinder_band: "",
  make: "",
  model: "",
  year: "",
  color: "",
  serial_number: "",
  plates: "",
  engine_number: "",
};

export function emptyWizard(effectiveDate: string): WizardValues {
  return {
    client_id: "",
    client_label: "",
    vehicle_mode: "existing",
    vehicle_id: "",
    vehicle: { ...EMPTY_VEHICLE },
    coverage_id: "",
    payment_plan: "",
    effective_date: effectiveDate,
    seller_id: "",
    contract_folio: "",
    quote_number: "",
    purchase_price: "",
    sale_price: "",
    amplia_select_confirmed: false,
    promotion_codes: [],
  };
}

/** What a step's validation needs to know besides the values. */
export interface StepContext {
  /** Today in Mexico City (ISO). */
  today: string;
  /** The chosen vehicle key needs a cylinder band (107, 108). */
  requiresCylinderBand: boolean;
  /** The caller is not a seller: the seller must be chosen. */
  sellerRequired: boolean;
  /** The chosen coverage is of the AMPLIA family (quote, prices and deductibles). */
  coverageIsQuoted: boolean;
  /** The chosen coverage is AMPLIA SELECT. */
  coverageIsSelect: boolean;
  /** AMPLIA SELECT eligibility: true, false or null (a Ventas manager must confirm). */
  selectEligible: boolean | null | undefined;
}

export const DEFAULT_CONTEXT: StepContext = {
  today: "1970-01-01",
  requiresCylinderBand: false,
  sellerRequired: true,
  coverageIsQuoted: false,
  coverageIsSelect: false,
  selectEligible: undefined,
};

export type StepErrors = Record<string, string>;

const REQUIRED = "Este campo es obligatorio.";

// -- formats ----------------------------------------------------------------------------------------

export const VIN_FORMAT_YEAR = 1981;
export const YEAR_MIN = 1950;
const VIN_17 = /^[A-HJ-NPR-Z0-9]{17}$/;
const VIN_OLD = /^[A-Z0-9]{5,17}$/;

export const normalizeSerial = (raw: string) => raw.replace(/[\s\-.]/g, "").toUpperCase();
export const normalizePlates = (raw: string) => raw.toUpperCase().replace(/[^A-Z0-9]/g, "");

/** The VIN (NIV) check of the API (vehicles/rules.py): null when it is acceptable. */
export function serialProblem(raw: string, year: number | null): string | null {
  const serial = normalizeSerial(raw);
  if (year !== null && year < VIN_FORMAT_YEAR) {
    return VIN_OLD.test(serial) ? null : "Para vehículos anteriores a 1981 el número de serie debe tener de 5 a 17 letras o números.";
  }
  if (serial.length !== 17) return `El número de serie (NIV) debe tener 17 caracteres; tiene ${serial.length}.`;
  if (!VIN_17.test(serial)) return "El número de serie (NIV) solo lleva letras y números, sin I, O ni Q (se confunden con 1 y 0).";
  return null;
}

export function platesProblem(raw: string): string | null {
  return /^[A-Z0-9]{4,10}$/.test(normalizePlates(raw)) ? null : "Placas no válidas: de 4 a 10 letras o números (sin contar espacios ni guiones).";
}

export const QUOTE_RE = /^AUT-[A-Z0-9]{8}$/;
export const normalizeQuote = (raw: string) => raw.trim().toUpperCase();

// -- dates ------------------------------------------------------------------------------------------

function isoParts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split("-").map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
}

const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** `months` calendar months after an ISO date, clamped to the month's last day (Jan 31 + 1 -> Feb 28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = isoParts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return iso(year, month, Math.min(d, last));
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = isoParts(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export const toDmy = (date: string) => {
  const [y, m, d] = isoParts(date);
  return `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;
};

/** How far back a policy may start (policies/service.py EFFECTIVE_MAX_DAYS_PAST). */
export const EFFECTIVE_MAX_DAYS_PAST = 60;

/** The end of the term: one year after the start (what the API computes). Null for a bad date. */
export function expirationFor(effectiveDmy: string): string | null {
  const start = parseDate(effectiveDmy);
  return start ? addMonths(start, 12) : null;
}

export function effectiveDateProblem(text: string, today: string): string | null {
  if (!text.trim()) return REQUIRED;
  const date = parseDate(text);
  if (!date) return "Escribe una fecha válida con el formato dd/mm/aaaa.";
  const earliest = addDays(today, -EFFECTIVE_MAX_DAYS_PAST);
  const latest = addMonths(today, 12);
  if (date < earliest) return `El inicio de vigencia no puede ser de hace más de ${EFFECTIVE_MAX_DAYS_PAST} días (mínimo ${toDmy(earliest)}).`;
  if (date > latest) return `El inicio de vigencia no puede ser después del ${toDmy(latest)}.`;
  return null;
}

// -- money (decimal strings, in cents) ------------------------------------------------------------

const MONEY_RE = /^\d{1,10}(\.\d{1,2})?$/;

/** "1,234.5" / "$1234.50" -> 123450n; null when it is not an amount. */
export function toCents(raw: string): bigint | null {
  const text = raw.trim().replace(/[$,\s]/g, "");
  if (!MONEY_RE.test(text)) return null;
  const [units = "0", fraction = ""] = text.split(".");
  return BigInt(units) * 100n + BigInt(fraction.padEnd(2, "0"));
}

/** The AMPLIA commercial value: the mean of purchase and sale value, half-up to the cent. */
export function commercialValue(purchase: string, sale: string): string | null {
  const a = toCents(purchase);
  const b = toCents(sale);
  if (a === null || b === null) return null;
  return fromCents((a + b + 1n) / 2n);
}

export function sumMoney(amounts: readonly string[]): string {
  return fromCents(amounts.reduce((acc, a) => acc + (toCents(a) ?? 0n), 0n));
}

const money = (label: string) =>
  z.string().refine((v) => {
    const c = toCents(v);
    return c !== null && c > 0n;
  }, `${label}: escribe un importe mayor a cero (p. ej. 185000.00).`);

/**
 * Deductibles of the AMPLIA detail (domain.md §3): damage / theft percentages. The policy stores
 * the business setting's rates; these are the catalogue's, shown as a preview.
 */
export function ampliaDeductibles(isSelect: boolean, vehicleType: string | null | undefined): { damage: number; theft: number } {
  if (isSelect) return { damage: 3, theft: 5 };
  if (vehicleType === "motorcycle" || vehicleType === "mototaxi") return { damage: 10, theft: 20 };
  return { damage: 5, theft: 10 };
}

// -- step schemas -------------------------------------------------------------------------------------

const clientSchema = z.object({ client_id: z.string().min(1, "Elige un cliente o registra uno nuevo.") });

function vehicleSchema(ctx: StepContext) {
  const thisYear = Number(ctx.today.slice(0, 4));
  return z
    .object({
      vehicle_key: z.string().min(1, "Elige la clave vehicular."),
      service_type: z.string().min(1, "Elige el tipo de servicio."),
      cylinder_band: z.string(),
      make: z.string().trim().min(1, REQUIRED).max(60, "Máximo 60 caracteres."),
      model: z.string().trim().min(1, REQUIRED).max(60, "Máximo 60 caracteres."),
      year: z
        .string()
        .trim()
        .min(1, REQUIRED)
        .regex(/^\d{4}$/, "Escribe el año modelo con 4 dígitos.")
        .refine((v) => Number(v) >= YEAR_MIN && Number(v) <= thisYear + 1, `El año modelo debe estar entre ${YEAR_MIN} y ${thisYear + 1}.`),
      color: z.string().trim().max(40, "Máximo 40 caracteres."),
      serial_number: z.string(),
      plates: z.string(),
      engine_number: z.string().trim().max(30, "Máximo 30 caracteres."),
    })
    .superRefine((v, issue) => {
      if (ctx.requiresCylinderBand && !v.cylinder_band) {
        issue.addIssue({ code: "custom", path: ["cylinder_band"], message: "Obligatorio para motocicletas y mototaxis." });
      }
      const year = /^\d{4}$/.test(v.year.trim()) ? Number(v.year.trim()) : null;
      if (v.serial_number.trim()) {
        const problem = serialProblem(v.serial_number, year);
        if (problem) issue.addIssue({ code: "custom", path: ["serial_number"], message: problem });
      }
      if (v.plates.trim()) {
        const problem = platesProblem(v.plates);
        if (problem) issue.addIssue({ code: "custom", path: ["plates"], message: problem });
      }
    });
}

function coverageSchema(ctx: StepContext) {
  return z
    .object({
      coverage_id: z.string().min(1, "Elige una cobertura."),
      payment_plan: z.string().min(1, "Elige la forma de pago."),
      effective_date: z.string(),
      seller_id: z.string(),
      contract_folio: z.string().trim().min(1, REQUIRED).max(30, "Máximo 30 caracteres."),
      quote_number: z.string(),
      purchase_price: z.string(),
      sale_price: z.string(),
    })
    .superRefine((v, issue) => {
      const add = (path: string, message: string) => issue.addIssue({ code: "custom", path: [path], message });
      const date = effectiveDateProblem(v.effective_date, ctx.today);
      if (date) add("effective_date", date);
      if (ctx.sellerRequired && !v.seller_id) add("seller_id", "Elige al vendedor.");
      if (ctx.coverageIsQuoted) {
        const quote = normalizeQuote(v.quote_number);
        if (!quote) add("quote_number", "Obligatorio para la familia AMPLIA.");
        else if (!QUOTE_RE.test(quote)) add("quote_number", "El número de cotización debe tener el formato AUT-XXXXXXXX.");
        const purchase = money("Valor de compra").safeParse(v.purchase_price);
        if (!purchase.success) add("purchase_price", purchase.error.issues[0]?.message ?? REQUIRED);
        const sale = money("Valor de venta").safeParse(v.sale_price);
        if (!sale.success) add("sale_price", sale.error.issues[0]?.message ?? REQUIRED);
      }
      if (ctx.coverageIsSelect && v.coverage_id) {
        if (ctx.selectEligible === false) add("coverage_id", "El cliente no cumple los requisitos de AMPLIA SELECT.");
      }
    });
}

function issuesToErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[], prefix = ""): StepErrors {
  const out: StepErrors = {};
  for (const i of issues) {
    const key = prefix + i.path.map(String).join(".");
    out[key] ??= i.message;
  }
  return out;
}

/** The errors of one step (form paths -> Spanish message); empty when the step may advance. */
export function validateStep(step: StepIndex, values: WizardValues, ctx: StepContext): StepErrors {
  if (step === 0) {
    const r = clientSchema.safeParse({ client_id: values.client_id });
    return r.success ? {} : issuesToErrors(r.error.issues);
  }
  if (step === 1) {
    if (values.vehicle_mode === "existing") {
      return values.vehicle_id ? {} : { vehicle_id: "Elige un vehículo del cliente o registra uno nuevo." };
    }
    const r = vehicleSchema(ctx).safeParse(values.vehicle);
    return r.success ? {} : issuesToErrors(r.error.issues, "vehicle.");
  }
  if (step === 2) {
    const r = coverageSchema(ctx).safeParse(values);
    const errors = r.success ? {} : issuesToErrors(r.error.issues);
    if (ctx.coverageIsSelect && ctx.selectEligible === null && values.coverage_id && !values.amplia_select_confirmed) {
      errors.amplia_select_confirmed = "Falta la confirmación del gerente de Ventas.";
    }
    return errors;
  }
  return {};
}

/** The form fields each step owns (to clear and trigger them). */
export const STEP_FIELDS: Record<StepIndex, readonly string[]> = {
  0: ["client_id"],
  1: [
    "vehicle_id",
    ...(["vehicle_key", "service_type", "cylinder_band", "make", "model", "year", "color", "serial_number", "plates", "engine_number"] as const).map(
      (f) => `vehicle.${f}`,
    ),
  ],
  2: [
    "coverage_id",
    "payment_plan",
    "effective_date",
    "seller_id",
    "contract_folio",
    "quote_number",
    "purchase_price",
    "sale_price",
    "amplia_select_confirmed",
  ],
  3: ["promotion_codes"],
  4: [],
};

// -- request bodies -----------------------------------------------------------------------------------

const orNull = (v: string) => (v.trim() === "" ? null : v.trim());

export function vehicleBody(clientId: number, v: NewVehicleValues) {
  return {
    client_id: clientId,
    vehicle_key: Number(v.vehicle_key),
    service_type: v.service_type as "private" | "commercial",
    cylinder_band: (v.cylinder_band || null) as "up_to_150" | "151_to_250" | "251_to_500" | "over_500" | null,
    make: v.make.trim().toUpperCase(),
    model: v.model.trim().toUpperCase(),
    year: Number(v.year),
    color: orNull(v.color)?.toUpperCase() ?? null,
    serial_number: v.serial_number.trim() ? normalizeSerial(v.serial_number) : null,
    plates: v.plates.trim() ? normalizePlates(v.plates) : null,
    engine_number: orNull(v.engine_number)?.toUpperCase() ?? null,
  };
}

export function policyBody(v: WizardValues, ctx: Pick<StepContext, "coverageIsQuoted" | "coverageIsSelect">) {
  const effective = parseDate(v.effective_date);
  return {
    client_id: Number(v.client_id),
    vehicle_id: Number(v.vehicle_id),
    coverage_id: Number(v.coverage_id),
    payment_plan: v.payment_plan as "cash" | "cash_2_installments" | "monthly_7" | "quarterly_4" | "semiannual_2" | "monthly_12",
    contract_folio: v.contract_folio.trim().toUpperCase(),
    seller_id: v.seller_id ? Number(v.seller_id) : null,
    effective_date: effective,
    quote_number: ctx.coverageIsQuoted ? normalizeQuote(v.quote_number) : null,
    amplia: ctx.coverageIsQuoted
      ? { purchase_price: fromCents(toCents(v.purchase_price) ?? 0n), sale_price: fromCents(toCents(v.sale_price) ?? 0n) }
      : null,
    amplia_select_confirmed_by_manager: ctx.coverageIsSelect && v.amplia_select_confirmed,
    promotion_codes: v.promotion_codes,
  };
}

// -- server refusals ---------------------------------------------------------------------------------

/** Server field names (POST /vehicles and POST /policies) -> the wizard's form path. */
const SERVER_FIELD: Record<string, string> = {
  client_id: "client_id",
  vehicle_id: "vehicle_id",
  vehicle_key: "vehicle.vehicle_key",
  vehicle_type: "vehicle.vehicle_key",
  service_type: "vehicle.service_type",
  cylinder_band: "vehicle.cylinder_band",
  make: "vehicle.make",
  model: "vehicle.model",
  year: "vehicle.year",
  color: "vehicle.color",
  serial_number: "vehicle.serial_number",
  plates: "vehicle.plates",
  engine_number: "vehicle.engine_number",
  coverage_id: "coverage_id",
  payment_plan: "payment_plan",
  effective_date: "effective_date",
  expiration_date: "effective_date",
  sale_date: "effective_date",
  elaboration_date: "effective_date",
  seller_id: "seller_id",
  contract_folio: "contract_folio",
  quote_number: "quote_number",
  amplia: "purchase_price",
  "amplia.purchase_price": "purchase_price",
  "amplia.sale_price": "sale_price",
  amplia_select_confirmed_by_manager: "amplia_select_confirmed",
  // AMPLIA SELECT criteria (AMPLIA_SELECT_NOT_ELIGIBLE lists the ones not met)
  renewal_history: "coverage_id",
  no_payment_issues: "coverage_id",
  no_fraud_observation: "coverage_id",
  no_at_fault_incident: "coverage_id",
  promotion_codes: "promotion_codes",
  referrer_policy_id: "promotion_codes",
};

/** Refusals without fields, placed by their code. */
const CODE_FIELD: Record<string, string> = {
  AMPLIA_SELECT_CONFIRMATION_FORBIDDEN: "amplia_select_confirmed",
  QUOTE_NOT_FOUND: "quote_number",
  QUOTE_EXPIRED: "quote_number",
  QUOTE_ALREADY_USED: "quote_number",
  QUOTE_NUMBER_INVALID: "quote_number",
  QUOTE_WITHOUT_PREMIUM: "quote_number",
  VEHICLE_HAS_LIVE_POLICY: "vehicle_id",
  CONTRACT_FOLIO_EXISTS: "contract_folio",
};

export function stepOfField(path: string): StepIndex {
  for (const step of [0, 1, 2, 3] as const) {
    if (STEP_FIELDS[step].includes(path)) return step;
  }
  return LAST_STEP;
}

export interface PlacedError {
  /** The earliest step a refusal belongs to (the confirm step when none). */
  step: StepIndex;
  /** form path -> message */
  fields: StepErrors;
  /** The sentence for the step's banner. */
  message: string;
}

/** Where a refusal of POST /vehicles or POST /policies goes: the step and fields it belongs to. */
export function placeServerError(error: unknown): PlacedError {
  const message = errorMessage(error);
  if (!(error instanceof ApiError)) return { step: LAST_STEP, fields: {}, message };
  const fields: StepErrors = {};
  for (const [name, text] of Object.entries(error.fields)) {
    const base = name.replace(/^body\./, "");
    const path = SERVER_FIELD[base] ?? SERVER_FIELD[base.split(".")[0] ?? ""];
    if (path) fields[path] = fields[path] ? `${fields[path]} ${text}` : text;
  }
  const byCode = CODE_FIELD[error.code];
  if (byCode && !fields[byCode]) fields[byCode] = error.detail;
  if (!Object.keys(fields).length && error.code.startsWith("PROMOTION")) fields.promotion_codes = error.detail;
  const steps = Object.keys(fields).map(stepOfField);
  const step = (steps.length ? Math.min(...steps) : LAST_STEP) as StepIndex;
  return { step, fields, message };
}
