import { render, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { useSessionStore } from "@/features/auth/api/session-store";
import type { ListParams } from "@/lib/list-params";

import { ReceiptsList } from "./receipts-list";

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const base = {
  prefix: "C",
  kind: "paper" as const,
  batch_id: 1,
  collector_code: "C1",
  collector_name: "Juan Pérez",
  at_office: false,
  payment_id: null,
  policy_id: null,
  policy_folio: null,
  assigned_at: "2026-11-20T17:00:00Z",
  used_at: null,
  delivered_at: null,
  lost_at: null,
  cancelled_at: null,
  skipped_at: null,
  skipped_confirmed_at: null,
  loss_due_at: null,
  notes: null,
};

const rows = [
  { ...base, id: 1, number: "C0001", status: "assigned" as const, collector_id: 7 },
  {
    ...base,
    id: 2,
    number: "C0002",
    status: "assigned" as const,
    collector_id: 7,
    skipped_at: "2026-11-25T17:00:00Z",
    skipped_confirmed_at: "2026-11-26T17:00:00Z",
    loss_due_at: "2026-11-29T18:30:00Z",
  },
  { ...base, id: 3, number: "C0003", status: "used" as const, collector_id: 7, payment_id: 55, policy_id: 9, policy_folio: 1234, used_at: "2026-11-27T18:00:00Z" },
];

vi.mock("../api/queries", () => ({
  useReceipts: () => ({ data: { items: rows, total: 3, page: 1, size: 25 }, isPending: false, isFetching: false, error: null }),
  useMarkLost: () => ({ mutate: vi.fn(), reset: vi.fn(), isPending: false, error: null }),
  useCancelReceipt: () => ({ mutate: vi.fn(), reset: vi.fn(), isPending: false, error: null }),
}));

const params: ListParams = { page: 1, size: 25, sort: "number", q: "", filters: {} };

function renderAs(permissions: string[]) {
  useSessionStore.setState({ user: { is_admin: false, permissions } as never });
  return render(<ReceiptsList params={params} update={() => {}} stats={{ totals: {}, holders: [] }} />);
}

describe("ReceiptsList", () => {
  beforeEach(() => useSessionStore.setState({ user: null }));

  it("shows the columns with dd/mm/aaaa dates, the folio link and the loss schedule", () => {
    renderAs(["receipts.read"]);
    const table = screen.getByRole("table", { name: "Recibos" });
    const used = within(table).getByText("C0003").closest("tr") as HTMLElement;
    expect(within(used).getByRole("link", { name: "1234" })).toHaveAttribute("href", "/polizas/9");
    expect(used).toHaveTextContent("#55");
    expect(used).toHaveTextContent("Usado");
    expect(used).toHaveTextContent("27/11/2026");
    expect(used).toHaveTextContent("Papel");
    const skipped = within(table).getByText("C0002").closest("tr") as HTMLElement;
    // 18:30 UTC is 12:30 in Mexico City
    expect(skipped).toHaveTextContent("Extravío programado: 29/11/2026 12:30");
  });

  it("offers no actions to someone who only reads", () => {
    renderAs(["receipts.read"]);
    expect(screen.queryByRole("button", { name: /Acciones del recibo/ })).not.toBeInTheDocument();
  });

  it("offers the actions each receipt's status and the user's permissions allow", () => {
    renderAs(["receipts.read", "receipts.cancel"]);
    expect(screen.getByRole("button", { name: "Acciones del recibo C0001" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Acciones del recibo C0003" })).toBeInTheDocument();
  });
});
