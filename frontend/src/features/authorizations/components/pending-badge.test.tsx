import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { PendingAuthorizationsBadge } from "./pending-badge";

const pending = vi.fn();
vi.mock("../api/queries", () => ({ usePending: (...args: unknown[]) => pending(...args) }));

afterEach(() => {
  cleanup();
  pending.mockReset();
});

const user = { is_admin: false, permissions: ["proposals.read"] };

function counts(total: number) {
  return { data: { counts: { total, proposals_pending: total, proposals_under_review: 0, proposals_stale: 0, submissions_pending: 0, submissions_under_review: 0 } } };
}

describe("PendingAuthorizationsBadge", () => {
  it("shows how many wait for a decision", () => {
    pending.mockReturnValue(counts(3));
    render(<PendingAuthorizationsBadge user={user} />);
    expect(screen.getByTestId("authorizations-badge")).toHaveTextContent("3");
    expect(screen.getByText("3 pendientes de autorizar")).toBeInTheDocument();
    expect(pending).toHaveBeenCalledWith(user);
  });

  it("caps the number and says it in the singular", () => {
    pending.mockReturnValue(counts(120));
    const { rerender } = render(<PendingAuthorizationsBadge user={user} />);
    expect(screen.getByTestId("authorizations-badge")).toHaveTextContent("99+");
    pending.mockReturnValue(counts(1));
    rerender(<PendingAuthorizationsBadge user={user} />);
    expect(screen.getByText("1 pendiente de autorizar")).toBeInTheDocument();
  });

  it("renders nothing when nothing is pending or the count is unknown", () => {
    pending.mockReturnValue(counts(0));
    const { container, rerender } = render(<PendingAuthorizationsBadge user={user} />);
    expect(container).toBeEmptyDOMElement();
    pending.mockReturnValue({ data: undefined });
    rerender(<PendingAuthorizationsBadge user={user} />);
    expect(container).toBeEmptyDOMElement();
  });
});
