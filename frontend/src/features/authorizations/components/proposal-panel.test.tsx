import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { Proposal } from "../api/queries";
import { type PanelUser, ProposalReview } from "./proposal-panel";

// Radix measures its controls; jsdom has no ResizeObserver.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const reject = vi.fn();
const approve = vi.fn();
const claim = vi.fn();
const idle = { reset: vi.fn(), isPending: false, error: null };
vi.mock("../api/queries", () => ({
  useProposal: vi.fn(),
  useClaimProposal: () => ({ ...idle, mutate: claim }),
  useApproveProposal: () => ({ ...idle, mutate: approve }),
  useApproveWithCorrections: () => ({ ...idle, mutate: approve }),
  useRejectProposal: () => ({ ...idle, mutate: reject }),
  useFileBlob: () => ({ isPending: true }),
}));
vi.mock("@/features/policies/api/queries", () => ({
  usePolicy: () => ({ isPending: false, error: null, data: { status: "morosa" } }),
}));

afterEach(() => {
  cleanup();
  reject.mockReset();
  approve.mockReset();
  claim.mockReset();
});

function proposal(overrides: Partial<Proposal> = {}): Proposal {
  return {
    id: 41,
    policy_id: 7,
    folio: 1207,
    client_name: "María López Ruiz",
    payment_id: 90,
    payment_number: 3,
    installment_amount: "850.00",
    due_date: "2026-11-20",
    amount: "800.00",
    method: "cash",
    receipt_number: "A0123",
    receipt_id: null,
    photo_file_id: null,
    latitude: null,
    longitude: null,
    device_id: null,
    local_date: "2026-11-28",
    status: "pending",
    author_employee_id: 5,
    author_code: "C1",
    author_name: "Juan Pérez",
    reviewer_user_id: null,
    claimed_at: null,
    decided_at: null,
    rejection_reason: null,
    corrections: null,
    payment_transaction_id: null,
    created_at: "2026-11-25T16:00:00Z",
    is_stale: true,
    needs_manager: false,
    checks: {
      expected_amount: "850.00",
      recorded_amount: "800.00",
      difference: "-50.00",
      amount_matches: false,
      amount_level: "warning",
      is_partial: true,
      receipt_result: "used_on_other_policy",
      receipt_message: "El recibo A0123 ya se usó en la póliza 1100.",
      receipt_level: "critical",
      installment_status: "late",
      days_late: 8,
    },
    ...overrides,
  };
}

const auxiliar: PanelUser = {
  id: 3,
  is_admin: false,
  permissions: ["proposals.read", "proposals.approve", "proposals.reject"],
  departments: [{ code: "cobranza", is_manager: false }],
};
const manager: PanelUser = {
  id: 4,
  is_admin: false,
  permissions: ["proposals.read", "proposals.approve", "proposals.reject"],
  departments: [{ code: "cobranza", is_manager: true }],
};

describe("ProposalReview", () => {
  it("shows the automatic checks, the 48 h flag and the policy's status", () => {
    render(<ProposalReview proposal={proposal()} user={auxiliar} threshold="5000.00" />);
    const checks = screen.getByRole("list", { name: "Revisiones automáticas" });
    expect(within(checks).getByText(/Registrado \$800\.00 contra \$850\.00 esperado \(diferencia -\$50\.00\)\. Es un abono parcial\./)).toBeInTheDocument();
    expect(within(checks).getByText(/Recibo usado en otra póliza: El recibo A0123 ya se usó en la póliza 1100\./)).toBeInTheDocument();
    expect(checks.querySelector('[data-level="critical"]')).not.toBeNull();
    expect(checks.querySelector('[data-level="warning"]')).not.toBeNull();
    expect(screen.getByText("Más de 48 h sin revisar")).toBeInTheDocument();
    expect(screen.getByText("El pago tenía 8 días de atraso al cobrarse.")).toBeInTheDocument();
    expect(screen.getByTestId("policy-status")).toHaveTextContent("Morosa");
    expect(screen.getByText("El cobrador no adjuntó foto.")).toBeInTheDocument();
    // One at a time: there is no bulk approval.
    expect(screen.queryByRole("button", { name: /todas/i })).toBeNull();
  });

  it("requires a reason in Spanish before rejecting", async () => {
    const user = userEvent.setup();
    render(<ProposalReview proposal={proposal()} user={auxiliar} threshold="5000.00" />);
    await user.click(screen.getByRole("button", { name: "Rechazar" }));
    const dialog = await screen.findByRole("dialog", { name: "Rechazar propuesta" });
    await user.click(within(dialog).getByRole("button", { name: "Rechazar propuesta" }));
    expect(await within(dialog).findByText("Escribe el motivo del rechazo.")).toBeInTheDocument();
    const reason = within(dialog).getByRole("textbox", { name: /Motivo del rechazo/ });
    expect(reason).toHaveAttribute("aria-invalid", "true");
    await user.type(reason, "no");
    expect(await within(dialog).findByText("El motivo debe tener al menos 5 caracteres.")).toBeInTheDocument();
    expect(reject).not.toHaveBeenCalled();
    await user.type(reason, " coincide el recibo");
    await user.click(within(dialog).getByRole("button", { name: "Rechazar propuesta" }));
    expect(reject).toHaveBeenCalledWith({ reason: "no coincide el recibo" }, expect.anything());
  });

  it("disables approval of a high amount for a non-manager and says why", () => {
    render(<ProposalReview proposal={proposal({ amount: "5200.00", needs_manager: true })} user={auxiliar} threshold="5000.00" />);
    const rule = "Las propuestas de $5,000.00 o más requieren la aprobación de un gerente de Cobranza.";
    expect(screen.getByRole("button", { name: "Aprobar" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Corregir y aprobar" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Aprobar" })).toHaveAccessibleDescription(rule);
    expect(screen.getByText(rule)).toBeInTheDocument();
    // Rejecting stays possible.
    expect(screen.getByRole("button", { name: "Rechazar" })).toBeEnabled();
  });

  it("lets a Cobranza manager approve a high amount", async () => {
    const user = userEvent.setup();
    render(<ProposalReview proposal={proposal({ amount: "5200.00", needs_manager: true })} user={manager} threshold="5000.00" />);
    const button = screen.getByRole("button", { name: "Aprobar" });
    expect(button).toBeEnabled();
    await user.click(button);
    const dialog = await screen.findByRole("dialog", { name: "Aprobar propuesta" });
    await user.click(within(dialog).getByRole("button", { name: "Aprobar y aplicar el pago" }));
    expect(approve).toHaveBeenCalledWith({ notes: null }, expect.anything());
  });

  it("hides the actions once decided and shows the reason", () => {
    render(
      <ProposalReview
        proposal={proposal({ status: "rejected", rejection_reason: "Recibo equivocado", decided_at: "2026-11-26T18:00:00Z", is_stale: false })}
        user={manager}
        threshold="5000.00"
      />,
    );
    expect(screen.queryByRole("button", { name: "Aprobar" })).toBeNull();
    expect(screen.getByText("Recibo equivocado")).toBeInTheDocument();
    expect(screen.getByTestId("proposal-status")).toHaveTextContent("Rechazada");
  });
});
