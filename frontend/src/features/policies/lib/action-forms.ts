/** Client-side validation of the policy action dialogs (the API validates again). */

export const MIN_REASON = 10;

export interface CancelForm {
  code: string;
  reason: string;
  paymentsMade: string;
  notifyClient: boolean;
  notifyCollector: boolean;
  notifySeller: boolean;
}

export type FormErrors<T> = Partial<Record<keyof T, string>>;

export function reasonError(reason: string): string | undefined {
  const text = reason.trim();
  if (!text) return "Escribe el motivo.";
  if (text.length < MIN_REASON) return `El motivo debe tener al menos ${MIN_REASON} caracteres.`;
  if (text.length > 2000) return "El motivo no puede pasar de 2000 caracteres.";
  return undefined;
}

export function validateCancel(form: CancelForm, installments: number): FormErrors<CancelForm> {
  const errors: FormErrors<CancelForm> = {};
  if (!form.code) errors.code = "Elige el motivo de cancelación.";
  const reason = reasonError(form.reason);
  if (reason) errors.reason = reason;
  const paid = form.paymentsMade.trim();
  if (paid !== "") {
    const n = Number(paid);
    if (!/^\d+$/.test(paid) || !Number.isInteger(n)) errors.paymentsMade = "Escribe un número entero de pagos.";
    else if (n > installments) errors.paymentsMade = `La póliza tiene ${installments} pagos.`;
  }
  return errors;
}

export function cancelBody(form: CancelForm) {
  const paid = form.paymentsMade.trim();
  return {
    code: form.code,
    reason: form.reason.trim(),
    payments_made: paid === "" ? null : Number(paid),
    notify_client: form.notifyClient,
    notify_collector: form.notifyCollector,
    notify_seller: form.notifySeller,
  };
}
