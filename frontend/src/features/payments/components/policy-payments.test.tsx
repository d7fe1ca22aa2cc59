import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { useSessionStore } from "@/features/auth/api/session-store";
import { canOpen, SCREENS } from "@/features/shell/navigation";

import { counterPaymentLabel, partialLabel } from "../lib/payment-format";
import { PolicyPaymentsView, reversibleEntry } from "./policy-payments";
import { installment, ok, policyPayments, user } from "./test-fixtures";

const get = vi.fn();
vi.mock("@/lib/api", async () => {
  const { unwrap } = await import("@protegrt/api-client");
  return { api: { GET: (...args: unknown[]) => get(...args), POST: vi.fn(), PATCH: vi.fn() }, unwrap };
});

const entry = (id: number, extra: Record<string, unknown> = {}) => ({
  id,
  payment_id: 22,
  payment_number: 2,
  kind: "partial" as const,
  kind_label: "Abono",
  source: "counter" as const,
  label: `Pago 2, abono ${id} de 2`,
  amount: "100.00",
  method: "cash" as const,
  receipt_id: id,
  receipt_number: `A000${id}`,
  paid_date: "2026-11-20",
  collector_id: null,
  collector_label: null,
  partial_payment_id: id,
  proposal_id: null,
  reverses_id: null,
  reversed_by_id: null,
  reason: null,
  created_by_user_id: 1,
  created_at: "2026-11-20T17:00:00Z",
  ...extra,
});

const partial = (k: number, status: "applied" | "reversed" = "applied") => ({
  id: k,
  partial_number: k,
  of: 2,
  label: `Pago 2, abono ${k} de 2`,
  amount: "100.00",
  paid_date: "2026-11-20",
  payment_method: "cash" as const,
  receipt_number: `A000${k}`,
  collector_id: null,
  status,
});

const data = policyPayments([
  installment({ id: 21, payment_number: 1, status: "paid", paid_date: "2026-11-15", remaining: "0.00", amount: "1200.00", receipt_number: "A0050", payment_method: "cash" }),
  installment({
    id: 22,
    payment_number: 2,
    status: "late",
    partial_paid: "100.00",
    remaining: "400.00",
    partials: [partial(1), partial(2, "reversed")],
    entries: [entry(1), entry(2, { reversed_by_id: 3 }), entry(3, { kind: "reversal", amount: "-100.00", reverses_id: 2, label: "Reversión del pago 2" })],
  }),
  installment({ id: 23, payment_number: 3, status: "cancelled" }),
]);

function renderView(permissions: string[]) {
  useSessionStore.setState({ user: user(permissions) });
  get.mockImplementation(() =>
    ok({
      policy_id: 7,
      eligible: false,
      reasons: ["El pago 2 tiene abonos aplicados."],
      installments: 6,
      basis: "0.00",
      paid_total: "1300.00",
      plan_before: "monthly_7",
      plan_after: "monthly_7",
      is_restructured_after: false,
      prima_total_after: "4200.00",
      cancelled: [],
      new_installments: [],
    }),
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <PolicyPaymentsView data={data} />
    </QueryClientProvider>,
  );
}

afterEach(() => {
  useSessionStore.setState({ user: null });
  get.mockReset();
});

describe("partial payments", () => {
  it("are labelled «Pago N, abono k de m» with integers", () => {
    expect(partialLabel(2, 1, 3)).toBe("Pago 2, abono 1 de 3");
    expect(counterPaymentLabel(4, 0, true)).toBe("Pago 4");
    expect(counterPaymentLabel(4, 0, false)).toBe("Pago 4, abono 1 de 1");
    expect(counterPaymentLabel(4, 2, true)).toBe("Pago 4, abono 3 de 3");
  });

  it("show under their installment, the reversed one struck through, with the balance", () => {
    renderView(["payments.read"]);
    const table = screen.getByRole("table", { name: "Pagos de la póliza" });
    expect(within(table).getByText("Pago 2, abono 1 de 2")).toBeInTheDocument();
    const reversed = within(table).getByText("Pago 2, abono 2 de 2").closest("tr");
    expect(reversed?.className).toContain("line-through");
    expect(within(screen.getByTestId("installment-2")).getByText("Saldo $400.00")).toBeInTheDocument();
    expect(within(screen.getByTestId("installment-2")).getByText("Atrasada")).toBeInTheDocument();
  });

  it("only the latest live entry is reversible", () => {
    const second = data.installments[1];
    expect(second && reversibleEntry(second)?.id).toBe(1);
  });
});

describe("permission-gated actions", () => {
  it("a reader outside Cobranza sees the payments but no editor", () => {
    renderView(["payments.read", "policies.read"]);
    expect(screen.getByRole("table", { name: "Pagos de la póliza" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Estado de cuenta" })).toBeInTheDocument();
    for (const name of [/^Cobrar pago/, /^Editar pago/, /^Problema en el pago/, "Reestructurar"]) {
      expect(screen.queryByRole("button", { name })).not.toBeInTheDocument();
    }
    expect(get).not.toHaveBeenCalled();
  });

  it("Cobranza staff get collect, edit and problem on the installments that allow them", () => {
    renderView(["payments.read", "payments.create", "payments.edit"]);
    expect(screen.getByRole("button", { name: "Cobrar pago 2" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Cobrar pago 1" })).not.toBeInTheDocument(); // paid
    expect(screen.queryByRole("button", { name: "Cobrar pago 3" })).not.toBeInTheDocument(); // cancelled
    expect(screen.getByRole("button", { name: "Editar pago 1" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Editar pago 3" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Reestructurar" })).not.toBeInTheDocument();
  });

  it("restructure shows disabled with the server's reason when refused", async () => {
    renderView(["payments.read", "payments.restructure"]);
    expect(await screen.findByText("No se puede reestructurar: El pago 2 tiene abonos aplicados.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Reestructurar" })).toBeDisabled();
  });

  it("the screen opens with payments.read only", () => {
    expect(canOpen(user(["payments.read"]), SCREENS.payments)).toBe(true);
    expect(canOpen(user(["policies.read"]), SCREENS.payments)).toBe(false);
  });
});
