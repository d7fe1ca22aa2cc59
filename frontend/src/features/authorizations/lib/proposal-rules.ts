import type { BadgeTone } from "@/components/ui/badge";
import { formatMoney } from "@/lib/format";
import { toCents } from "@/lib/money";
import { can } from "@/lib/permissions";

/** The signed-in user as far as approving goes (the API's MeOut carries these). */
export interface Reviewer {
  is_admin: boolean;
  permissions: readonly string[];
  departments: readonly { code: string; is_manager: boolean }[];
}

export const PROPOSAL_STATUS: Record<string, { label: string; tone: BadgeTone }> = {
  pending: { label: "Pendiente", tone: "yellow" },
  under_review: { label: "En revisión", tone: "blue" },
  approved: { label: "Aprobada", tone: "green" },
  applied: { label: "Aplicada", tone: "green" },
  rejected: { label: "Rechazada", tone: "red" },
  cancelled: { label: "Cancelada", tone: "grey" },
  reversed: { label: "Revertida", tone: "purple" },
};

export const SUBMISSION_STATUS: Record<string, { label: string; tone: BadgeTone }> = {
  pending: { label: "Pendiente", tone: "yellow" },
  under_review: { label: "En revisión", tone: "blue" },
  approved: { label: "Aprobada", tone: "green" },
  rejected: { label: "Rechazada con correcciones", tone: "red" },
};

export const PAYMENT_METHOD: Record<string, string> = {
  cash: "Efectivo",
  deposit: "Depósito",
  transfer: "Transferencia",
  crucero: "Crucero",
  konfio: "Konfío",
  terminal_banorte: "Terminal Banorte",
};

/** What the receipt check found (receipts module's CheckResult values). */
export const RECEIPT_RESULT: Record<string, string> = {
  valid: "Recibo válido",
  unknown: "Recibo no registrado",
  used_on_other_policy: "Recibo usado en otra póliza",
  used: "Recibo ya usado",
  lost: "Recibo reportado como perdido",
  cancelled: "Recibo cancelado",
};

export function statusOf(table: Record<string, { label: string; tone: BadgeTone }>, status: string) {
  return table[status] ?? { label: status, tone: "neutral" as BadgeTone };
}

export function isOpen(status: string): boolean {
  return status === "pending" || status === "under_review";
}

/** A Cobranza manager, an admin or someone granted `proposals.approve_high` (same rule as the API). */
export function mayApproveHigh(user: Reviewer): boolean {
  return (
    user.is_admin ||
    user.departments.some((d) => d.code === "cobranza" && d.is_manager) ||
    can(user, "proposals.approve_high")
  );
}

export function mayApprove(user: Reviewer): boolean {
  return can(user, "proposals.approve") || mayApproveHigh(user);
}

export function managerRuleMessage(threshold: string | null | undefined): string {
  const limit = threshold ? formatMoney(threshold) : "$5,000.00";
  return `Las propuestas de ${limit} o más requieren la aprobación de un gerente de Cobranza.`;
}

/**
 * Why this user may not approve this proposal (null: they may). The amount rule uses the API's
 * `needs_manager` (amount at or above the configured threshold).
 */
export function approvalBlock(
  user: Reviewer,
  proposal: { needs_manager: boolean; status: string; reviewer_user_id: number | null },
  userId: number,
  threshold?: string | null,
): string | null {
  if (!isOpen(proposal.status)) return "La propuesta ya fue resuelta.";
  if (!mayApprove(user)) return "No tienes permiso para aprobar propuestas de cobro.";
  if (proposal.status === "under_review" && proposal.reviewer_user_id !== null && proposal.reviewer_user_id !== userId) {
    return "Otra persona está revisando esta propuesta.";
  }
  if (proposal.needs_manager && !mayApproveHigh(user)) return managerRuleMessage(threshold);
  return null;
}

// -- forms ---------------------------------------------------------------------------------------

export function rejectReasonError(reason: string): string | undefined {
  const text = reason.trim();
  if (!text) return "Escribe el motivo del rechazo.";
  if (text.length < 5) return "El motivo debe tener al menos 5 caracteres.";
  if (text.length > 500) return "El motivo admite como máximo 500 caracteres.";
  return undefined;
}

export interface CorrectionForm {
  amount: string;
  receiptNumber: string;
  notes: string;
}

export type CorrectionErrors = Partial<Record<keyof CorrectionForm | "form", string>>;

const MONEY = /^\d{1,9}(\.\d{1,2})?$/;
const RECEIPT = /^[A-Za-z0-9-]{2,20}$/;

/** Approve with corrections: at least one field, different from the original, well formed. */
export function validateCorrections(
  form: CorrectionForm,
  original: { amount: string; receipt_number: string },
  opts: { threshold?: string | null | undefined; mayApproveHigh: boolean },
): CorrectionErrors {
  const errors: CorrectionErrors = {};
  const amount = form.amount.trim();
  const receipt = form.receiptNumber.trim().toUpperCase();
  if (amount) {
    if (!MONEY.test(amount)) errors.amount = "Escribe un monto válido (por ejemplo 850.00).";
    else if (toCents(amount) === BigInt(0)) errors.amount = "El monto debe ser mayor que cero.";
  }
  if (receipt && !RECEIPT.test(receipt)) errors.receiptNumber = "Escribe un número de recibo válido (por ejemplo A0123).";
  if (form.notes.length > 500) errors.notes = "Las notas admiten como máximo 500 caracteres.";
  if (Object.keys(errors).length) return errors;
  const amountChanged = !!amount && toCents(amount) !== toCents(original.amount);
  const receiptChanged = !!receipt && receipt !== original.receipt_number.toUpperCase();
  if (!amountChanged && !receiptChanged) {
    errors.form = "Indica el monto o el número de recibo corregido (distinto del original).";
    return errors;
  }
  if (amountChanged && opts.threshold && !opts.mayApproveHigh) {
    const limit = toCents(opts.threshold);
    const value = toCents(amount);
    if (limit !== null && value !== null && value >= limit) errors.amount = managerRuleMessage(opts.threshold);
  }
  return errors;
}

export function correctionBody(form: CorrectionForm, original: { amount: string; receipt_number: string }) {
  const amount = form.amount.trim();
  const receipt = form.receiptNumber.trim().toUpperCase();
  return {
    amount: amount && toCents(amount) !== toCents(original.amount) ? amount : null,
    receipt_number: receipt && receipt !== original.receipt_number.toUpperCase() ? receipt : null,
    notes: form.notes.trim() || null,
  };
}

// -- policy submissions --------------------------------------------------------------------------

export const VEHICLE_TYPE: Record<string, string> = {
  automobile: "Automóvil",
  pickup: "Pickup",
  suv: "Camioneta (SUV)",
  motorcycle: "Motocicleta",
  mototaxi: "Mototaxi",
  truck: "Camión",
};

/** What the seller may be asked to correct (the key the seller app shows). */
export const CORRECTION_FIELDS: { value: string; label: string }[] = [
  { value: "cliente", label: "Datos del cliente" },
  { value: "vehiculo", label: "Datos del vehículo" },
  { value: "cobertura", label: "Cobertura" },
  { value: "forma_de_pago", label: "Forma de pago" },
  { value: "folio_contrato", label: "Folio del contrato" },
  { value: "fechas", label: "Fechas" },
  { value: "fotos", label: "Fotos del contrato" },
  { value: "otro", label: "Otro" },
];

export interface SubmissionRejectForm {
  reason: string;
  corrections: { field: string; detail: string }[];
}

export type SubmissionRejectErrors = { reason?: string; corrections?: string; rows?: Record<number, string> };

export function validateSubmissionReject(form: SubmissionRejectForm): SubmissionRejectErrors {
  const errors: SubmissionRejectErrors = {};
  const reason = rejectReasonError(form.reason);
  if (reason) errors.reason = reason;
  const rows: Record<number, string> = {};
  const filled = form.corrections.filter((c) => c.field || c.detail.trim());
  if (!filled.length) errors.corrections = "Indica al menos una corrección para el vendedor.";
  const seen = new Set<string>();
  form.corrections.forEach((c, i) => {
    if (!c.field && !c.detail.trim()) return;
    if (!c.field) rows[i] = "Elige qué dato debe corregir.";
    else if (!c.detail.trim()) rows[i] = "Escribe qué debe corregir.";
    else if (c.detail.trim().length > 300) rows[i] = "Máximo 300 caracteres.";
    else if (seen.has(c.field)) rows[i] = "Ese dato ya está en la lista.";
    seen.add(c.field);
  });
  if (Object.keys(rows).length) errors.rows = rows;
  return errors;
}

export function submissionRejectBody(form: SubmissionRejectForm) {
  const corrections: Record<string, string> = {};
  for (const c of form.corrections) if (c.field && c.detail.trim()) corrections[c.field] = c.detail.trim();
  return { reason: form.reason.trim(), corrections };
}
