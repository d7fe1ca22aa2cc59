import type { Schemas } from "@protegrt/api-client";

import { normalizeAmount, toCents } from "@/features/coverages/lib/money";
import { formatDate, parseDate, todayInMexico } from "@/lib/format";
import { z, type Infer } from "@/lib/zod";

import type { Promotion, PromotionCreateBody, PromotionUpdateBody } from "./api/queries";

export type BenefitType = Schemas["BenefitType"];
type Conditions = Schemas["PromotionConditions"];

export const BENEFIT_LABEL: Record<BenefitType, string> = {
  percentage: "Porcentaje de descuento",
  fixed_amount: "Monto fijo de descuento",
  free_months: "Meses gratis",
  zero_down_payment: "Enganche cero",
};

/** The conditions a rule may carry (promotions/conditions.py), as the builder adds them. */
export const CONDITION_KINDS = ["coverages", "vehicle_types", "payment_plans", "new_or_renewal", "referral", "payments", "vehicle_year"] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];

export const CONDITION_LABEL: Record<ConditionKind, string> = {
  coverages: "Coberturas",
  vehicle_types: "Tipos de vehículo",
  payment_plans: "Formas de pago",
  new_or_renewal: "Nueva o renovación",
  referral: "Cliente referido",
  payments: "Número de pagos",
  vehicle_year: "Año del vehículo",
};

/** Installments of each plan (what min/max payments compare), as the API counts them. */
export const PLAN_INSTALLMENTS: Record<string, number> = {
  cash: 1,
  cash_2_installments: 2,
  monthly_7: 7,
  quarterly_4: 4,
  semiannual_2: 2,
  monthly_12: 12,
};

const REQUIRED = "Este campo es obligatorio.";
const CODE_RE = /^[A-Z0-9][A-Z0-9_-]{2,29}$/;
export const CODE_MESSAGE = "La clave debe tener de 3 a 30 caracteres: letras, números, guion o guion bajo (p. ej. BUENFIN25).";
export const DATE_MESSAGE = "Escribe una fecha válida (dd/mm/aaaa).";

const conditionsSchema = z.object({
  kinds: z.array(z.string()),
  coverage_ids: z.array(z.string()),
  vehicle_types: z.array(z.string()),
  payment_plans: z.array(z.string()),
  new_or_renewal: z.string(),
  min_payments: z.string(),
  max_payments: z.string(),
  vehicle_year_min: z.string(),
  vehicle_year_max: z.string(),
});

const ruleSchema = z.object({
  benefit_type: z.string().min(1, "Elige el beneficio."),
  value: z.string(),
  priority: z.string(),
  conditions: conditionsSchema,
});

const baseSchema = z.object({
  code: z.string().trim().min(1, REQUIRED),
  name: z.string().trim().min(3, "El nombre debe tener al menos 3 caracteres.").max(120, "Máximo 120 caracteres."),
  description: z.string().max(2000, "Máximo 2000 caracteres."),
  starts_on: z.string().trim().min(1, REQUIRED),
  ends_on: z.string().trim().min(1, REQUIRED),
  stackable: z.boolean(),
  is_active: z.boolean(),
  usage_limit_total: z.string().trim(),
  usage_limit_per_client: z.string().trim(),
  rules: z.array(ruleSchema).min(1, "Agrega al menos una regla.").max(10, "Máximo 10 reglas."),
});

export type PromotionFormValues = Infer<typeof baseSchema>;
export type RuleFormValues = PromotionFormValues["rules"][number];
export type ConditionsFormValues = RuleFormValues["conditions"];

const isInt = (v: string) => /^\d+$/.test(v.trim());
const intIn = (v: string, min: number, max: number) => isInt(v) && Number(v) >= min && Number(v) <= max;

/** Why a rule's value is wrong for its benefit (the API's messages), or null. */
export function ruleValueError(benefit: string, value: string): string | null {
  const text = value.trim();
  if (benefit === "percentage") {
    const cents = toCents(text);
    return cents !== null && cents > 0 && cents <= 10_000 ? null : "El porcentaje de descuento debe ser mayor que 0 y como máximo 100.";
  }
  if (benefit === "fixed_amount") {
    const cents = toCents(text);
    return cents !== null && cents > 0 ? null : "El monto de descuento debe ser mayor que cero.";
  }
  if (benefit === "free_months") return intIn(text, 1, 11) ? null : "Los meses gratis deben ser un número entero entre 1 y 11.";
  return null;
}

type Issue = { path: (string | number)[]; message: string };

/** Conditions added to a rule but left incomplete or contradictory. */
export function conditionIssues(c: ConditionsFormValues): Issue[] {
  const out: Issue[] = [];
  const on = (k: ConditionKind) => c.kinds.includes(k);
  if (on("coverages") && c.coverage_ids.length === 0) out.push({ path: ["coverage_ids"], message: "Elige al menos una cobertura." });
  if (on("vehicle_types") && c.vehicle_types.length === 0) out.push({ path: ["vehicle_types"], message: "Elige al menos un tipo de vehículo." });
  if (on("payment_plans") && c.payment_plans.length === 0) out.push({ path: ["payment_plans"], message: "Elige al menos una forma de pago." });
  if (on("new_or_renewal") && c.new_or_renewal !== "new" && c.new_or_renewal !== "renewal") {
    out.push({ path: ["new_or_renewal"], message: "Elige pólizas nuevas o renovaciones." });
  }
  if (on("payments")) {
    const min = c.min_payments.trim();
    const max = c.max_payments.trim();
    if (!min && !max) out.push({ path: ["min_payments"], message: "Indica el mínimo, el máximo o ambos." });
    if (min && !intIn(min, 1, 12)) out.push({ path: ["min_payments"], message: "Escribe un número entero de 1 a 12." });
    if (max && !intIn(max, 1, 12)) out.push({ path: ["max_payments"], message: "Escribe un número entero de 1 a 12." });
    if (intIn(min, 1, 12) && intIn(max, 1, 12) && Number(min) > Number(max)) {
      out.push({ path: ["max_payments"], message: "El mínimo de pagos no puede ser mayor que el máximo." });
    }
  }
  if (on("vehicle_year")) {
    const min = c.vehicle_year_min.trim();
    const max = c.vehicle_year_max.trim();
    if (!min && !max) out.push({ path: ["vehicle_year_min"], message: "Indica el año mínimo, el máximo o ambos." });
    if (min && !intIn(min, 1900, 2100)) out.push({ path: ["vehicle_year_min"], message: "Escribe un año de 1900 a 2100." });
    if (max && !intIn(max, 1900, 2100)) out.push({ path: ["vehicle_year_max"], message: "Escribe un año de 1900 a 2100." });
    if (intIn(min, 1900, 2100) && intIn(max, 1900, 2100) && Number(min) > Number(max)) {
      out.push({ path: ["vehicle_year_max"], message: "El año mínimo del vehículo no puede ser mayor que el máximo." });
    }
  }
  return out;
}

export const promotionFormSchema = baseSchema.superRefine((v, ctx) => {
  const add = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  if (v.code.trim() && !CODE_RE.test(v.code.trim().toUpperCase())) add(["code"], CODE_MESSAGE);
  const starts = v.starts_on ? parseDate(v.starts_on) : null;
  const ends = v.ends_on ? parseDate(v.ends_on) : null;
  if (v.starts_on && !starts) add(["starts_on"], DATE_MESSAGE);
  if (v.ends_on && !ends) add(["ends_on"], DATE_MESSAGE);
  if (starts && ends && ends < starts) add(["ends_on"], "El fin de vigencia no puede ser anterior al inicio.");
  const total = v.usage_limit_total;
  const perClient = v.usage_limit_per_client;
  if (total && !(isInt(total) && Number(total) >= 1)) add(["usage_limit_total"], "Escribe un número entero mayor que cero.");
  if (perClient && !(isInt(perClient) && Number(perClient) >= 1)) add(["usage_limit_per_client"], "Escribe un número entero mayor que cero.");
  if (isInt(total) && isInt(perClient) && Number(perClient) > Number(total)) {
    add(["usage_limit_per_client"], "El límite por cliente no puede ser mayor que el límite total.");
  }
  v.rules.forEach((rule, i) => {
    const valueError = ruleValueError(rule.benefit_type, rule.value);
    if (valueError) add(["rules", i, "value"], valueError);
    if (rule.priority.trim() && !intIn(rule.priority, 0, 100)) add(["rules", i, "priority"], "Escribe un número entero de 0 a 100.");
    for (const issue of conditionIssues(rule.conditions)) add(["rules", i, "conditions", ...issue.path], issue.message);
  });
});

export const EMPTY_CONDITIONS: ConditionsFormValues = {
  kinds: [],
  coverage_ids: [],
  vehicle_types: [],
  payment_plans: [],
  new_or_renewal: "",
  min_payments: "",
  max_payments: "",
  vehicle_year_min: "",
  vehicle_year_max: "",
};

export const emptyRule = (): RuleFormValues => ({ benefit_type: "percentage", value: "", priority: "0", conditions: { ...EMPTY_CONDITIONS, kinds: [] } });

export function emptyPromotionForm(today: string = todayInMexico()): PromotionFormValues {
  return {
    code: "",
    name: "",
    description: "",
    starts_on: formatDate(today),
    ends_on: "",
    stackable: false,
    is_active: true,
    usage_limit_total: "",
    usage_limit_per_client: "",
    rules: [emptyRule()],
  };
}

/** The API's conditions (the JSON stored on a rule) of the builder's. */
export function toConditions(c: ConditionsFormValues): Conditions {
  const on = (k: ConditionKind) => c.kinds.includes(k);
  const out: Conditions = { referral: on("referral") };
  if (on("coverages")) out.coverage_ids = c.coverage_ids.map(Number);
  if (on("vehicle_types")) out.vehicle_types = c.vehicle_types as Schemas["VehicleType"][];
  if (on("payment_plans")) out.payment_plans = c.payment_plans as Schemas["PaymentPlan"][];
  if (on("new_or_renewal")) out.new_or_renewal = c.new_or_renewal as "new" | "renewal";
  if (on("payments")) {
    if (c.min_payments.trim()) out.min_payments = Number(c.min_payments);
    if (c.max_payments.trim()) out.max_payments = Number(c.max_payments);
  }
  if (on("vehicle_year")) {
    if (c.vehicle_year_min.trim()) out.vehicle_year_min = Number(c.vehicle_year_min);
    if (c.vehicle_year_max.trim()) out.vehicle_year_max = Number(c.vehicle_year_max);
  }
  return out;
}

/** The builder's conditions of a stored rule. */
export function fromConditions(raw: Record<string, unknown>): ConditionsFormValues {
  const c = raw as Partial<Conditions>;
  const kinds: ConditionKind[] = [];
  const out: ConditionsFormValues = { ...EMPTY_CONDITIONS, kinds };
  if (c.coverage_ids?.length) {
    kinds.push("coverages");
    out.coverage_ids = c.coverage_ids.map(String);
  }
  if (c.vehicle_types?.length) {
    kinds.push("vehicle_types");
    out.vehicle_types = [...c.vehicle_types];
  }
  if (c.payment_plans?.length) {
    kinds.push("payment_plans");
    out.payment_plans = [...c.payment_plans];
  }
  if (c.new_or_renewal) {
    kinds.push("new_or_renewal");
    out.new_or_renewal = c.new_or_renewal;
  }
  if (c.referral) kinds.push("referral");
  if (c.min_payments != null || c.max_payments != null) {
    kinds.push("payments");
    out.min_payments = c.min_payments != null ? String(c.min_payments) : "";
    out.max_payments = c.max_payments != null ? String(c.max_payments) : "";
  }
  if (c.vehicle_year_min != null || c.vehicle_year_max != null) {
    kinds.push("vehicle_year");
    out.vehicle_year_min = c.vehicle_year_min != null ? String(c.vehicle_year_min) : "";
    out.vehicle_year_max = c.vehicle_year_max != null ? String(c.vehicle_year_max) : "";
  }
  return out;
}

function ruleValue(rule: RuleFormValues): string {
  if (rule.benefit_type === "zero_down_payment") return "0";
  if (rule.benefit_type === "free_months") return String(Number(rule.value.trim()));
  return normalizeAmount(rule.value) ?? rule.value.trim();
}

const toRules = (rules: RuleFormValues[]) =>
  rules.map((rule) => ({
    benefit_type: rule.benefit_type as BenefitType,
    value: ruleValue(rule),
    priority: rule.priority.trim() ? Number(rule.priority) : 0,
    conditions: toConditions(rule.conditions),
  }));

const orNull = (v: string) => (v.trim() ? v.trim() : null);
const intOrNull = (v: string) => (v.trim() ? Number(v) : null);

export function toPromotionBody(v: PromotionFormValues): PromotionCreateBody {
  return {
    code: v.code.trim().toUpperCase(),
    name: v.name.trim(),
    description: orNull(v.description),
    starts_on: parseDate(v.starts_on) ?? v.starts_on,
    ends_on: parseDate(v.ends_on) ?? v.ends_on,
    is_active: v.is_active,
    stackable: v.stackable,
    usage_limit_total: intOrNull(v.usage_limit_total),
    usage_limit_per_client: intOrNull(v.usage_limit_per_client),
    rules: toRules(v.rules),
  };
}

/** PATCH body: every editable field; the rules only while the promotion was never applied. */
export function toPromotionUpdate(v: PromotionFormValues, rulesLocked: boolean): PromotionUpdateBody {
  const body = toPromotionBody(v);
  const out: PromotionUpdateBody = {
    name: body.name,
    description: body.description ?? null,
    starts_on: body.starts_on,
    ends_on: body.ends_on,
    stackable: body.stackable ?? false,
    usage_limit_total: body.usage_limit_total ?? null,
    usage_limit_per_client: body.usage_limit_per_client ?? null,
  };
  if (!rulesLocked) out.rules = body.rules;
  return out;
}

/** A benefit's value as the form shows it ("10.00" -> "10", "2.00" months -> "2"). */
function valueText(benefit: string, value: string): string {
  if (benefit === "zero_down_payment") return "";
  if (benefit === "free_months" || benefit === "percentage") return value.replace(/\.00$/, "");
  return value;
}

export function fromPromotion(p: Promotion): PromotionFormValues {
  return {
    code: p.code,
    name: p.name,
    description: p.description ?? "",
    starts_on: formatDate(p.starts_on),
    ends_on: formatDate(p.ends_on),
    stackable: p.stackable,
    is_active: p.is_active,
    usage_limit_total: p.usage_limit_total != null ? String(p.usage_limit_total) : "",
    usage_limit_per_client: p.usage_limit_per_client != null ? String(p.usage_limit_per_client) : "",
    rules: p.rules.map((r) => ({
      benefit_type: r.benefit_type,
      value: valueText(r.benefit_type, r.value),
      priority: String(r.priority),
      conditions: fromConditions(r.conditions),
    })),
  };
}

/** One line per condition of a stored rule, for the list ("Formas de pago: 7 mensualidades"). */
export function conditionsSummary(raw: Record<string, unknown>, planLabel: (plan: string) => string, vehicleLabel: (type: string) => string): string[] {
  const c = fromConditions(raw);
  const out: string[] = [];
  for (const kind of c.kinds) {
    if (kind === "coverages") out.push(c.coverage_ids.length === 1 ? "1 cobertura" : `${c.coverage_ids.length} coberturas`);
    if (kind === "vehicle_types") out.push(`Vehículos: ${c.vehicle_types.map(vehicleLabel).join(", ")}`);
    if (kind === "payment_plans") out.push(`Formas de pago: ${c.payment_plans.map(planLabel).join(", ")}`);
    if (kind === "new_or_renewal") out.push(c.new_or_renewal === "new" ? "Solo pólizas nuevas" : "Solo renovaciones");
    if (kind === "referral") out.push("Cliente referido");
    if (kind === "payments") {
      const parts = [c.min_payments ? `mín. ${c.min_payments}` : null, c.max_payments ? `máx. ${c.max_payments}` : null].filter(Boolean);
      out.push(`Pagos: ${parts.join(", ")}`);
    }
    if (kind === "vehicle_year") {
      const parts = [c.vehicle_year_min ? `desde ${c.vehicle_year_min}` : null, c.vehicle_year_max ? `hasta ${c.vehicle_year_max}` : null].filter(Boolean);
      out.push(`Modelo ${parts.join(" ")}`);
    }
  }
  return out;
}
