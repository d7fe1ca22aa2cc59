/**
 * Money typed by a person, kept as a Decimal string ("1250.50") and compared in integer cents
 * (BigInt): never parseFloat for arithmetic. The API sends and takes the same strings.
 */

import { fromCents } from "@/lib/money";

const AMOUNT_RE = /^\d{1,12}(\.\d{1,2})?$/;

/** "$1,250.5" -> "1250.50"; null when it is not an amount with at most two decimals. */
export function normalizeAmount(text: string): string | null {
  const cleaned = text.trim().replace(/^\$/, "").replace(/,/g, "").replace(/\s/g, "");
  if (!AMOUNT_RE.test(cleaned)) return null;
  const [whole = "0", frac = ""] = cleaned.split(".");
  return `${BigInt(whole).toString()}.${frac.padEnd(2, "0")}`;
}

/** Cents of a Decimal string ("1250.50" -> 125050n); null when it is not one. */
export function toCents(value: string): bigint | null {
  const normalized = normalizeAmount(value);
  if (normalized === null) {
    // the API's negative amounts (reversals)
    const negative = /^-/.test(value.trim()) ? normalizeAmount(value.trim().slice(1)) : null;
    if (negative === null) return null;
    return -toCentsOf(negative);
  }
  return toCentsOf(normalized);
}

function toCentsOf(normalized: string): bigint {
  const [whole = "0", frac = "00"] = normalized.split(".");
  return BigInt(whole) * 100n + BigInt(frac);
}

/** Whole percent of `part` over `total` (0 when total is 0), for progress bars. */
export function percentOf(part: string, total: string): number {
  const p = toCents(part) ?? 0n;
  const t = toCents(total) ?? 0n;
  if (t <= 0n) return 0;
  const pct = (p * 100n) / t;
  return Number(pct > 100n ? 100n : pct < 0n ? 0n : pct);
}

/** The sum of Decimal strings, as a Decimal string. */
export function addAmounts(...values: string[]): string {
  return fromCents(values.reduce((sum, v) => sum + (toCents(v) ?? 0n), 0n));
}
