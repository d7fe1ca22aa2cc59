/**
 * How each business setting (app_setting, seeded in backend/app/seed/data/settings.py) is shown
 * and edited: its group, Spanish label, and the editor of each of its fields. The API checks the
 * value's JSON shape and the extra rules; these editors check the same things as you type.
 *
 * A key the table does not know (added later) still shows and edits, with the editor inferred from
 * its current value.
 */

export type FieldKind =
  | "money" // "1234.50": a string with two decimals (never a float)
  | "percent" // "5.00": a string with two decimals, 0-100
  | "integer"
  | "number" // a decimal number (weights)
  | "latitude"
  | "longitude"
  | "boolean"
  | "text"
  | "letter"
  | "time" // "09:00"
  | "enum"
  | "integer_list" // [15, 3]
  | "text_list" // ["a", "b"], one per line
  | "cidr_list"; // ["10.8.0.0/24"], one per line

export interface FieldMeta {
  label: string;
  kind?: FieldKind;
  unit?: string;
  options?: readonly { value: string; label: string }[];
}

export interface SettingMeta {
  group: string;
  label: string;
  /** Root value of a scalar/list setting. */
  field?: FieldMeta;
  /** Fields of an object setting (by key; nested objects by "a.b"). */
  fields?: Record<string, FieldMeta>;
  /** A network-restriction key: a wrong value can lock the staff out (edit needs admin.network). */
  network?: boolean;
}

export const GROUPS = [
  "Cobranza de campo y propuestas",
  "Recibos",
  "Pagos",
  "Grúas, endosos y deducibles",
  "Renovaciones",
  "Mensajes",
  "Acceso y red",
  "Otros",
] as const;

const days = { unit: "días", kind: "integer" as const };

export const SETTINGS_META: Record<string, SettingMeta> = {
  proposal_manager_threshold: { group: "Cobranza de campo y propuestas", label: "Monto que requiere gerente", field: { label: "Monto", kind: "money" } },
  proposal_stale_hours: { group: "Cobranza de campo y propuestas", label: "Alerta por propuesta sin revisar", field: { label: "Horas", kind: "integer", unit: "horas" } },
  collection_urgency_days: {
    group: "Cobranza de campo y propuestas",
    label: "Colores de urgencia",
    fields: { yellow_max: { label: "Amarillo hasta", ...days }, orange_max: { label: "Naranja hasta", ...days } },
  },
  affinity_weights: {
    group: "Cobranza de campo y propuestas",
    label: "Pesos de la sugerencia de cobrador",
    fields: {
      same_client: { label: "Mismo cliente", kind: "integer" },
      same_address: { label: "Mismo domicilio", kind: "integer" },
      same_neighborhood: { label: "Misma colonia", kind: "integer" },
      same_postal_code: { label: "Mismo código postal", kind: "integer" },
      decay_per_day: { label: "Pérdida por día", kind: "number" },
      load_penalty: { label: "Penalización por carga", kind: "integer" },
    },
  },
  receipt_limit_default: { group: "Recibos", label: "Límite de recibos activos por cobrador", field: { label: "Recibos", kind: "integer", unit: "recibos" } },
  receipt_loss_days: { group: "Recibos", label: "Días para considerar extraviado un recibo saltado", field: { label: "Días", ...days } },
  receipt_digital_prefix: { group: "Recibos", label: "Letra de la serie digital", field: { label: "Letra", kind: "letter" } },
  late_days_max: { group: "Pagos", label: "Días máximos de «atrasado»", field: { label: "Días", ...days } },
  payment_edit_max_months_past: { group: "Pagos", label: "Meses hacia atrás al editar un pago", field: { label: "Meses", kind: "integer", unit: "meses" } },
  payment_edit_max_months_future: { group: "Pagos", label: "Meses hacia adelante al editar un pago", field: { label: "Meses", kind: "integer", unit: "meses" } },
  delivery_paid_max_days_diff: { group: "Pagos", label: "Diferencia máxima entrega / pago", field: { label: "Días", ...days } },
  restructure_min_installments: { group: "Pagos", label: "Reestructura: mínimo de cuotas", field: { label: "Cuotas", kind: "integer", unit: "cuotas" } },
  restructure_max_installments: { group: "Pagos", label: "Reestructura: máximo de cuotas", field: { label: "Cuotas", kind: "integer", unit: "cuotas" } },
  restructure_default_installments: { group: "Pagos", label: "Reestructura: cuotas propuestas", field: { label: "Cuotas", kind: "integer", unit: "cuotas" } },
  collector_cash_cap: { group: "Cobranza de campo y propuestas", label: "Tope de efectivo por cobrador", field: { label: "Monto", kind: "money" } },
  tow_cap_comprehensive: { group: "Grúas, endosos y deducibles", label: "Tope de grúa (coberturas amplias)", field: { label: "Monto", kind: "money" } },
  tow_cap_other: { group: "Grúas, endosos y deducibles", label: "Tope de grúa (otras coberturas)", field: { label: "Monto", kind: "money" } },
  endorsement_fee: { group: "Grúas, endosos y deducibles", label: "Costo de un endoso", field: { label: "Monto", kind: "money" } },
  amplia_deductibles: {
    group: "Grúas, endosos y deducibles",
    label: "Deducibles AMPLIA",
    fields: {
      "car.damage_pct": { label: "Automóvil: daños materiales", kind: "percent" },
      "car.theft_pct": { label: "Automóvil: robo total", kind: "percent" },
      "motorcycle.damage_pct": { label: "Motocicleta: daños materiales", kind: "percent" },
      "motorcycle.theft_pct": { label: "Motocicleta: robo total", kind: "percent" },
      "amplia_select.damage_pct": { label: "AMPLIA SELECT: daños materiales", kind: "percent" },
      "amplia_select.theft_pct": { label: "AMPLIA SELECT: robo total", kind: "percent" },
    },
  },
  renewals: {
    group: "Renovaciones",
    label: "Ventana y avisos de renovación",
    fields: {
      pending_days_before: { label: "Pendientes desde (días antes del fin)", ...days },
      pending_days_after: { label: "Pendientes hasta (días después del fin)", ...days },
      notice_days_before: { label: "Avisos (días antes del fin)", kind: "integer_list", unit: "días" },
      notice_days_after: { label: "Avisos (días después del fin)", kind: "integer_list", unit: "días" },
    },
  },
  delinquency_messages: {
    group: "Mensajes",
    label: "Mensajes a morosos",
    fields: {
      min_days_late_first_installment: { label: "Atraso mínimo (primer pago)", ...days },
      min_days_late_later_installments: { label: "Atraso mínimo (pagos siguientes)", ...days },
      max_per_week: { label: "Máximo por semana", kind: "integer", unit: "mensajes" },
      min_days_between: { label: "Días mínimos entre mensajes", ...days },
      window_start: { label: "Enviar desde", kind: "time" },
      window_end: { label: "Enviar hasta", kind: "time" },
    },
  },
  payment_reminders: {
    group: "Mensajes",
    label: "Recordatorios de pago",
    fields: {
      from_installment: { label: "Desde el pago número", kind: "integer" },
      days_ahead: { label: "Vencimientos dentro de", ...days },
      max_per_due_date: { label: "Máximo por fecha límite", kind: "integer", unit: "mensajes" },
      early_window_days: { label: "Ventana anticipada (días antes)", kind: "integer_list", unit: "días" },
      on_due_date: { label: "Recordar el día límite", kind: "boolean" },
      window_start: { label: "Enviar desde", kind: "time" },
      window_end: { label: "Enviar hasta", kind: "time" },
    },
  },
  message_retry_backoff_minutes: { group: "Mensajes", label: "Reintentos de mensajes", field: { label: "Minutos entre intentos", kind: "integer_list", unit: "minutos" } },
  network_mode: {
    group: "Acceso y red",
    label: "Restricción de red",
    network: true,
    field: {
      label: "Modo",
      kind: "enum",
      options: [
        { value: "off", label: "Sin restricción" },
        { value: "vpn", label: "Solo desde la VPN" },
        { value: "geofence", label: "Geocerca y horario" },
      ],
    },
  },
  vpn_cidrs: { group: "Acceso y red", label: "Rangos de la VPN", network: true, field: { label: "Rangos (CIDR), uno por línea", kind: "cidr_list" } },
  geofence: {
    group: "Acceso y red",
    label: "Geocerca",
    network: true,
    fields: {
      office_radius_m: { label: "Radio de la oficina (web)", kind: "integer", unit: "m" },
      field_radius_m: { label: "Radio para las apps de campo", kind: "integer", unit: "m" },
    },
  },
  office_location: {
    group: "Acceso y red",
    label: "Ubicación de la oficina",
    network: true,
    fields: { lat: { label: "Latitud", kind: "latitude" }, lng: { label: "Longitud", kind: "longitude" } },
  },
  login_limits: {
    group: "Acceso y red",
    label: "Límites de inicio de sesión",
    fields: {
      max_attempts_per_user: { label: "Intentos por usuario", kind: "integer" },
      max_attempts_per_ip: { label: "Intentos por IP", kind: "integer" },
      window_minutes: { label: "Ventana", kind: "integer", unit: "min" },
      lock_after_failures: { label: "Bloquear tras fallos", kind: "integer" },
      lock_minutes: { label: "Duración del bloqueo", kind: "integer", unit: "min" },
      alert_admin_after_failures: { label: "Alertar al administrador tras fallos", kind: "integer" },
    },
  },
};

/** The network keys (editing them also needs `admin.network`: app/modules/auth/network.py). */
export const NETWORK_KEYS: ReadonlySet<string> = new Set(
  Object.entries(SETTINGS_META)
    .filter(([, m]) => m.network)
    .map(([k]) => k),
);

const MONEY_RE = /^[0-9]+\.[0-9]{2}$/;
const TIME_RE = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** The editor a value gets when the table says nothing. */
export function inferKind(value: unknown): FieldKind {
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  if (typeof value === "string") return MONEY_RE.test(value) ? "money" : TIME_RE.test(value) ? "time" : "text";
  if (Array.isArray(value)) return value.some((v) => typeof v === "string") ? "text_list" : "integer_list";
  return "text";
}

export function settingLabel(key: string): string {
  return SETTINGS_META[key]?.label ?? key;
}

export function settingGroup(key: string): string {
  return SETTINGS_META[key]?.group ?? "Otros";
}
