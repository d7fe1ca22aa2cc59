import type { BadgeTone } from "@/components/ui/badge";
import { formatDate, formatMoney } from "@/lib/format";

export type InstallmentStatus = "pending" | "late" | "overdue" | "paid" | "cancelled";

/** Installment (mensualidad) status: label and colour. */
export const INSTALLMENT_STATUS: Record<InstallmentStatus, { label: string; tone: BadgeTone }> = {
  paid: { label: "Pagada", tone: "green" },
  pending: { label: "Pendiente", tone: "yellow" },
  late: { label: "Atrasada", tone: "orange" },
  overdue: { label: "Vencida", tone: "red" },
  cancelled: { label: "Cancelada", tone: "grey" },
};

export const PAYMENT_PLAN_LABEL: Record<string, string> = {
  cash: "Contado",
  cash_2_installments: "Contado en 2 pagos",
  monthly_7: "7 mensualidades",
  quarterly_4: "4 trimestrales",
  semiannual_2: "2 semestrales",
  monthly_12: "12 mensualidades",
};

export function installmentStatus(status: string): { label: string; tone: BadgeTone } {
  return INSTALLMENT_STATUS[status as InstallmentStatus] ?? { label: status, tone: "neutral" };
}

export interface InstallmentLike {
  payment_number: number;
  due_date: string;
  amount: string;
  status: string;
  partials: readonly { partial_number: number; of: number; amount: string; paid_date: string; status: string }[];
}

/** "Pago 3, abono 1 de 2" */
export function partialLabel(paymentNumber: number, partial: { partial_number: number; of: number }): string {
  return `Pago ${paymentNumber}, abono ${partial.partial_number} de ${partial.of}`;
}

/** One row of the installments timeline, formatted for reading. */
export function installmentRow(i: InstallmentLike) {
  return {
    number: `Pago ${i.payment_number}`,
    dueDate: formatDate(i.due_date),
    amount: formatMoney(i.amount),
    status: installmentStatus(i.status),
    partials: i.partials.map((p) => ({
      label: partialLabel(i.payment_number, p),
      amount: formatMoney(p.amount),
      date: formatDate(p.paid_date),
      reversed: p.status === "reversed",
    })),
  };
}
