import { z, type Infer } from "@/lib/zod";

import type { Coverage, CoverageCreateBody, CoverageUpdateBody, VehicleKey } from "./api/queries";
import type { CoverageCategory, CylinderBand, ServiceType } from "./lib/labels";
import { AMOUNT_MESSAGE, normalizeAmount, toCents } from "./lib/money";

const REQUIRED = "Este campo es obligatorio.";
const CHOOSE = "Elige una opción.";

const amount = z.string().trim().min(1, REQUIRED).refine((v) => normalizeAmount(v) !== null, AMOUNT_MESSAGE);
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1, REQUIRED)
    .refine((v) => /^\d+$/.test(v) && Number(v) >= min && Number(v) <= max, `Escribe un número entero de ${min} a ${max}.`);

const baseSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, "El nombre debe tener al menos 2 caracteres.")
    .max(60, "Máximo 60 caracteres."),
  vehicle_key: z.string().min(1, CHOOSE),
  service_type: z.string().min(1, CHOOSE),
  cylinder_band: z.string(),
  category: z.string().min(1, CHOOSE),
  level: wholeNumber(1, 50),
  cash_price: amount,
  credit_price: amount,
  initial_payment: amount,
  tow_services_included: wholeNumber(0, 20),
});

export type CoverageFormValues = Infer<typeof baseSchema>;

/**
 * The coverage form's rules, the catalogue's (coverages/service.py): the cylinder band only and
 * always for the keys that need one (107, 108); AMPLIA only for keys that allow it, priced 0.00;
 * any other coverage with positive prices and a down payment above zero and below the credit price.
 */
export function coverageFormSchema(keys: readonly VehicleKey[]) {
  return baseSchema.superRefine((v, ctx) => {
    const key = keys.find((k) => String(k.code) === v.vehicle_key);
    if (key?.requires_cylinder_band && !v.cylinder_band) {
      ctx.addIssue({ code: "custom", path: ["cylinder_band"], message: `Obligatorio para la clave ${key.code} (${key.name}).` });
    }
    if (key && !key.requires_cylinder_band && v.cylinder_band) {
      ctx.addIssue({ code: "custom", path: ["cylinder_band"], message: "Solo las motocicletas y mototaxis (107, 108) llevan cilindraje." });
    }
    const cash = toCents(v.cash_price);
    const credit = toCents(v.credit_price);
    const down = toCents(v.initial_payment);
    if (v.category === "comprehensive") {
      if (key && !key.allows_comprehensive) {
        ctx.addIssue({
          code: "custom",
          path: ["category"],
          message: "Las coberturas amplias solo existen para automóvil, pick up y camioneta (101, 103, 105).",
        });
      }
      for (const [name, cents] of [
        ["cash_price", cash],
        ["credit_price", credit],
        ["initial_payment", down],
      ] as const) {
        if (cents !== null && cents !== 0) {
          ctx.addIssue({ code: "custom", path: [name], message: "Debe ser 0.00: la familia AMPLIA se cotiza por vehículo." });
        }
      }
      return;
    }
    if (cash !== null && cash <= 0) ctx.addIssue({ code: "custom", path: ["cash_price"], message: "Debe ser mayor que cero." });
    if (credit !== null && credit <= 0) ctx.addIssue({ code: "custom", path: ["credit_price"], message: "Debe ser mayor que cero." });
    if (down !== null && credit !== null && !(down > 0 && down < credit)) {
      ctx.addIssue({
        code: "custom",
        path: ["initial_payment"],
        message: "El enganche debe ser mayor que cero y menor que el precio a crédito.",
      });
    }
  });
}

export const EMPTY_COVERAGE_FORM: CoverageFormValues = {
  name: "",
  vehicle_key: "",
  service_type: "private",
  cylinder_band: "",
  category: "liability",
  level: "1",
  cash_price: "",
  credit_price: "",
  initial_payment: "",
  tow_services_included: "0",
};

export function fromCoverage(c: Coverage): CoverageFormValues {
  return {
    name: c.name,
    vehicle_key: String(c.vehicle_key),
    service_type: c.service_type,
    cylinder_band: c.cylinder_band ?? "",
    category: c.category,
    level: String(c.level),
    cash_price: c.cash_price,
    credit_price: c.credit_price,
    initial_payment: c.initial_payment,
    tow_services_included: String(c.tow_services_included),
  };
}

/** The API body of a new coverage (money as "1234.50" strings). */
export function toCoverageBody(v: CoverageFormValues): CoverageCreateBody {
  return {
    name: v.name.trim().replace(/\s+/g, " ").toUpperCase(),
    vehicle_key: Number(v.vehicle_key),
    service_type: v.service_type as ServiceType,
    cylinder_band: v.cylinder_band ? (v.cylinder_band as CylinderBand) : null,
    category: v.category as CoverageCategory,
    level: Number(v.level),
    cash_price: normalizeAmount(v.cash_price) ?? v.cash_price,
    credit_price: normalizeAmount(v.credit_price) ?? v.credit_price,
    initial_payment: normalizeAmount(v.initial_payment) ?? v.initial_payment,
    tow_services_included: Number(v.tow_services_included),
    is_active: true,
  };
}

/** PATCH body: only what differs from the coverage as read (prices compared as amounts). */
export function toCoverageChanges(v: CoverageFormValues, original: Coverage): CoverageUpdateBody {
  const next = toCoverageBody(v);
  const before = toCoverageBody(fromCoverage(original));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof CoverageCreateBody)[]) {
    if (key === "is_active") continue;
    if (next[key] !== before[key]) out[key] = next[key];
  }
  return out as CoverageUpdateBody;
}
