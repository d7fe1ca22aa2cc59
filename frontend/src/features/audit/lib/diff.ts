import { formatDate, formatDateTime } from "@/lib/format";

import { FIELD_LABELS } from "./labels";

export type DiffStatus = "added" | "removed" | "changed" | "same";

export interface DiffRow {
  /** Dotted path inside the snapshot ("value.car.damage_pct"). */
  path: string;
  label: string;
  before: unknown;
  after: unknown;
  status: DiffStatus;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Leaves of a snapshot: nested objects are walked, arrays and scalars are values. */
function flatten(value: unknown, prefix: string, out: Map<string, unknown>) {
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    for (const [key, item] of Object.entries(value)) flatten(item, prefix ? `${prefix}.${key}` : key, out);
  } else if (prefix) {
    out.set(prefix, value);
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function fieldLabel(path: string): string {
  return path
    .split(".")
    .map((part) => FIELD_LABELS[part] ?? part)
    .join(" › ");
}

/**
 * Before/after of an audit row, field by field. An insert has no `before` (every field is added),
 * a delete no `after`; a snapshot that is not an object is shown as one "Valor" row.
 */
export function auditDiff(before: unknown, after: unknown): DiffRow[] {
  const b = new Map<string, unknown>();
  const a = new Map<string, unknown>();
  flatten(isPlainObject(before) ? before : before === null || before === undefined ? {} : { value: before }, "", b);
  flatten(isPlainObject(after) ? after : after === null || after === undefined ? {} : { value: after }, "", a);
  const paths = [...b.keys(), ...[...a.keys()].filter((k) => !b.has(k))];
  return paths.map((path) => {
    const inBefore = b.has(path);
    const inAfter = a.has(path);
    const status: DiffStatus = !inBefore ? "added" : !inAfter ? "removed" : same(b.get(path), a.get(path)) ? "same" : "changed";
    return { path, label: fieldLabel(path), before: b.get(path), after: a.get(path), status };
  });
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A snapshot value for people: "Sí"/"No", dd/mm/aaaa, lists joined; strings (money too) as they are. */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "Sí" : "No";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    if (ISO_DATE_TIME.test(value)) return formatDateTime(value);
    if (ISO_DATE.test(value)) return formatDate(value);
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return "(vacío)";
    return value.map(formatListItem).join(", ");
  }
  if (isPlainObject(value) && Object.keys(value).length === 0) return "(vacío)";
  return JSON.stringify(value);
}

/** One element of a list: objects as "clave: valor" pairs (e.g. a grant: "permission: x, department: —"). */
export function formatListItem(item: unknown): string {
  if (isPlainObject(item)) {
    return Object.entries(item)
      .map(([k, v]) => `${FIELD_LABELS[k] ?? k}: ${formatAuditValue(v)}`)
      .join(" · ");
  }
  return formatAuditValue(item);
}

/** For a changed list: the elements that appear and disappear (role grants, CIDRs). */
export function listChanges(before: unknown, after: unknown): { added: unknown[]; removed: unknown[] } | null {
  if (!Array.isArray(before) || !Array.isArray(after)) return null;
  const b = new Set(before.map((x) => JSON.stringify(x)));
  const a = new Set(after.map((x) => JSON.stringify(x)));
  return {
    added: after.filter((x) => !b.has(JSON.stringify(x))),
    removed: before.filter((x) => !a.has(JSON.stringify(x))),
  };
}
