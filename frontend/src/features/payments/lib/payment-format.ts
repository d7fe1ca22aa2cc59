import type { Schemas } from "@protegrt/api-client";

import type { BadgeTone } from "@/components/ui/badge";
import { installmentStatus } from "@/features/policies/lib/policy-format";

export type PaymentMethodValue = Schemas["PaymentMethod"];
export type PaymentStatusValue = Schemas["PaymentStatus"];

export const METHOD_LABEL: Record<PaymentMethodValue, string> = {
  cash: "Efectivo",
  deposit: "Depósito",
  transfer: "Transferencia",
  crucero: "Crucero",
  konfio: "Konfío",
  terminal_banorte: "Terminal Banorte",
};

export const METHODS = Object.keys(METHOD_LABEL) as PaymentMethodValue[];

export function methodLabel(method: string | null | undefined): string {
  if (!method) return "—";
  return METHOD_LABEL[method as PaymentMethodValue] ?? method;
}

export const DELIVERY_LABEL: Record<string, string> = { pending: "Pendiente", delivered: "Entregado" };

export const SOURCE_LABEL: Record<string, string> = {
  counter: "Mostrador",
  proposal: "Propuesta de cobro",
  edit: "Edición de pago",
  reversal: "Reversión",
};

/** The quick filters of screens.md §1.5 (installment statuses). */
export const QUICK_FILTERS: readonly { value: PaymentStatusValue; label: string }[] = [
  { value: "pending", label: "Pendientes" },
  { value: "late", label: "Atrasados" },
  { value: "overdue", label: "Vencidos" },
  { value: "paid", label: "Pagados" },
];

export function paymentStatus(status: string): { label: string; tone: BadgeTone } {
  return installmentStatus(status);
}

/** "Pago 2, abono 1 de 3" (screens.md §5: integers, never 2.1). */
export function partialLabel(paymentNumber: number, partialNumber: number, of: number): string {
  return `Pago ${paymentNumber}, abono ${partialNumber} de ${of}`;
}

/**
 * What a counter payment of `amount` will be recorded as: the whole balance of an installment
 * without partials is "Pago N"; anything else is the next numbered partial.
 */
export function counterPaymentLabel(
  paymentNumber: number,
  partialsSoFar: number,
  isWholeBalance: boolean,
): string {
  if (partialsSoFar === 0 && isWholeBalance) return `Pago ${paymentNumber}`;
  const k = partialsSoFar + 1;
  return partialLabel(paymentNumber, k, k);
}
