import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type * as React from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { RestructureDialog, ReverseDialog } from "./payment-actions";
import { fail, ok } from "./test-fixtures";

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
Element.prototype.hasPointerCapture ??= () => false;
Element.prototype.releasePointerCapture ??= () => {};
Element.prototype.scrollIntoView ??= () => {};

const get = vi.fn();
const post = vi.fn();
vi.mock("@/lib/api", async () => {
  const { unwrap } = await import("@protegrt/api-client");
  return { api: { GET: (...a: unknown[]) => get(...a), POST: (...a: unknown[]) => post(...a) }, unwrap };
});

function wrap(ui: React.ReactElement) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>);
}

const entry = {
  id: 40,
  payment_id: 22,
  payment_number: 2,
  kind: "payment" as const,
  kind_label: "Pago",
  source: "counter" as const,
  label: "Pago 2",
  amount: "1900.00",
  method: "cash" as const,
  receipt_id: 3,
  receipt_number: "A0123",
  paid_date: "2026-11-20",
  collector_id: null,
  collector_label: null,
  partial_payment_id: null,
  proposal_id: null,
  reverses_id: null,
  reversed_by_id: null,
  reason: null,
  created_by_user_id: 1,
  created_at: "2026-11-20T17:00:00Z",
};

beforeEach(() => {
  get.mockReset();
  post.mockReset();
});

describe("ReverseDialog", () => {
  it("asks for a reason, offers the receipt's two fates and shows the server's refusal", async () => {
    const user = userEvent.setup();
    wrap(<ReverseDialog entry={entry} open onOpenChange={() => {}} />);
    await user.click(screen.getByRole("button", { name: "Revertir" }));
    expect(await screen.findByText("Escribe el motivo.")).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: /Devolverlo/ })).toBeChecked();
    await user.click(screen.getByRole("radio", { name: /Cancelarlo/ }));
    await user.type(screen.getByRole("textbox", { name: /Motivo/ }), "Se registró en la póliza equivocada");
    post.mockReturnValueOnce(fail(409, "REVERSE_LATER_FIRST", "Revierte primero el movimiento 41 de esta mensualidad (el más reciente)."));
    await user.click(screen.getByRole("button", { name: "Revertir" }));
    expect(await screen.findByText("Revierte primero el movimiento 41 de esta mensualidad (el más reciente).")).toBeInTheDocument();
    const [path, init] = post.mock.calls[0] as [string, { params: { path: { transaction_id: number } }; body: object }];
    expect(path).toBe("/api/v1/payments/transactions/{transaction_id}/reverse");
    expect(init.params.path.transaction_id).toBe(40);
    expect(init.body).toEqual({ reason: "Se registró en la póliza equivocada", receipt_mode: "cancel" });
  });
});

describe("RestructureDialog", () => {
  const preview = {
    policy_id: 7,
    eligible: true,
    reasons: [],
    installments: 6,
    basis: "2300.00",
    paid_total: "1900.00",
    plan_before: "cash_2_installments",
    plan_after: "monthly_7",
    is_restructured_after: false,
    prima_total_after: "4200.00",
    cancelled: [{ payment_number: 2, due_date: "2026-12-15", amount: "1900.00" }],
    new_installments: [3, 4, 5, 6, 7, 8].map((n, k) => ({
      payment_number: n,
      due_date: `2027-0${k + 1}-15`,
      amount: n === 8 ? "383.35" : "383.33",
    })),
  };

  it("shows the schedule before and after, then confirms", async () => {
    const user = userEvent.setup();
    get.mockImplementation(() => ok(preview));
    post.mockReturnValueOnce(ok(preview));
    const onOpenChange = vi.fn();
    wrap(<RestructureDialog policyId={7} folio={1042} open onOpenChange={onOpenChange} />);
    const before = await screen.findByRole("table", { name: "Mensualidades que se cancelan" });
    expect(within(before).getByText("$1,900.00")).toBeInTheDocument();
    const after = screen.getByRole("table", { name: "Cuotas nuevas" });
    expect(within(after).getAllByRole("row")).toHaveLength(7);
    expect(within(after).getByText("$383.35")).toBeInTheDocument();
    expect(screen.getByText("Contado en 2 pagos → 7 mensualidades")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Confirmar reestructura" }));
    await vi.waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
    expect((post.mock.calls[0] as [string, { body: object }])[1].body).toEqual({ installments: 6 });
  });

  it("is disabled with the server's reasons when not allowed", async () => {
    get.mockImplementation(() => ok({ ...preview, eligible: false, reasons: ["El pago 2 tiene más de 5 días de atraso."] }));
    wrap(<RestructureDialog policyId={7} folio={1042} open onOpenChange={() => {}} />);
    expect(await screen.findByText("El pago 2 tiene más de 5 días de atraso.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Confirmar reestructura" })).toBeDisabled();
  });
});
