/**
 * es-MX formatting for everything a person reads: money in MXN (`$1,234.50`), dates as
 * dd/mm/aaaa, times in America/Mexico_City whatever the browser's own zone.
 *
 * The API sends money as strings with two decimals ("1234.50"), dates as ISO dates
 * ("2026-11-28", a calendar day: never shifted by a time zone) and instants as ISO date-times
 * with an offset ("2026-11-28T18:05:00Z", shown in Mexico City time).
 */

export const TIME_ZONE = "America/Mexico_City";
export const LOCALE = "es-MX";

const money = new Intl.NumberFormat(LOCALE, {
  style: "currency",
  currency: "MXN",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const dateParts = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

type Amount = string | number | null | undefined;
type When = string | Date | null | undefined;

/** `$1,234.50`; `-$80.00`; an empty value or one that is not a number gives "—". */
export function formatMoney(value: Amount): string {
  if (value === null || value === undefined || value === "") return "—";
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n)) return "—";
  // -0.00 would print as "-$0.00"
  return money.format(Object.is(n, -0) || Math.abs(n) < 0.005 ? 0 : n);
}

/** `12,345` */
export function formatInteger(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : integer.format(value);
}

function partsOf(date: Date): Record<"year" | "month" | "day" | "hour" | "minute", string> {
  const out = { year: "", month: "", day: "", hour: "", minute: "" };
  for (const part of dateParts.formatToParts(date)) {
    if (part.type in out) out[part.type as keyof typeof out] = part.value;
  }
  return out;
}

function toInstant(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * dd/mm/aaaa. An ISO date ("2026-11-28") is a calendar day and prints as is; an instant prints as
 * the day it was in Mexico City.
 */
export function formatDate(value: When): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") {
    const m = ISO_DATE.exec(value);
    if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  }
  const date = toInstant(value);
  if (!date) return "—";
  const p = partsOf(date);
  return `${p.day}/${p.month}/${p.year}`;
}

/** dd/mm/aaaa hh:mm (24 h) in Mexico City time. */
export function formatDateTime(value: When): string {
  if (value === null || value === undefined || value === "") return "—";
  const date = toInstant(value);
  if (!date) return "—";
  const p = partsOf(date);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** Today's calendar date in Mexico City as an ISO date (what the API expects in filters). */
export function todayInMexico(now: Date = new Date()): string {
  const p = partsOf(now);
  return `${p.year}-${p.month}-${p.day}`;
}

/**
 * Reads a date typed as dd/mm/aaaa (or d/m/aaaa) into an ISO date; null when it is not a real
 * calendar day (31/02/2026).
 */
export function parseDate(text: string): string | null {
  const m = DMY.exec(text.trim());
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "hace 5 min", "hace 3 h", "hace 2 días": for last-activity columns. */
export function formatAgo(value: When, now: Date = new Date()): string {
  if (value === null || value === undefined || value === "") return "—";
  const date = toInstant(value);
  if (!date) return "—";
  const seconds = Math.max(0, Math.round((now.getTime() - date.getTime()) / 1000));
  if (seconds < 60) return "hace un momento";
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `hace ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `hace ${hours} h`;
  const days = Math.floor(hours / 24);
  return days === 1 ? "hace 1 día" : `hace ${days} días`;
}

/** "1 minuto", "2 minutos", "45 segundos": for "intenta de nuevo en ...". */
export function formatWait(totalSeconds: number): string {
  const s = Math.max(1, Math.ceil(totalSeconds));
  if (s < 60) return s === 1 ? "1 segundo" : `${s} segundos`;
  const minutes = Math.ceil(s / 60);
  return minutes === 1 ? "1 minuto" : `${minutes} minutos`;
}
