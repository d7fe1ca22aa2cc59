import type { Schemas } from "@protegrt/api-client";

import { RFC_MESSAGE, RFC_RE, normalizePhone, normalizeRfc } from "@/features/clients/schemas";
import { formatDate, parseDate } from "@/lib/format";
import { z, type Infer } from "@/lib/zod";

export type Employee = Schemas["EmployeeRead"];
export type Gender = NonNullable<Employee["gender"]>;

export const GENDERS: Record<Gender, string> = { female: "Mujer", male: "Hombre", non_binary: "No binario" };

const REQUIRED = "Este campo es obligatorio.";
export const DATE_MESSAGE = "Escribe la fecha como dd/mm/aaaa (p. ej. 15/01/2020).";
export const CURP_RE = /^[A-Z][AEIOUX][A-Z]{2}[0-9]{6}[HMX][A-Z]{5}[A-Z0-9][0-9]$/;
export const CURP_MESSAGE = "CURP no válida: revisa sus 18 caracteres.";
const PHONE_MESSAGE = "El teléfono debe tener 10 dígitos.";
const NAME_RE = /^[A-Za-zÀ-ÖØ-öø-ÿ' .-]+$/;
const NAME_MESSAGE = "Solo letras, espacios, apóstrofos, puntos o guiones.";

const name = z.string().trim().min(1, REQUIRED).max(80, "Máximo 80 caracteres.").regex(NAME_RE, NAME_MESSAGE);
const optionalName = z.string().trim().max(80, "Máximo 80 caracteres.").refine((v) => v === "" || NAME_RE.test(v), NAME_MESSAGE);
const optionalText = (max: number) => z.string().trim().max(max, `Máximo ${max} caracteres.`);
const optionalPhone = z.string().trim().refine((v) => v === "" || normalizePhone(v) !== null, PHONE_MESSAGE);
/** An optional dd/mm/aaaa date. */
const optionalDate = z.string().trim().refine((v) => v === "" || parseDate(v) !== null, DATE_MESSAGE);

export const employeeFormSchema = z
  .object({
    first_name: name,
    last_name: name,
    second_last_name: optionalName,
    birth_date: optionalDate,
    gender: z.string(),
    phone: optionalPhone,
    phone_alt: optionalPhone,
    email: z
      .string()
      .trim()
      .max(254, "Máximo 254 caracteres.")
      .refine((v) => v === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "Correo electrónico no válido."),
    telegram_id: z.string().trim().refine((v) => v === "" || /^[1-9][0-9]{0,17}$/.test(v), "El ID de Telegram es un número."),
    rfc: z.string().refine((v) => v.trim() === "" || RFC_RE.test(normalizeRfc(v)), RFC_MESSAGE),
    curp: z.string().refine((v) => v.trim() === "" || CURP_RE.test(v.trim().toUpperCase()), CURP_MESSAGE),
    hire_date: z.string().trim().min(1, REQUIRED).refine((v) => parseDate(v) !== null, DATE_MESSAGE),
    termination_date: optionalDate,
    emergency_contact_name: optionalText(160),
    emergency_contact_phone: optionalPhone,
    is_seller: z.boolean(),
    is_collector: z.boolean(),
    is_adjuster: z.boolean(),
    receipt_limit: z.string().trim().refine((v) => v === "" || (/^[0-9]+$/.test(v) && Number(v) >= 1 && Number(v) <= 1000), "Entre 1 y 1000 recibos."),
    address: z.object({
      street: optionalText(200),
      exterior_number: optionalText(20),
      interior_number: optionalText(20),
      neighborhood: optionalText(120),
      postal_code: z.string().trim().refine((v) => v === "" || /^[0-9]{5}$/.test(v), "El código postal debe tener 5 dígitos."),
      municipality_id: z.string().trim().refine((v) => v === "" || /^[1-9][0-9]*$/.test(v), "Elige el municipio de la lista."),
    }),
  })
  .refine((v) => !v.birth_date || !v.hire_date || !parseDate(v.birth_date) || !parseDate(v.hire_date) || parseDate(v.hire_date)! > parseDate(v.birth_date)!, {
    message: "La fecha de ingreso debe ser posterior a la de nacimiento.",
    path: ["hire_date"],
  })
  .refine(
    (v) => !v.termination_date || !parseDate(v.termination_date) || !parseDate(v.hire_date) || parseDate(v.termination_date)! >= parseDate(v.hire_date)!,
    { message: "La fecha de baja no puede ser anterior a la de ingreso.", path: ["termination_date"] },
  )
  .refine((v) => v.address.street.trim() !== "" || (!v.address.municipality_id && !v.address.neighborhood && !v.address.postal_code), {
    message: "Escribe la calle o deja vacío todo el domicilio.",
    path: ["address", "street"],
  })
  .refine((v) => v.address.street.trim() === "" || v.address.municipality_id.trim() !== "", {
    message: "Elige el municipio de la lista.",
    path: ["address", "municipality_id"],
  });

export type EmployeeFormValues = Infer<typeof employeeFormSchema>;

export const EMPTY_EMPLOYEE_FORM: EmployeeFormValues = {
  first_name: "",
  last_name: "",
  second_last_name: "",
  birth_date: "",
  gender: "",
  phone: "",
  phone_alt: "",
  email: "",
  telegram_id: "",
  rfc: "",
  curp: "",
  hire_date: "",
  termination_date: "",
  emergency_contact_name: "",
  emergency_contact_phone: "",
  is_seller: false,
  is_collector: false,
  is_adjuster: false,
  receipt_limit: "",
  address: { street: "", exterior_number: "", interior_number: "", neighborhood: "", postal_code: "", municipality_id: "" },
};

const orNull = (v: string) => (v.trim() === "" ? null : v.trim());
const dateOrNull = (v: string) => (v.trim() === "" ? null : parseDate(v));
const phoneOrNull = (v: string) => (v.trim() === "" ? null : (normalizePhone(v) ?? v.trim()));
/** An ISO date of the API as dd/mm/aaaa for a text box (empty when there is none). */
const dateText = (v: string | null | undefined) => (v ? formatDate(v) : "");

/**
 * The API body of the form (POST and PATCH send the same fields; the code is never sent: the
 * server assigns it). `termination_date` only exists on edit.
 */
export function toEmployeeBody(v: EmployeeFormValues, editing: boolean) {
  const a = v.address;
  const body = {
    first_name: v.first_name.trim(),
    last_name: v.last_name.trim(),
    second_last_name: orNull(v.second_last_name),
    birth_date: dateOrNull(v.birth_date),
    gender: (v.gender || null) as Gender | null,
    phone: phoneOrNull(v.phone),
    phone_alt: phoneOrNull(v.phone_alt),
    email: orNull(v.email),
    telegram_id: v.telegram_id.trim() ? Number(v.telegram_id) : null,
    rfc: v.rfc.trim() ? normalizeRfc(v.rfc) : null,
    curp: v.curp.trim() ? v.curp.trim().toUpperCase() : null,
    hire_date: dateOrNull(v.hire_date),
    emergency_contact_name: orNull(v.emergency_contact_name),
    emergency_contact_phone: phoneOrNull(v.emergency_contact_phone),
    is_seller: v.is_seller,
    is_collector: v.is_collector,
    is_adjuster: v.is_adjuster,
    address: a.street.trim()
      ? {
          street: a.street.trim(),
          exterior_number: orNull(a.exterior_number),
          interior_number: orNull(a.interior_number),
          neighborhood: orNull(a.neighborhood),
          postal_code: orNull(a.postal_code),
          municipality_id: Number(a.municipality_id),
        }
      : null,
    ...(v.receipt_limit.trim() ? { receipt_limit: Number(v.receipt_limit) } : {}),
  };
  return editing ? { ...body, termination_date: dateOrNull(v.termination_date) } : body;
}

/** The form's values of an employee read from the API (edit). */
export function fromEmployee(e: Employee): EmployeeFormValues {
  const a = e.address;
  return {
    first_name: e.first_name,
    last_name: e.last_name,
    second_last_name: e.second_last_name ?? "",
    birth_date: dateText(e.birth_date),
    gender: e.gender ?? "",
    phone: e.phone ?? "",
    phone_alt: e.phone_alt ?? "",
    email: e.email ?? "",
    telegram_id: e.telegram_id ? String(e.telegram_id) : "",
    rfc: e.rfc ?? "",
    curp: e.curp ?? "",
    hire_date: dateText(e.hire_date),
    termination_date: dateText(e.termination_date),
    emergency_contact_name: e.emergency_contact_name ?? "",
    emergency_contact_phone: e.emergency_contact_phone ?? "",
    is_seller: e.is_seller,
    is_collector: e.is_collector,
    is_adjuster: e.is_adjuster,
    receipt_limit: String(e.receipt_limit),
    address: {
      street: a?.street ?? "",
      exterior_number: a?.exterior_number ?? "",
      interior_number: a?.interior_number ?? "",
      neighborhood: a?.neighborhood ?? "",
      postal_code: a?.postal_code ?? "",
      municipality_id: a ? String(a.municipality_id) : "",
    },
  };
}

// -- weekly schedule --------------------------------------------------------------------------

export const WEEKDAYS = ["Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo"] as const;
export const MAX_WINDOWS_PER_DAY = 4;

export interface ScheduleRow {
  /** Stable id for React keys. */
  key: string;
  weekday: number;
  start: string;
  end: string;
}

const TIME_RE = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** "09:00:00" -> "09:00". */
export const shortTime = (t: string) => t.slice(0, 5);

/**
 * Client-side checks of the weekly schedule (the server checks again): times as hh:mm, exit after
 * entry, no overlap within a day, at most 4 windows per day. Errors keyed by row key.
 */
export function validateSchedule(rows: readonly ScheduleRow[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const row of rows) {
    if (!TIME_RE.test(row.start) || !TIME_RE.test(row.end)) errors[row.key] = "Escribe las horas como hh:mm (24 h).";
    else if (row.end <= row.start) errors[row.key] = "La hora de salida debe ser posterior a la de entrada.";
  }
  for (let day = 0; day < 7; day++) {
    const ofDay = rows.filter((r) => r.weekday === day && !errors[r.key]).sort((a, b) => a.start.localeCompare(b.start));
    for (let i = 1; i < ofDay.length; i++) {
      const prev = ofDay[i - 1]!;
      const cur = ofDay[i]!;
      if (cur.start < prev.end) errors[cur.key] = `Se traslapa con ${prev.start}-${prev.end} del mismo día.`;
    }
    const all = rows.filter((r) => r.weekday === day);
    if (all.length > MAX_WINDOWS_PER_DAY) errors[all[MAX_WINDOWS_PER_DAY]!.key] = `Máximo ${MAX_WINDOWS_PER_DAY} horarios por día.`;
  }
  return errors;
}

export function toScheduleBody(rows: readonly ScheduleRow[]) {
  return [...rows]
    .sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start))
    .map((r) => ({ weekday: r.weekday, start_time: `${r.start}:00`, end_time: `${r.end}:00` }));
}
