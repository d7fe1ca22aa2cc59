import { formatMoney } from "@/lib/format";
import { z } from "@/lib/zod";

import { type FieldKind, type FieldMeta, SETTINGS_META, inferKind } from "./settings-meta";

/** One editable leaf of a setting's value. */
export interface EditorField {
  /** The form's field name ("f0", "f1"...): paths with dots would nest in react-hook-form. */
  name: string;
  /** Where it lives inside the value ([] = the value itself). */
  path: string[];
  label: string;
  kind: FieldKind;
  unit?: string | undefined;
  options?: FieldMeta["options"];
}

export type SettingFormValues = Record<string, string>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function leafMeta(key: string, path: string[]): FieldMeta | undefined {
  const meta = SETTINGS_META[key];
  if (!meta) return undefined;
  return path.length === 0 ? meta.field : meta.fields?.[path.join(".")];
}

/** The leaves of a setting's current value, with their editors. */
export function editorFields(key: string, value: unknown): EditorField[] {
  const out: EditorField[] = [];
  // PostgreSQL's jsonb keeps keys in its own order: show them in the table's order instead.
  const order = Object.keys(SETTINGS_META[key]?.fields ?? {});
  const rank = (path: string[]) => {
    const joined = path.join(".");
    const i = order.findIndex((p) => p === joined || p.startsWith(`${joined}.`));
    return i === -1 ? order.length : i;
  };
  const walk = (v: unknown, path: string[]) => {
    if (isObject(v)) {
      const entries = Object.entries(v).map(([k, item]) => ({ k, item, r: rank([...path, k]) }));
      entries.sort((a, b) => a.r - b.r);
      for (const { k, item } of entries) walk(item, [...path, k]);
      return;
    }
    const meta = leafMeta(key, path);
    out.push({
      name: `f${out.length}`,
      path,
      label: meta?.label ?? (path.length ? path.join(" › ") : "Valor"),
      kind: meta?.kind ?? inferKind(v),
      unit: meta?.unit,
      options: meta?.options,
    });
  };
  walk(value, []);
  return out;
}

function getAt(value: unknown, path: string[]): unknown {
  return path.reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), value);
}

/** The form's text of each leaf. */
export function toFormValues(fields: EditorField[], value: unknown): SettingFormValues {
  const out: SettingFormValues = {};
  for (const f of fields) {
    const v = getAt(value, f.path);
    if (f.kind === "boolean") out[f.name] = v === true ? "true" : "false";
    else if (Array.isArray(v)) out[f.name] = f.kind === "integer_list" ? v.join(", ") : v.join("\n");
    else out[f.name] = v === null || v === undefined ? "" : String(v);
  }
  return out;
}

// -- validation (Spanish messages) -------------------------------------------------------------
export const MESSAGES = {
  required: "Este campo es obligatorio.",
  money: "Escribe una cantidad en pesos con hasta dos decimales, p. ej. 1200.00.",
  percent: "Escribe un porcentaje con hasta dos decimales, p. ej. 5.00.",
  percentRange: "El porcentaje debe estar entre 0 y 100.",
  integer: "Debe ser un número entero, sin decimales.",
  negative: "No puede ser negativo.",
  tooLarge: "El número es demasiado grande.",
  number: "Debe ser un número, p. ej. 0.003.",
  latitude: "La latitud debe ser un número entre -90 y 90.",
  longitude: "La longitud debe ser un número entre -180 y 180.",
  time: "Escribe una hora de 24 horas HH:MM, p. ej. 09:00.",
  letter: "Debe ser una sola letra mayúscula.",
  option: "Elige una de las opciones.",
  integerList: "Escribe números enteros separados por comas, p. ej. 15, 3.",
  emptyList: "Escribe al menos un valor.",
  emptyCidrs: "Escribe al menos un rango.",
  cidrLine: (line: number) => `Línea ${line}: rango no válido (formato CIDR, p. ej. 10.8.0.0/24).`,
  windowOrder: "La hora final debe ser posterior a la inicial.",
  urgencyOrder: "Debe ser mayor que el límite de amarillo.",
} as const;

const DECIMAL_2 = /^([0-9]+)(?:\.([0-9]{1,2}))?$/;

/** "$1,200.5" -> "1200.50"; null when it is not an amount. String work only: money is never a float. */
export function normalizeMoney(text: string): string | null {
  const m = DECIMAL_2.exec(text.trim().replace(/^\$/, "").replace(/,/g, "").trim());
  if (!m) return null;
  const whole = m[1]!.replace(/^0+(?=\d)/, "");
  return `${whole}.${(m[2] ?? "").padEnd(2, "0")}`;
}

function isIpv4(text: string): boolean {
  const parts = text.split(".");
  return parts.length === 4 && parts.every((p) => /^[0-9]{1,3}$/.test(p) && Number(p) <= 255);
}

/** IPv4 "a.b.c.d/n" (or a bare address); IPv6 loosely (the API has the last word). */
export function isCidr(text: string): boolean {
  const [address = "", prefix, ...rest] = text.trim().split("/");
  if (rest.length) return false;
  if (prefix !== undefined && !/^[0-9]{1,3}$/.test(prefix)) return false;
  if (isIpv4(address)) return prefix === undefined || Number(prefix) <= 32;
  if (/^[0-9a-fA-F:]+$/.test(address) && address.includes(":")) return prefix === undefined || Number(prefix) <= 128;
  return false;
}

/** The message for one leaf's text, or null when it is valid. */
export function checkField(field: Pick<EditorField, "kind" | "options">, text: string): string | null {
  const t = text.trim();
  switch (field.kind) {
    case "boolean":
      return t === "true" || t === "false" ? null : MESSAGES.required;
    case "money":
      if (!t) return MESSAGES.required;
      return normalizeMoney(t) === null ? (t.startsWith("-") ? MESSAGES.negative : MESSAGES.money) : null;
    case "percent": {
      if (!t) return MESSAGES.required;
      const n = normalizeMoney(t.replace(/%$/, ""));
      if (n === null) return t.startsWith("-") ? MESSAGES.percentRange : MESSAGES.percent;
      const [whole, cents] = n.split(".");
      return Number(whole) > 100 || (Number(whole) === 100 && cents !== "00") ? MESSAGES.percentRange : null;
    }
    case "integer":
      if (!t) return MESSAGES.required;
      if (/^-[0-9]+$/.test(t)) return MESSAGES.negative;
      if (!/^[0-9]+$/.test(t)) return MESSAGES.integer;
      return t.replace(/^0+/, "").length > 9 ? MESSAGES.tooLarge : null;
    case "number":
      if (!t) return MESSAGES.required;
      if (/^-/.test(t)) return MESSAGES.negative;
      return /^[0-9]+(\.[0-9]+)?$/.test(t) ? null : MESSAGES.number;
    case "latitude":
    case "longitude": {
      const limit = field.kind === "latitude" ? 90 : 180;
      const ok = /^-?[0-9]+(\.[0-9]+)?$/.test(t) && Math.abs(Number(t)) <= limit;
      return ok ? null : field.kind === "latitude" ? MESSAGES.latitude : MESSAGES.longitude;
    }
    case "time":
      if (!t) return MESSAGES.required;
      return /^([01][0-9]|2[0-3]):[0-5][0-9]$/.test(t) ? null : MESSAGES.time;
    case "letter":
      return /^[A-Z]$/.test(t) ? null : MESSAGES.letter;
    case "enum":
      return field.options?.some((o) => o.value === t) ? null : MESSAGES.option;
    case "integer_list": {
      if (!t) return MESSAGES.emptyList;
      const items = t.split(",").map((x) => x.trim());
      if (items.some((x) => /^-[0-9]+$/.test(x))) return MESSAGES.negative;
      return items.every((x) => /^[0-9]{1,9}$/.test(x)) ? null : MESSAGES.integerList;
    }
    case "cidr_list": {
      const lines = text.split("\n").map((l) => l.trim());
      if (lines.every((l) => l === "")) return MESSAGES.emptyCidrs;
      const bad = lines.findIndex((l) => l !== "" && !isCidr(l));
      return bad === -1 ? null : MESSAGES.cidrLine(bad + 1);
    }
    case "text_list":
      return text.split("\n").some((l) => l.trim()) ? null : MESSAGES.emptyList;
    case "text":
      return t ? null : MESSAGES.required;
  }
}

/** Checks across the fields of one setting: field name -> message. */
export function crossChecks(fields: EditorField[], values: SettingFormValues): Record<string, string> {
  const by = (leaf: string) => fields.find((f) => f.path.length === 1 && f.path[0] === leaf);
  const out: Record<string, string> = {};
  const start = by("window_start");
  const end = by("window_end");
  if (start && end && checkField(start, values[start.name] ?? "") === null && checkField(end, values[end.name] ?? "") === null) {
    if ((values[end.name] ?? "") <= (values[start.name] ?? "")) out[end.name] = MESSAGES.windowOrder;
  }
  const yellow = by("yellow_max");
  const orange = by("orange_max");
  if (yellow && orange && checkField(yellow, values[yellow.name] ?? "") === null && checkField(orange, values[orange.name] ?? "") === null) {
    if (Number(values[orange.name]) <= Number(values[yellow.name])) out[orange.name] = MESSAGES.urgencyOrder;
  }
  return out;
}

/** The zod schema of a setting's form (every leaf, then the cross checks). */
export function settingSchema(fields: EditorField[]) {
  const shape = Object.fromEntries(
    fields.map((f) => [
      f.name,
      z.string().superRefine((text, ctx) => {
        const message = checkField(f, text);
        if (message) ctx.addIssue({ code: "custom", message });
      }),
    ]),
  );
  return z.object(shape).superRefine((values, ctx) => {
    for (const [name, message] of Object.entries(crossChecks(fields, values as SettingFormValues))) {
      ctx.addIssue({ code: "custom", message, path: [name] });
    }
  });
}

function parseLeaf(kind: FieldKind, text: string): unknown {
  const t = text.trim();
  switch (kind) {
    case "boolean":
      return t === "true";
    case "money":
      return normalizeMoney(t);
    case "percent":
      return normalizeMoney(t.replace(/%$/, ""));
    case "integer":
      return Number.parseInt(t, 10);
    case "number":
    case "latitude":
    case "longitude":
      return Number(t);
    case "integer_list":
      return t.split(",").map((x) => Number.parseInt(x.trim(), 10));
    case "cidr_list":
    case "text_list":
      return text
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
    default:
      return t;
  }
}

/** The JSON value to PATCH, in the shape of the current one. */
export function fromFormValues(fields: EditorField[], values: SettingFormValues, current: unknown): unknown {
  const root = fields.find((f) => f.path.length === 0);
  if (root) return parseLeaf(root.kind, values[root.name] ?? "");
  const out = structuredClone(current) as Record<string, unknown>;
  for (const f of fields) {
    let node = out;
    for (const k of f.path.slice(0, -1)) node = node[k] as Record<string, unknown>;
    node[f.path[f.path.length - 1]!] = parseLeaf(f.kind, values[f.name] ?? "");
  }
  return out;
}

/**
 * The form field of a server error path ("value", "value.car.theft_pct", "value.1" of a list), with
 * the message; a list element's message says which line.
 */
export function fieldForServerPath(fields: EditorField[], serverPath: string): { name: string; prefix: string } | null {
  const parts = serverPath.split(".");
  if (parts[0] !== "value") return null;
  const path = parts.slice(1);
  const exact = fields.find((f) => f.path.join(".") === path.join("."));
  if (exact) return { name: exact.name, prefix: "" };
  const last = path[path.length - 1];
  if (last !== undefined && /^[0-9]+$/.test(last)) {
    const list = fields.find((f) => f.path.join(".") === path.slice(0, -1).join("."));
    if (list) return { name: list.name, prefix: `${list.kind === "integer_list" ? "Valor" : "Línea"} ${Number(last) + 1}: ` };
  }
  return null;
}

const SINGULAR: Record<string, string> = {
  días: "día",
  meses: "mes",
  horas: "hora",
  recibos: "recibo",
  cuotas: "cuota",
  mensajes: "mensaje",
  minutos: "minuto",
};

/** A leaf's value for reading (not editing). */
export function displayLeaf(field: EditorField, value: unknown): string {
  if (value === null || value === undefined) return "—";
  switch (field.kind) {
    case "money":
      return formatMoney(String(value));
    case "percent":
      return `${String(value)} %`;
    case "boolean":
      return value === true ? "Sí" : "No";
    case "enum":
      return field.options?.find((o) => o.value === value)?.label ?? String(value);
    case "integer_list":
    case "cidr_list":
    case "text_list":
      return Array.isArray(value) ? value.join(", ") : String(value);
    default:
      if (!field.unit) return String(value);
      return `${String(value)} ${value === 1 ? (SINGULAR[field.unit] ?? field.unit) : field.unit}`;
  }
}

export { getAt as valueAt };
