/** Test data shaped like the API's answers (Vitest only). */
import type { Schemas } from "@protegrt/api-client";

import type { Me } from "@/features/auth/api/session-store";

export function installment(overrides: Partial<Schemas["InstallmentTimeline"]> = {}): Schemas["InstallmentTimeline"] {
  return {
    id: 21,
    payment_number: 2,
    due_date: "2026-12-15",
    amount: "500.00",
    status: "pending",
    paid_date: null,
    paid_amount: null,
    partial_paid: "0.00",
    remaining: "500.00",
    payment_method: null,
    receipt_number: null,
    collector_id: null,
    office_delivery_status: null,
    office_delivery_date: null,
    has_problem: false,
    comments: null,
    partials: [],
    entries: [],
    ...overrides,
  };
}

export function policyPayments(installments: Schemas["InstallmentTimeline"][]): Schemas["PolicyPayments"] {
  return {
    policy: {
      id: 7,
      folio: 1042,
      client_id: 3,
      client_name: "Ana Gómez Ruiz",
      coverage_name: "RC BASICA",
      payment_plan: "monthly_7",
      status: "pending",
      prima_total: "4200.00",
      is_restructured: false,
      effective_date: "2026-11-15",
      expiration_date: "2027-11-15",
      card_holder: "Oficina",
      card_status: "active",
    },
    paid_total: "1200.00",
    remaining_total: "3000.00",
    installments,
  };
}

export function user(permissions: string[], isAdmin = false): Me {
  return {
    id: 1,
    username: "prueba",
    full_name: "Usuario de prueba",
    employee_id: 1,
    employee_code: null,
    is_admin: isAdmin,
    must_change_password: false,
    totp_enabled: false,
    permissions,
    roles: [],
    departments: [],
    flags: { is_seller: false, is_collector: false, is_adjuster: false },
  } as unknown as Me;
}

export function ok<T>(data: T, status = 200) {
  return Promise.resolve({ data, error: undefined, response: new Response(null, { status }) });
}

export function fail(status: number, error: string, detail: string, fields: Record<string, string> = {}) {
  return Promise.resolve({ data: undefined, error: { error, detail, fields }, response: new Response(null, { status }) });
}
