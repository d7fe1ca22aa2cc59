import { TIME_ZONE } from "@/lib/format";

const parts = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** Offset (ms) of Mexico City from UTC at an instant. */
function offsetAt(utcMs: number): number {
  const p: Record<string, number> = {};
  for (const part of parts.formatToParts(new Date(utcMs))) if (part.type !== "literal") p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/**
 * "2026-12-01T09:30" typed as Mexico City wall time (whatever the browser's zone) -> the ISO
 * instant with offset the API wants; null when it is not a date-time.
 */
export function mexicoLocalToIso(local: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  let utc = wall - offsetAt(wall);
  utc = wall - offsetAt(utc); // a second pass settles a DST edge
  return new Date(utc).toISOString();
}

/** An instant -> "2026-12-01T09:30" in Mexico City wall time (for datetime-local inputs). */
export function isoToMexicoLocal(date: Date): string {
  const p: Record<string, string> = {};
  for (const part of parts.formatToParts(date)) if (part.type !== "literal") p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day}T${p.hour === "24" ? "00" : p.hour}:${p.minute}`;
}
