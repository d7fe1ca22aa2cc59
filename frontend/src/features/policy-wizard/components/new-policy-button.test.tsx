import { render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { type Me, useSessionStore } from "@/features/auth/api/session-store";
import { PoliciesList } from "@/features/policies/components/policies-list";

vi.mock("next/navigation", () => ({
  useRouter: () => ({ push: vi.fn(), replace: vi.fn() }),
  usePathname: () => "/polizas",
  useSearchParams: () => new URLSearchParams(),
}));

vi.mock("@/features/policies/api/queries", () => ({
  usePolicies: () => ({ data: { items: [], total: 0 }, isPending: false, isFetching: false, error: null }),
  useSellers: () => ({ data: undefined }),
  exportPolicies: vi.fn(),
  saveBlob: vi.fn(),
}));

const me = (permissions: string[]): Me =>
  ({
    id: 1,
    username: "u",
    full_name: "Usuario",
    employee_id: 1,
    employee_code: null,
    is_admin: false,
    roles: [],
    departments: [],
    flags: { is_seller: false, is_collector: false, is_adjuster: false },
    permissions,
    totp_enabled: false,
    must_change_password: false,
  }) as Me;

describe("Nueva póliza on the policies list", () => {
  beforeEach(() => useSessionStore.setState({ status: "authenticated", accessToken: "t" }));

  it("is a link to the wizard for who may create policies", () => {
    useSessionStore.setState({ user: me(["policies.read", "policies.create"]) });
    render(<PoliciesList />);
    expect(screen.getByRole("link", { name: "Nueva póliza" })).toHaveAttribute("href", "/polizas/nueva");
  });

  it("is not there without policies.create", () => {
    useSessionStore.setState({ user: me(["policies.read"]) });
    render(<PoliciesList />);
    expect(screen.queryByRole("link", { name: "Nueva póliza" })).not.toBeInTheDocument();
  });
});
