/**
 * Money typed by a person ("4,200", "$1200.5") read as the API's decimal string ("4200.00"),
 * and compared as integer cents: never parseFloat for arithmetic on money.
 */
const AMOUNT_RE = /^(\d{1,10})(?:\.(\d{1,2}))?$/;

/** "4,200.5" -> "4200.50"; null when it is not an amount with at most two decimals. */
export function normalizeAmount(text: string): string | null {
  const cleaned = text.trim().replace(/[\s$,]/g, "");
  const m = AMOUNT_RE.exec(cleaned);
  if (!m) return null;
  const whole = String(Number(m[1])); // drops leading zeros; at most 10 digits: exact
  const cents = (m[2] ?? "").padEnd(2, "0");
  return `${whole}.${cents}`;
}

/** "4200.50" (or any amount normalizeAmount accepts) -> 420050; null when not an amount. */
export function toCents(text: string): number | null {
  const amount = normalizeAmount(text);
  if (amount === null) return null;
  const [whole, cents] = amount.split(".");
  return Number(whole) * 100 + Number(cents);
}

export const AMOUNT_MESSAGE = "Escribe un importe en pesos con máximo dos decimales (p. ej. 4200.00).";
