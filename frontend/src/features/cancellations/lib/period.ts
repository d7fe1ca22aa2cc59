import { formatDate } from "@/lib/format";

/** The list's period filter, as the API names it (the URL keeps the same values). */
export type CancellationPeriod = "all" | "day" | "week" | "month";

export const PERIODS: readonly { value: CancellationPeriod; label: string }[] = [
  { value: "all", label: "Todas" },
  { value: "day", label: "Hoy" },
  { value: "week", label: "Esta semana" },
  { value: "month", label: "Este mes" },
];

export function isPeriod(value: string): value is CancellationPeriod {
  return PERIODS.some((p) => p.value === value);
}

/**
 * First day of the period as an ISO date, counted from `today` (an ISO date in Mexico City, see
 * `todayInMexico`): the week starts on Monday, as the API counts it. null for "all".
 */
export function periodStart(period: CancellationPeriod, today: string): string | null {
  if (period === "all") return null;
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  if (period === "day") return today;
  if (period === "month") return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-01`;
  const date = new Date(Date.UTC(y, m - 1, d));
  const back = (date.getUTCDay() + 6) % 7; // Monday = 0
  date.setUTCDate(date.getUTCDate() - back);
  return date.toISOString().slice(0, 10);
}

/** "Desde el 23/11/2026" for the period's hint; empty for "all". */
export function periodHint(period: CancellationPeriod, today: string): string {
  const start = periodStart(period, today);
  if (!start) return "";
  return period === "day" ? `Hoy, ${formatDate(start)}` : `Desde el ${formatDate(start)}`;
}

/** The list's query string for the API (empty values left out; the period computed by the API in local time). */
export function cancellationQuery(filters: { q: string; period: CancellationPeriod | ""; code: string }) {
  return {
    q: filters.q || null,
    period: filters.period && filters.period !== "all" ? filters.period : undefined,
    code: filters.code || null,
  };
}
