import type { Schemas } from "@protegrt/api-client";

import type { BadgeTone } from "@/components/ui/badge";
import { z, type Infer } from "@/lib/zod";

/**
 * Receipts (domain.md §5, screens.md §1.7): labels, the batch and assignment forms and the
 * assignment's limit arithmetic. Paper receipts are one letter + 4 digits (A0001); the API
 * validates again and its refusals land on the same fields.
 */

export type ReceiptStatusValue = Schemas["ReceiptStatus"];
export type HolderStats = Schemas["HolderStats"];

export const RECEIPT_STATUS: Record<ReceiptStatusValue, { label: string; tone: BadgeTone }> = {
  unassigned: { label: "Sin asignar", tone: "grey" },
  assigned: { label: "Asignado", tone: "blue" },
  used: { label: "Usado", tone: "yellow" },
  delivered: { label: "Entregado", tone: "green" },
  lost: { label: "Extraviado", tone: "red" },
  cancelled_undelivered: { label: "Cancelado sin entregar", tone: "orange" },
  cancelled: { label: "Cancelado", tone: "purple" },
};

export const RECEIPT_KIND: Record<Schemas["ReceiptKind"], string> = { paper: "Papel", digital: "Electrónico" };

/** The KPIs of screens.md §1.7, in order. */
export const KPI_STATUSES: readonly ReceiptStatusValue[] = ["unassigned", "assigned", "used", "delivered", "lost"];

export const MAX_SEQ = 9999;
export const MAX_BATCH = 5000;
export const PAPER_NUMBER_RE = /^[A-Z][0-9]{4}$/;
const LETTER_RE = /^[A-Za-z]$/;
const INT_RE = /^[0-9]+$/;

export const pad4 = (n: number) => String(n).padStart(4, "0");
export const receiptNumber = (letter: string, seq: number) => `${letter.trim().toUpperCase()}${pad4(seq)}`;
export const normaliseNumber = (value: string) => value.trim().toUpperCase();

/** A sequence number typed by a person (1..9999), or null. */
export function parseSeq(text: string): number | null {
  const t = text.trim();
  if (!INT_RE.test(t)) return null;
  const n = Number(t);
  return n >= 1 && n <= MAX_SEQ ? n : null;
}

export function paperNumberError(value: string): string | undefined {
  const v = normaliseNumber(value);
  if (!v) return "Escribe el número de recibo.";
  if (!PAPER_NUMBER_RE.test(v)) return "Debe ser una letra y 4 dígitos, p. ej. A0001.";
  if (v.slice(1) === "0000") return "La numeración empieza en 0001.";
  return undefined;
}

// -- batch: letter + range -------------------------------------------------------------------

const SEQ_MESSAGE = `Escribe un número entre 1 y ${MAX_SEQ}.`;

export const batchSchema = z
  .object({
    prefix: z
      .string()
      .trim()
      .min(1, "Escribe la letra del talonario.")
      .refine((v) => v === "" || LETTER_RE.test(v), "Debe ser una sola letra (A-Z)."),
    from: z.string().trim().min(1, "Escribe el primer número.").refine((v) => v === "" || parseSeq(v) !== null, SEQ_MESSAGE),
    to: z.string().trim().min(1, "Escribe el último número.").refine((v) => v === "" || parseSeq(v) !== null, SEQ_MESSAGE),
  })
  .superRefine((v, ctx) => {
    const from = parseSeq(v.from);
    const to = parseSeq(v.to);
    if (from === null || to === null) return;
    if (from > to) ctx.addIssue({ code: "custom", path: ["to"], message: "El último número no puede ser menor que el primero." });
    else if (to - from + 1 > MAX_BATCH)
      ctx.addIssue({ code: "custom", path: ["to"], message: "Un lote puede tener como máximo 5,000 recibos." });
  });

export type BatchFormValues = Infer<typeof batchSchema>;
export const EMPTY_BATCH: BatchFormValues = { prefix: "", from: "", to: "" };

export function batchBody(v: BatchFormValues): Schemas["BatchCreate"] {
  return { first: receiptNumber(v.prefix, parseSeq(v.from) ?? 0), last: receiptNumber(v.prefix, parseSeq(v.to) ?? 0) };
}

/** "A0001 – A0500 (500 recibos)" for the form's preview; null until the range is valid. */
export function batchPreview(v: BatchFormValues): string | null {
  const parsed = batchSchema.safeParse(v);
  if (!parsed.success) return null;
  const from = parseSeq(v.from) ?? 0;
  const to = parseSeq(v.to) ?? 0;
  const n = to - from + 1;
  return `${receiptNumber(v.prefix, from)} – ${receiptNumber(v.prefix, to)} (${n.toLocaleString("es-MX")} ${n === 1 ? "recibo" : "recibos"})`;
}

// -- assignment: a range, or a first number and a count ---------------------------------------

/** Value of the holder select for OFICINA (counter payments). */
export const OFFICE = "office";

export const assignSchema = z
  .object({
    holder: z.string().min(1, "Elige a quién se asignan."),
    mode: z.string(),
    first: z.string().trim(),
    last: z.string().trim(),
    count: z.string().trim(),
  })
  .superRefine((v, ctx) => {
    const firstError = paperNumberError(v.first);
    if (firstError) ctx.addIssue({ code: "custom", path: ["first"], message: firstError });
    if (v.mode === "count") {
      const n = v.count === "" ? null : INT_RE.test(v.count) ? Number(v.count) : NaN;
      if (n === null) ctx.addIssue({ code: "custom", path: ["count"], message: "Escribe cuántos recibos." });
      else if (!Number.isInteger(n) || n < 1) ctx.addIssue({ code: "custom", path: ["count"], message: "Escribe un número entero mayor que cero." });
      else if (!firstError && Number(normaliseNumber(v.first).slice(1)) + n - 1 > MAX_SEQ)
        ctx.addIssue({ code: "custom", path: ["count"], message: `El rango pasaría del número ${MAX_SEQ}.` });
      return;
    }
    const lastError = paperNumberError(v.last);
    if (lastError) {
      ctx.addIssue({ code: "custom", path: ["last"], message: lastError });
      return;
    }
    if (firstError) return;
    const first = normaliseNumber(v.first);
    const last = normaliseNumber(v.last);
    if (first[0] !== last[0]) ctx.addIssue({ code: "custom", path: ["last"], message: "El inicio y el fin del rango deben tener la misma letra." });
    else if (Number(first.slice(1)) > Number(last.slice(1)))
      ctx.addIssue({ code: "custom", path: ["last"], message: "El inicio del rango no puede ser mayor que el fin." });
  });

export type AssignFormValues = Infer<typeof assignSchema>;
export const EMPTY_ASSIGN: AssignFormValues = { holder: "", mode: "range", first: "", last: "", count: "" };

/** The range the form asks for ([first, last, size]), or null while it is not valid. */
export function assignRange(v: AssignFormValues): { first: string; last: string; size: number } | null {
  if (!assignSchema.safeParse(v).success) return null;
  const first = normaliseNumber(v.first);
  const seq = Number(first.slice(1));
  const last = v.mode === "count" ? receiptNumber(first[0] ?? "", seq + Number(v.count) - 1) : normaliseNumber(v.last);
  return { first, last, size: Number(last.slice(1)) - seq + 1 };
}

export function assignBody(v: AssignFormValues): Schemas["AssignIn"] | null {
  const range = assignRange(v);
  if (!range) return null;
  return v.holder === OFFICE
    ? { first: range.first, last: range.last, to_office: true, collector_id: null }
    : { first: range.first, last: range.last, collector_id: Number(v.holder), to_office: false };
}

/** Places a collector still has under their limit (null: OFICINA, no limit). */
export function freePlaces(holder: Pick<HolderStats, "receipt_limit" | "active">): number | null {
  if (holder.receipt_limit === null) return null;
  return Math.max(0, holder.receipt_limit - holder.active);
}

/**
 * What the assignment will run into before it is sent: the limit (the API assigns only up to the
 * free places, in number order) and the collector's low stock. The API reports the final result.
 */
export function assignmentWarnings(holder: HolderStats | undefined, requested: number | null): { limit?: string; lowStock?: string } {
  if (!holder) return {};
  const out: { limit?: string; lowStock?: string } = {};
  const free = freePlaces(holder);
  if (free !== null) {
    if (free === 0) out.limit = `${holder.name} ya tiene ${holder.active} recibos activos, su límite de ${holder.receipt_limit}: no se le puede asignar ninguno.`;
    else if (requested !== null && requested > free)
      out.limit = `${holder.name} solo tiene lugar para ${free} de ${requested} recibos (límite de ${holder.receipt_limit}, ${holder.active} activos): se asignarán los primeros ${free} disponibles del rango.`;
  }
  if (holder.low_stock)
    out.lowStock = `${holder.name} tiene existencia baja: ${holder.stock} ${holder.stock === 1 ? "recibo" : "recibos"} en mano.`;
  return out;
}

// -- reasons (mark lost, cancel) -----------------------------------------------------------------

export function reasonError(reason: string): string | undefined {
  const t = reason.trim();
  if (!t) return "Escribe el motivo.";
  if (t.length < 3) return "El motivo debe tener al menos 3 caracteres.";
  if (t.length > 500) return "El motivo no puede pasar de 500 caracteres.";
  return undefined;
}

/** Which actions a receipt in this status admits (lifecycle.py). */
export const canMarkLost = (status: ReceiptStatusValue) => status === "assigned";
export const canCancel = (status: ReceiptStatusValue) =>
  status === "unassigned" || status === "assigned" || status === "used" || status === "delivered";
/** Cancelling a used/delivered receipt reverses the payment that used it. */
export const cancelReversesPayment = (status: ReceiptStatusValue) => status === "used" || status === "delivered";

// -- the list's number range filter ----------------------------------------------------------------

/** Spanish error of the range filter (both optional, same letter, from <= to). */
export function rangeFilterError(from: string, to: string): string | undefined {
  const f = normaliseNumber(from);
  const t = normaliseNumber(to);
  if (f && paperNumberError(f)) return `Desde: ${paperNumberError(f)}`;
  if (t && paperNumberError(t)) return `Hasta: ${paperNumberError(t)}`;
  if (f && t) {
    if (f[0] !== t[0]) return "El inicio y el fin del rango deben tener la misma letra.";
    if (Number(f.slice(1)) > Number(t.slice(1))) return "El inicio del rango no puede ser mayor que el fin.";
  }
  return undefined;
}
