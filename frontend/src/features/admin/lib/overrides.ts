import type { Schemas } from "@protegrt/api-client";

import { TIME_ZONE, formatDateTime, parseDate } from "@/lib/format";

/** One row of the overrides editor (strings as typed). */
export interface OverrideRow {
  key: string;
  permission: string;
  effect: Schemas["PermissionEffect"];
  reason: string;
  /** dd/mm/aaaa, empty = never expires */
  expiryDate: string;
  /** hh:mm, empty = 23:59 */
  expiryTime: string;
}

const TIME_RE = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

const offsetFormat = new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, timeZoneName: "longOffset" });

/** The UTC offset of Mexico City at an instant, in minutes ("GMT-06:00" -> -360). */
function offsetMinutes(at: Date): number {
  const name = offsetFormat.formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "-" ? -minutes : minutes;
}

/** A wall-clock date and time in Mexico City as an ISO instant with offset ("2026-12-01T18:00:00-06:00"). */
export function mexicoCityInstant(isoDate: string, time: string): string {
  const guess = new Date(`${isoDate}T${time}:00Z`);
  const offset = offsetMinutes(new Date(guess.getTime() - offsetMinutes(guess) * 60_000));
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${isoDate}T${time}:00${sign}${hh}:${mm}`;
}

export function toRow(o: Schemas["OverrideRead"], key: string): OverrideRow {
  const [date = "", time = ""] = o.expires_at ? formatDateTime(o.expires_at).split(" ") : [];
  return { key, permission: o.permission, effect: o.effect, reason: o.reason, expiryDate: date, expiryTime: time };
}

export type RowErrors = Partial<Record<"permission" | "reason" | "expiry", string>>;

/** Client-side checks (the server checks again): one row per permission, a reason, a future expiry. */
export function validateOverrides(rows: readonly OverrideRow[], now: Date = new Date()): Record<string, RowErrors> {
  const errors: Record<string, RowErrors> = {};
  const seen = new Set<string>();
  for (const row of rows) {
    const e: RowErrors = {};
    if (!row.permission) e.permission = "Elige el permiso.";
    else if (seen.has(row.permission)) e.permission = "Permiso repetido: uno por fila.";
    seen.add(row.permission);
    if (row.reason.trim().length < 3) e.reason = "Escribe el motivo (al menos 3 caracteres).";
    else if (row.reason.trim().length > 500) e.reason = "Máximo 500 caracteres.";
    if (row.expiryDate.trim() || row.expiryTime.trim()) {
      const date = parseDate(row.expiryDate);
      const time = row.expiryTime.trim() || "23:59";
      if (!date) e.expiry = "Escribe la fecha como dd/mm/aaaa.";
      else if (!TIME_RE.test(time)) e.expiry = "Escribe la hora como hh:mm (24 h).";
      else if (new Date(mexicoCityInstant(date, time)).getTime() <= now.getTime()) e.expiry = "La fecha de vencimiento debe ser futura.";
    }
    if (Object.keys(e).length) errors[row.key] = e;
  }
  return errors;
}

export function toOverrideBody(rows: readonly OverrideRow[]): Schemas["OverrideIn"][] {
  return rows.map((r) => {
    const date = r.expiryDate.trim() ? parseDate(r.expiryDate) : null;
    return {
      permission: r.permission,
      effect: r.effect,
      reason: r.reason.trim(),
      expires_at: date ? mexicoCityInstant(date, r.expiryTime.trim() || "23:59") : null,
    };
  });
}
