/** The payments dialogs' forms: zod schemas (Spanish messages) and the bodies sent to the API. */
import { type Infer, z } from "@/lib/zod";
import { formatMoney, todayInMexico } from "@/lib/format";

import { normalizeAmount, toCents } from "./money";
import { METHOD_LABEL } from "./payment-format";

const RECEIPT_RE = /^[A-Z0-9-]{2,20}$/;

const receiptNumber = (required: boolean) =>
  z.string().superRefine((value, ctx) => {
    const v = value.trim().toUpperCase();
    if (!v) {
      if (required) ctx.addIssue({ code: "custom", message: "Escribe el número de recibo." });
      return;
    }
    if (!RECEIPT_RE.test(v)) ctx.addIssue({ code: "custom", message: "El recibo es una letra y 4 dígitos, por ejemplo A0123." });
  });

const method = z.string().refine((v) => v in METHOD_LABEL, { message: "Elige la forma de pago." });

/** Counter payment: the amount is the whole balance or a partial (abono), never above it. */
export function counterPaymentSchema(remaining: string, mayPartial: boolean) {
  const remainingCents = toCents(remaining) ?? 0n;
  return z.object({
    amount: z.string().superRefine((value, ctx) => {
      if (!value.trim()) {
        ctx.addIssue({ code: "custom", message: "Escribe el monto." });
        return;
      }
      const normalized = normalizeAmount(value);
      const cents = normalized === null ? null : toCents(normalized);
      if (cents === null) {
        ctx.addIssue({ code: "custom", message: "Escribe un monto válido, con hasta dos decimales (por ejemplo 1250.50)." });
        return;
      }
      if (cents <= 0n) {
        ctx.addIssue({ code: "custom", message: "El monto debe ser mayor que $0.00." });
        return;
      }
      if (cents > remainingCents) {
        ctx.addIssue({ code: "custom", message: `El monto no puede ser mayor que el saldo pendiente (${formatMoney(remaining)}).` });
        return;
      }
      if (cents < remainingCents && !mayPartial) {
        ctx.addIssue({
          code: "custom",
          message: `No tienes permiso para registrar abonos: el monto debe ser el saldo completo (${formatMoney(remaining)}).`,
        });
      }
    }),
    method,
    receipt_number: receiptNumber(true),
    paid_date: z.string().superRefine((value, ctx) => {
      if (value && !/^\d{4}-\d{2}-\d{2}$/.test(value)) ctx.addIssue({ code: "custom", message: "Escribe una fecha válida." });
    }),
  });
}

export type CounterPaymentValues = Infer<ReturnType<typeof counterPaymentSchema>>;

export function counterPaymentDefaults(remaining: string): CounterPaymentValues {
  return { amount: remaining, method: "", receipt_number: "", paid_date: todayInMexico() };
}

export function counterPaymentBody(installmentId: number, v: CounterPaymentValues) {
  return {
    installment_id: installmentId,
    amount: normalizeAmount(v.amount) ?? v.amount,
    method: v.method as keyof typeof METHOD_LABEL,
    receipt_number: v.receipt_number.trim().toUpperCase(),
    paid_date: v.paid_date || null,
  };
}

/** Payment edit: the legacy checks a person can see before sending (the API checks them all again). */
export const editPaymentSchema = z
  .object({
    status: z.string(),
    receipt_number: receiptNumber(false),
    paid_date: z.string(),
    payment_method: z.string(),
    collector_id: z.string(),
    office_delivery_status: z.string(),
    office_delivery_date: z.string(),
    comments: z.string().max(2000, { message: "Los comentarios no pueden pasar de 2000 caracteres." }),
  })
  .superRefine((v, ctx) => {
    const paid = v.status === "paid";
    if (v.paid_date && !paid) {
      ctx.addIssue({ code: "custom", path: ["paid_date"], message: "Solo un pago con estatus «Pagada» puede tener fecha real de pago." });
    }
    if (paid && !v.paid_date) {
      ctx.addIssue({ code: "custom", path: ["paid_date"], message: "Una mensualidad pagada necesita su fecha real de pago." });
    }
    if (paid && !v.receipt_number.trim()) {
      ctx.addIssue({ code: "custom", path: ["receipt_number"], message: "Indica el recibo del pago." });
    }
    if (!paid && v.receipt_number.trim()) {
      ctx.addIssue({ code: "custom", path: ["receipt_number"], message: "Marca la mensualidad como pagada para registrar su recibo." });
    }
    if (paid && !v.payment_method) {
      ctx.addIssue({ code: "custom", path: ["payment_method"], message: "Indica la forma de pago." });
    }
    if (v.office_delivery_status === "delivered" && !v.office_delivery_date) {
      ctx.addIssue({ code: "custom", path: ["office_delivery_date"], message: "Indica la fecha de entrega en oficina." });
    }
  });

export type EditPaymentValues = Infer<typeof editPaymentSchema>;

export interface EditableInstallment {
  status: string;
  receipt_number: string | null;
  paid_date: string | null;
  payment_method: string | null;
  collector_id: number | null;
  office_delivery_status: string | null;
  office_delivery_date: string | null;
  comments: string | null;
}

export function editPaymentDefaults(i: EditableInstallment): EditPaymentValues {
  return {
    status: i.status,
    receipt_number: i.receipt_number ?? "",
    paid_date: i.paid_date ?? "",
    payment_method: i.payment_method ?? "",
    collector_id: i.collector_id ? String(i.collector_id) : "",
    office_delivery_status: i.office_delivery_status ?? "",
    office_delivery_date: i.office_delivery_date ?? "",
    comments: i.comments ?? "",
  };
}

/** Only the fields that changed (the API changes only what it is sent; null clears). */
export function editPaymentBody(before: EditPaymentValues, v: EditPaymentValues) {
  const body: Record<string, string | number | null> = {};
  const changed = (k: keyof EditPaymentValues) => before[k] !== v[k];
  if (changed("status")) body.status = v.status;
  if (changed("receipt_number")) body.receipt_number = v.receipt_number.trim().toUpperCase() || null;
  if (changed("paid_date")) body.paid_date = v.paid_date || null;
  if (changed("payment_method")) body.payment_method = v.payment_method || null;
  if (changed("collector_id")) body.collector_id = v.collector_id ? Number(v.collector_id) : null;
  if (changed("office_delivery_status")) body.office_delivery_status = v.office_delivery_status || null;
  if (changed("office_delivery_date")) body.office_delivery_date = v.office_delivery_date || null;
  if (changed("comments")) body.comments = v.comments.trim() || null;
  return body;
}

export const reverseSchema = z.object({
  receipt_mode: z.string().refine((v): boolean => v === "return" || v === "cancel", { message: "Elige qué pasa con el recibo." }),
  reason: z.string().superRefine((value, ctx) => {
    const v = value.trim();
    if (!v) ctx.addIssue({ code: "custom", message: "Escribe el motivo." });
    else if (v.length < 5) ctx.addIssue({ code: "custom", message: "El motivo debe tener al menos 5 caracteres." });
    else if (v.length > 1000) ctx.addIssue({ code: "custom", message: "El motivo no puede pasar de 1000 caracteres." });
  }),
});
export type ReverseValues = Infer<typeof reverseSchema>;

export const problemSchema = z.object({
  note: z.string().superRefine((value, ctx) => {
    const v = value.trim();
    if (!v) ctx.addIssue({ code: "custom", message: "Describe el problema." });
    else if (v.length < 3) ctx.addIssue({ code: "custom", message: "La nota debe tener al menos 3 caracteres." });
    else if (v.length > 1000) ctx.addIssue({ code: "custom", message: "La nota no puede pasar de 1000 caracteres." });
  }),
});
export type ProblemValues = Infer<typeof problemSchema>;
