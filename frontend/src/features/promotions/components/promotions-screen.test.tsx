import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { type Me, useSessionStore } from "@/features/auth/api/session-store";

import { PromotionsScreen } from "./promotions-screen";

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
Element.prototype.hasPointerCapture ??= () => false;
Element.prototype.releasePointerCapture ??= () => {};
Element.prototype.scrollIntoView ??= () => {};

let search = new URLSearchParams();
vi.mock("next/navigation", () => ({
  useSearchParams: () => search,
  useRouter: () => ({ replace: vi.fn(), push: vi.fn() }),
  usePathname: () => "/cobranza/promociones",
}));

const get = vi.fn();
vi.mock("@/lib/api", async () => {
  const { unwrap, ApiError } = await import("@protegrt/api-client");
  return { api: { GET: (...a: unknown[]) => get(...a) }, unwrap, ApiError };
});

const ok = (data: unknown) => Promise.resolve({ data, response: new Response(null, { status: 200 }) });

const promotion = {
  id: 3,
  code: "BUENFIN25",
  name: "Buen Fin",
  description: null,
  starts_on: "2026-11-13",
  ends_on: "2026-11-30",
  is_active: true,
  stackable: false,
  usage_limit_total: 500,
  usage_limit_per_client: 1,
  status: "current",
  uses: 12,
  total_discount: "5040.00",
  rules: [
    {
      id: 8,
      benefit_type: "percentage",
      value: "10.00",
      conditions: { coverage_ids: [1, 2], payment_plans: ["monthly_7"], new_or_renewal: "new" },
      priority: 0,
      benefit: "10 % de descuento sobre la prima total",
    },
    { id: 9, benefit_type: "zero_down_payment", value: "0.00", conditions: {}, priority: 1, benefit: "Enganche cero" },
  ],
  created_at: "2026-11-01T00:00:00Z",
  updated_at: "2026-11-01T00:00:00Z",
};

function signIn(permissions: string[]) {
  useSessionStore.setState({
    status: "authenticated",
    accessToken: "t",
    user: { id: 1, username: "u", full_name: "U", is_admin: false, permissions } as unknown as Me,
  });
}

function renderScreen() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <PromotionsScreen />
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  search = new URLSearchParams();
  get.mockReset();
  get.mockImplementation((path: string) => {
    if (path === "/api/v1/promotions/summary") return ok({ current: 2, scheduled: 1, expired: 4, inactive: 0, uses_today: 3, total_discount: "12345.50" });
    if (path === "/api/v1/promotions/{promotion_id}/applications") {
      return ok({
        items: [
          {
            id: 70,
            promotion_id: 3,
            promotion_code: "BUENFIN25",
            rule_id: 8,
            policy_id: 41,
            discount: "420.00",
            changes: [],
            referrer_policy_id: null,
            referred_policy_id: null,
            applied_at: "2026-11-20T18:05:00Z",
            applied_by_user_id: 1,
            reverted_at: null,
            reverted_by_user_id: null,
          },
        ],
        total: 1,
        page: 1,
        size: 10,
      });
    }
    return ok({ items: [promotion], total: 1, page: 1, size: 25 });
  });
});

describe("PromotionsScreen", { timeout: 30_000 }, () => {
  it("shows the KPIs and the list, read-only without promotions.edit", async () => {
    signIn(["promotions.read"]);
    renderScreen();
    const kpis = await screen.findByLabelText("Indicadores de promociones");
    expect(await within(kpis).findByText("$12,345.50")).toBeInTheDocument();
    expect(within(kpis).getByText("Usos hoy").nextSibling).toHaveTextContent("3");
    const table = await screen.findByRole("table", { name: "Promociones" });
    const row = (await within(table).findByText("BUENFIN25")).closest("tr")!;
    expect(row).toHaveTextContent("10 % de descuento sobre la prima total");
    expect(row).toHaveTextContent("Enganche cero");
    expect(row).toHaveTextContent("2 coberturas · Formas de pago: 7 mensualidades · Solo pólizas nuevas");
    expect(row).toHaveTextContent("13/11/2026 – 30/11/2026");
    expect(row).toHaveTextContent("12 / 500");
    expect(row).toHaveTextContent("$5,040.00");
    expect(row).toHaveTextContent("Vigente");
    expect(screen.queryByRole("button", { name: "Nueva promoción" })).toBeNull();
    expect(within(row).queryByRole("button", { name: "Desactivar BUENFIN25" })).toBeNull();
    expect(within(row).getByRole("button", { name: "Simular BUENFIN25" })).toBeInTheDocument();
  });

  it("offers editing to promotions.edit and opens the usage history", async () => {
    signIn(["promotions.read", "promotions.edit"]);
    const user = userEvent.setup();
    renderScreen();
    const table = await screen.findByRole("table", { name: "Promociones" });
    await within(table).findByText("BUENFIN25");
    expect(screen.getByRole("button", { name: "Nueva promoción" })).toBeInTheDocument();
    expect(within(table).getByRole("button", { name: "Desactivar BUENFIN25" })).toBeInTheDocument();
    await user.click(within(table).getByRole("button", { name: "Historial de uso de BUENFIN25" }));
    const dialog = await screen.findByRole("dialog", { name: "Historial de uso" });
    const history = await within(dialog).findByRole("table", { name: "Historial de uso" });
    const row = (await within(history).findByText("$420.00")).closest("tr")!;
    expect(row).toHaveTextContent("20/11/2026 12:05");
    expect(row).toHaveTextContent("10 % de descuento sobre la prima total");
    expect(within(row).getByRole("link")).toHaveAttribute("href", "/polizas/41");
  });
});
