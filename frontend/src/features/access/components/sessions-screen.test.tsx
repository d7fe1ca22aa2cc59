import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import { useSessionStore } from "@/features/auth/api/session-store";
import { api } from "@/lib/api";

import { SessionsScreen } from "./sessions-screen";

const SESSION = {
  id: "6f1c2a7e-1111-4a4a-9999-000000000001",
  user_id: 12,
  username: "cobrador1",
  kind: "mobile",
  app_type: "collector",
  app_version: "1.4.0",
  device_id: "dev-abc",
  ip: "10.8.0.20",
  user_agent: null,
  created_at: "2026-11-28T15:00:00Z",
  last_seen_at: "2026-11-28T17:00:00Z",
  expires_at: "2026-12-28T15:00:00Z",
  revoked_at: null,
  revoked_reason: null,
  active: true,
};

const replace = vi.fn();
vi.mock("next/navigation", () => ({
  useSearchParams: () => new URLSearchParams(),
  useRouter: () => ({ replace }),
  usePathname: () => "/admin/sesiones",
}));
vi.mock("@/lib/api", () => ({
  api: { GET: vi.fn(async () => ({ data: { items: [SESSION], total: 1, page: 1, size: 25 } })), DELETE: vi.fn(async () => ({ data: undefined })) },
  unwrap: vi.fn(async (p: Promise<{ data: unknown }>) => (await p).data),
}));

function renderAs(permissions: string[]) {
  useSessionStore.setState({ user: { id: 1, is_admin: false, permissions } as never });
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <SessionsScreen />
    </QueryClientProvider>,
  );
}

afterEach(() => vi.clearAllMocks());

describe("SessionsScreen", () => {
  it("lists active sessions by default and closes one after confirming", async () => {
    const user = userEvent.setup();
    renderAs(["admin.sessions"]);
    expect(api.GET).toHaveBeenCalledWith("/api/v1/admin/sessions", expect.objectContaining({ params: { query: expect.objectContaining({ active: true }) } }));
    const row = (await screen.findByText("cobrador1")).closest("tr")!;
    expect(within(row).getByText("App de cobranza 1.4.0 · disp. dev-abc")).toBeInTheDocument();
    expect(within(row).getByText("10.8.0.20")).toBeInTheDocument();
    await user.click(within(row).getByRole("button", { name: /^Cerrar la sesión de cobrador1/ }));
    const dialog = await screen.findByRole("dialog", { name: "Cerrar sesión de cobrador1" });
    expect(api.DELETE).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole("button", { name: "Cerrar sesión" }));
    expect(api.DELETE).toHaveBeenCalledWith("/api/v1/admin/sessions/{session_id}", { params: { path: { session_id: SESSION.id } } });
  });

  it("filters by a user from the table, in the URL", async () => {
    const user = userEvent.setup();
    renderAs(["admin.sessions"]);
    await user.click(await screen.findByRole("button", { name: "cobrador1" }));
    expect(replace).toHaveBeenCalledWith(expect.stringMatching(/user_id=12/), { scroll: false });
  });
});
