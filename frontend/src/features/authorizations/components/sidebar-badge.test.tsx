import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { SidebarNav } from "@/features/shell/components/sidebar";

vi.mock("next/navigation", () => ({ usePathname: () => "/cobranza/autorizaciones" }));
const get = vi.fn();
vi.mock("@/lib/api", () => ({
  api: { GET: (...args: unknown[]) => get(...args) },
  unwrap: async (p: Promise<{ data: unknown }>) => (await p).data,
}));

afterEach(() => {
  cleanup();
  get.mockReset();
});

function renderNav(user: { is_admin: boolean; permissions: string[] }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <SidebarNav user={user} />
    </QueryClientProvider>,
  );
}

describe("the Autorizaciones menu item", () => {
  it("carries the pending count from /authorization/pending", async () => {
    get.mockResolvedValue({
      data: {
        counts: { total: 4, proposals_pending: 3, proposals_under_review: 0, proposals_stale: 1, submissions_pending: 1, submissions_under_review: 0 },
        stale_hours: 48,
        manager_threshold: "5000.00",
        proposals: [],
        submissions: [],
      },
    });
    renderNav({ is_admin: false, permissions: ["proposals.read"] });
    const nav = screen.getByRole("navigation", { name: "Menú principal" });
    const link = within(nav).getByRole("link", { name: /Autorizaciones/ });
    expect(link).toHaveAttribute("aria-current", "page");
    expect(await within(link).findByTestId("authorizations-badge")).toHaveTextContent("4");
    expect(get).toHaveBeenCalledWith("/api/v1/authorization/pending", expect.anything());
  });

  it("is not shown, nor asked for, without a reviewer's permission", () => {
    renderNav({ is_admin: false, permissions: ["policies.read"] });
    const nav = screen.getByRole("navigation", { name: "Menú principal" });
    expect(within(nav).queryByRole("link", { name: /Autorizaciones/ })).toBeNull();
    expect(get).not.toHaveBeenCalled();
  });
});
