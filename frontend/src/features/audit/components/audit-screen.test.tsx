import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import { useSessionStore } from "@/features/auth/api/session-store";
import { api } from "@/lib/api";

import { AuditScreen, recordHistoryHref } from "./audit-screen";

const PAGE = {
  items: [
    {
      id: 91,
      occurred_at: "2026-11-28T18:05:00Z",
      user_id: 1,
      username: "admin",
      table_name: "policy",
      record_id: "123",
      action: "update",
      before: { status: "active", seller_id: 4 },
      after: { status: "suspended", seller_id: 4 },
      ip: "10.8.0.5",
      device_id: null,
      user_agent: null,
      request_id: "req-1",
    },
  ],
  total: 1,
  page: 1,
  size: 50,
};

const replace = vi.fn();
let search = new URLSearchParams();
vi.mock("next/navigation", () => ({
  useSearchParams: () => search,
  useRouter: () => ({ replace }),
  usePathname: () => "/admin/bitacora",
}));
vi.mock("@/lib/api", () => ({ api: { GET: vi.fn(async () => ({ data: PAGE })) }, unwrap: vi.fn(async (p: Promise<{ data: unknown }>) => (await p).data) }));

function renderScreen(query: string) {
  search = new URLSearchParams(query);
  useSessionStore.setState({ user: { is_admin: false, permissions: ["audit.read"] } as never });
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <AuditScreen />
    </QueryClientProvider>,
  );
}

afterEach(() => {
  vi.mocked(api.GET).mockClear();
  replace.mockClear();
});

describe("AuditScreen", () => {
  it("is a record's history when the URL names a table and a record id", async () => {
    renderScreen("table=policy&record_id=123");
    expect(screen.getByText("Historial del registro: Póliza #123")).toBeInTheDocument();
    const table = await screen.findByRole("table", { name: "Bitácora" });
    expect(await within(table).findByText("Estatus")).toBeInTheDocument();
    expect(api.GET).toHaveBeenCalledWith(
      "/api/v1/admin/audit",
      expect.objectContaining({ params: { query: expect.objectContaining({ table: "policy", record_id: "123", page: 1, size: 50 }) } }),
    );
    expect(recordHistoryHref("policy", 123)).toBe("/admin/bitacora?table=policy&record_id=123");
  });

  it("opens the before/after of a row in a side panel", async () => {
    const user = userEvent.setup();
    renderScreen("");
    await user.click(await screen.findByRole("button", { name: "Ver cambios del registro 91" }));
    const panel = await screen.findByRole("dialog", { name: "Cambio · Póliza #123" });
    const row = within(panel).getByRole("rowheader", { name: /^Estatus/ }).closest("tr")!;
    expect(row).toHaveAttribute("data-status", "changed");
    expect(within(row).getAllByRole("cell").map((c) => c.textContent)).toEqual(["active", "suspended"]);
    expect(within(panel).getByRole("rowheader", { name: /^Vendedor/ }).closest("tr")).toHaveAttribute("data-status", "same");
  });

  it("keeps the filters in the URL and refuses an inverted date range", async () => {
    const user = userEvent.setup();
    renderScreen("date_from=2026-11-20&date_to=2026-11-10");
    expect(screen.getByText("La fecha final no puede ser anterior a la inicial.")).toBeInTheDocument();
    expect(api.GET).toHaveBeenCalledWith("/api/v1/admin/audit", expect.objectContaining({ params: { query: expect.objectContaining({ date_from: null, date_to: null }) } }));
    await user.click(await screen.findByRole("button", { name: "admin" }));
    expect(replace).toHaveBeenCalledWith(expect.stringMatching(/user_id=1&username=admin|username=admin.*user_id=1/), { scroll: false });
  });
});

describe("AuditScreen text filters", () => {
  it("never writes back a filter cleared from elsewhere", async () => {
    const user = userEvent.setup();
    renderScreen("table=app_setting&record_id=endorsement_fee");
    await user.click(screen.getByRole("button", { name: "Ver toda la bitácora" }));
    expect(replace).toHaveBeenLastCalledWith("/admin/bitacora", { scroll: false });
    replace.mockClear();
    await new Promise((r) => setTimeout(r, 600));
    expect(replace).not.toHaveBeenCalled();
  });

  it("writes a typed filter to the URL once typing stops", async () => {
    const user = userEvent.setup();
    renderScreen("");
    await user.type(screen.getByLabelText("ID del registro"), "77");
    await waitFor(() => expect(replace).toHaveBeenCalledWith("/admin/bitacora?record_id=77", { scroll: false }));
  });
});
