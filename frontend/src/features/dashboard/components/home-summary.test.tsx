import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { Me } from "@/features/auth/api/session-store";

import { SUMMARY_REFRESH_MS, type DashboardSummary } from "../api/queries";
import { HomeSummary, recentActivity, statusHref } from "./home-summary";

const get = vi.fn();
vi.mock("@/lib/api", async () => {
  const { unwrap } = await import("@protegrt/api-client");
  return { api: { GET: (...args: unknown[]) => get(...args) }, unwrap };
});

const ok = (data: unknown) => Promise.resolve({ data, response: new Response(null, { status: 200 }) });

function me(permissions: string[], extra: Partial<Me> = {}): Me {
  return { id: 1, employee_id: 42, username: "u", full_name: "Ana Gómez", is_admin: false, permissions, ...extra } as unknown as Me;
}

const byStatus = (counts: Record<string, number>) =>
  ["active", "pending", "morosa", "pre_effective", "suspended", "cancelled", "expired"].map((status) => ({
    status,
    count: counts[status] ?? 0,
  }));

function summary(extra: Partial<DashboardSummary> = {}): DashboardSummary {
  return {
    as_of: "2026-11-28",
    generated_at: "2026-11-28T18:00:00Z",
    own_only: false,
    policies: {
      by_status: byStatus({ active: 1234, pending: 5, morosa: 7, cancelled: 2 }),
      total: 1248,
      new_today: 3,
      recent: [
        {
          id: 11,
          folio: 1501,
          client_id: 9,
          client_name: "Luis Ramírez",
          status: "pending",
          prima_total: "4200.00",
          created_at: "2026-11-28T17:00:00Z",
        },
      ],
    },
    payments: {
      received_today: 4,
      received_today_total: "12345.5",
      recent: [
        {
          id: 70,
          policy_id: 12,
          folio: 1400,
          client_name: "Marta Ruiz",
          payment_number: 2,
          kind: "partial",
          amount: "250.00",
          method: "cash",
          created_at: "2026-11-28T17:30:00Z",
          reversed: false,
        },
      ],
    },
    cancellations: {
      today: 1,
      recent: [
        {
          id: 5,
          policy_id: 13,
          folio: 1300,
          client_name: "Pedro Sosa",
          code: "C2",
          cancelled_at: "2026-11-28T16:00:00Z",
          undone: false,
        },
      ],
    },
    proposals: { pending: 6, stale: 2, stale_hours: 48 },
    ...extra,
  } as DashboardSummary;
}

function renderHome(user: Me) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <HomeSummary user={user} />
    </QueryClientProvider>,
  );
}

afterEach(() => {
  cleanup();
  get.mockReset();
  vi.useRealTimers();
});

describe("HomeSummary", () => {
  it("shows every section to an admin, with MXN and the status colours linking to the list", async () => {
    get.mockReturnValue(ok(summary()));
    renderHome(me([], { is_admin: true }));
    const statuses = await screen.findByRole("list", { name: "Pólizas por estatus" });
    const active = within(statuses).getByRole("link", { name: "Vigente: 1,234" });
    expect(active).toHaveAttribute("href", "/polizas?status=active");
    expect(within(active).getByText("Vigente")).toHaveClass("bg-emerald-50");
    expect(within(statuses).getByRole("link", { name: "Morosa: 7" })).toHaveAttribute("href", "/polizas?status=morosa");
    expect(within(statuses).getByText("Cancelada")).toHaveClass("bg-red-50");
    expect(screen.getByText("Todas las pólizas: 1,248")).toBeInTheDocument();

    const payments = screen.getByTestId("stat-Pagos recibidos");
    expect(payments).toHaveTextContent("4");
    expect(payments).toHaveTextContent("$12,345.50 MXN");
    expect(screen.getByTestId("stat-Pólizas nuevas")).toHaveTextContent("3");
    expect(screen.getByTestId("stat-Cancelaciones")).toHaveTextContent("1");
    expect(screen.getByTestId("stat-Propuestas por autorizar")).toHaveTextContent("2 con más de 48 h");

    const recent = screen.getByRole("list", { name: "Actividad reciente" });
    const rows = within(recent).getAllByRole("link");
    // newest first: the abono (17:30 Z), the policy (17:00 Z), the cancellation (16:00 Z)
    expect(rows[0]).toHaveTextContent("Abono: $250.00 · Póliza 1400");
    expect(rows[0]).toHaveTextContent("28/11/2026 11:30");
    expect(rows[1]).toHaveAttribute("href", "/polizas/11");
    expect(rows[2]).toHaveTextContent("Cancelación: Póliza 1300 · C2");
    expect(get).toHaveBeenCalledWith("/api/v1/dashboard/summary", expect.anything());
  });

  it("shows a seller only the seller's sections, linking to their own policies", async () => {
    get.mockReturnValue(ok(summary({ own_only: true, cancellations: null, proposals: null })));
    renderHome(me(["policies.read", "policies.read_own", "payments.read"]));
    const statuses = await screen.findByRole("list", { name: "Pólizas por estatus" });
    expect(within(statuses).getByRole("link", { name: "Pendiente: 5" })).toHaveAttribute(
      "href",
      "/polizas?status=pending&seller_id=42",
    );
    expect(screen.getByText("Tus pólizas: 1,248")).toBeInTheDocument();
    expect(screen.getByTestId("stat-Pagos recibidos")).toBeInTheDocument();
    expect(screen.queryByTestId("stat-Cancelaciones")).toBeNull();
    expect(screen.queryByTestId("stat-Propuestas por autorizar")).toBeNull();
    expect(screen.queryByText(/Cancelación:/)).toBeNull();
  });

  it("never shows a section the user may not read, even if it arrives", async () => {
    get.mockReturnValue(ok(summary()));
    renderHome(me(["policies.read"]));
    await screen.findByRole("list", { name: "Pólizas por estatus" });
    expect(screen.queryByTestId("stat-Pagos recibidos")).toBeNull();
    expect(screen.queryByTestId("stat-Cancelaciones")).toBeNull();
    expect(screen.queryByTestId("stat-Propuestas por autorizar")).toBeNull();
    expect(screen.queryByText(/Abono:/)).toBeNull();
  });

  it("links the proposals to the authorizations screen for whoever may open it", async () => {
    get.mockReturnValue(ok(summary()));
    renderHome(me(["policies.read", "proposals.read"]));
    const stat = await screen.findByTestId("stat-Propuestas por autorizar");
    expect(within(stat).getByRole("link", { name: "Ir a autorizaciones" })).toHaveAttribute("href", "/cobranza/autorizaciones");
  });

  it("asks nothing of a user without any of the read permissions", () => {
    renderHome(me(["hr.my_vacations"]));
    expect(get).not.toHaveBeenCalled();
    expect(screen.queryByRole("list")).toBeNull();
  });

  it("says so in Spanish when the summary cannot load, and retries on demand", async () => {
    get.mockReturnValueOnce(
      Promise.resolve({
        error: { error: "INTERNAL", detail: "Error interno." },
        response: new Response(null, { status: 500 }),
      }),
    );
    get.mockReturnValue(ok(summary()));
    const user = userEvent.setup();
    renderHome(me([], { is_admin: true }));
    expect(await screen.findByText(/No se pudo cargar el resumen/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Reintentar" }));
    expect(await screen.findByRole("list", { name: "Pólizas por estatus" })).toBeInTheDocument();
  });

  it("refreshes every five minutes", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    get.mockReturnValue(ok(summary()));
    renderHome(me([], { is_admin: true }));
    await screen.findByRole("list", { name: "Pólizas por estatus" });
    expect(get).toHaveBeenCalledTimes(1);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(SUMMARY_REFRESH_MS);
    });
    await waitFor(() => expect(get).toHaveBeenCalledTimes(2));
  });
});

describe("home helpers", () => {
  it("builds the list links", () => {
    expect(statusHref("morosa", null)).toBe("/polizas?status=morosa");
    expect(statusHref("active", 7)).toBe("/polizas?status=active&seller_id=7");
  });

  it("merges the recent activity newest first and keeps a limit", () => {
    const s = summary();
    const items = recentActivity({ policies: s.policies, payments: s.payments, cancellations: s.cancellations, proposals: null }, 2);
    expect(items.map((i) => i.key)).toEqual(["payment-70", "policy-11"]);
  });
});
