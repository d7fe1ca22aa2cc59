/**
 * Exact money arithmetic for the cash delivery form. The API sends and takes MXN as strings with
 * two decimals ("1234.50"); sums and differences are done in integer cents (BigInt), never in
 * floating point (lib/money). Display goes through lib/format's formatMoney.
 */

import { fromCents, toCents as decimalToCents } from "@/lib/money";

const MONEY_RE = /^(\d+)(?:\.(\d{1,2}))?$/;

/** An API amount ("1234.50", "-80.00") in cents. Throws on anything else: the API never sends it. */
export function toCents(value: string): bigint {
  const cents = decimalToCents(value);
  if (cents === null) throw new Error(`Importe no válido: ${value}`);
  return cents;
}

/**
 * What a person typed as an amount ("1,234.5", "$ 800", "800.00") in cents, or null when it is not
 * a non-negative amount with at most two decimals. Commas are thousands separators (es-MX).
 */
export function parseAmountInput(text: string): bigint | null {
  const cleaned = text.trim().replace(/^\$\s*/, "").replace(/,/g, "");
  if (!cleaned || !MONEY_RE.test(cleaned)) return null;
  return toCents(cleaned);
}

export function sumAmounts(values: readonly string[]): string {
  return fromCents(values.reduce((acc, v) => acc + toCents(v), 0n));
}

export interface DeliveryDifference {
  /** received - expected, as the API's string */
  difference: string;
  /** max(expected - received, 0): what becomes the collector's debt */
  shortage: string;
  /** max(received - expected, 0): recorded, creates nothing */
  surplus: string;
  kind: "exact" | "short" | "surplus";
}

/** The delivery's difference, exactly as the API computes it (received vs expected). */
export function deliveryDifference(expected: string, received: string): DeliveryDifference {
  const e = toCents(expected);
  const r = toCents(received);
  const diff = r - e;
  return {
    difference: fromCents(diff),
    shortage: fromCents(diff < 0n ? -diff : 0n),
    surplus: fromCents(diff > 0n ? diff : 0n),
    kind: diff === 0n ? "exact" : diff < 0n ? "short" : "surplus",
  };
}

/** Spanish error for the received amount field, or undefined. */
export function receivedAmountError(text: string): string | undefined {
  if (!text.trim()) return "Escribe el efectivo recibido.";
  const cents = parseAmountInput(text);
  if (cents === null) return "Escribe un importe válido, con hasta dos decimales (p. ej. 1,250.50).";
  if (cents > 9_999_999_999n) return "El importe es demasiado grande.";
  return undefined;
}
