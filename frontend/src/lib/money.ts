/**
 * Money as the API sends and takes it: MXN as Decimal strings with two decimals ("1234.50",
 * "-80.00"). Arithmetic and comparisons go through integer cents (BigInt), never floats; display
 * goes through lib/format's formatMoney. What a person types ("$1,250.5") is read by each form's
 * own parser (limits and messages differ per field) and then turned into cents here.
 */

const DECIMAL_RE = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/** An API amount ("1234.50", "0.5", "-80.00") in cents; null when it is not one. */
export function toCents(value: string): bigint | null {
  const m = DECIMAL_RE.exec(value.trim());
  if (!m) return null;
  const cents = BigInt(m[2] ?? "0") * 100n + BigInt((m[3] ?? "").padEnd(2, "0"));
  return m[1] ? -cents : cents;
}

/** Cents back to the API's string: 123450n -> "1234.50", -5n -> "-0.05". */
export function fromCents(cents: bigint): string {
  const sign = cents < 0n ? "-" : "";
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${(abs / 100n).toString()}.${(abs % 100n).toString().padStart(2, "0")}`;
}
