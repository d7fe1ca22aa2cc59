import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { Submission } from "../api/queries";
import { SubmissionReview } from "./submissions-view";

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
// Radix Select scrolls its items into view; jsdom lacks these.
Element.prototype.scrollIntoView ??= () => {};
Element.prototype.hasPointerCapture ??= () => false;
Element.prototype.releasePointerCapture ??= () => {};

const approve = vi.fn();
const reject = vi.fn();
const idle = { reset: vi.fn(), isPending: false, error: null };
vi.mock("../api/queries", () => ({
  useSubmission: vi.fn(),
  useSubmissions: vi.fn(),
  useClaimSubmission: () => ({ ...idle, mutate: vi.fn() }),
  useApproveSubmission: () => ({ ...idle, mutate: approve }),
  useRejectSubmission: () => ({ ...idle, mutate: reject }),
  useFileBlob: () => ({ isPending: true }),
}));
vi.mock("@/features/clients/api/queries", () => ({
  useClient: () => ({
    data: {
      full_name: "Rosa Medina Torres",
      vehicles: [{ id: 31, make: "Nissan", model: "Versa", year: 2019, plates: "JAL-123", vehicle_type: "automobile" }],
    },
  }),
}));
vi.mock("@/lib/api", () => ({
  api: { GET: async () => ({ data: { name: "AMPLIA PLUS" } }) },
  unwrap: async (p: Promise<{ data: unknown }>) => (await p).data,
}));

afterEach(() => {
  cleanup();
  approve.mockReset();
  reject.mockReset();
});

const submission: Submission = {
  id: 12,
  seller_employee_id: 8,
  seller_code: "V1",
  seller_name: "Laura Gómez",
  payload: { client_id: 5, vehicle_id: 31, coverage_id: 2, payment_plan: "monthly_7", contract_folio: "C-0099" },
  contract_photo_file_ids: ["7b0c3a9e-0000-4000-8000-000000000001"],
  status: "pending",
  policy_id: null,
  resubmission_of_id: null,
  reviewer_user_id: null,
  claimed_at: null,
  decided_at: null,
  rejection_reason: null,
  corrections: null,
  review_notes: null,
  created_at: "2026-11-28T17:00:00Z",
};
const reviewer = { id: 2, is_admin: false, permissions: ["policies.approve_submission", "clients.read", "coverages.read"] };

function renderReview() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <SubmissionReview submission={submission} user={reviewer} />
    </QueryClientProvider>,
  );
}

describe("SubmissionReview", () => {
  it("shows the seller's capture with client, vehicle and coverage", async () => {
    renderReview();
    expect(screen.getByRole("heading", { name: "Solicitud 12" })).toBeInTheDocument();
    expect(screen.getByText("Rosa Medina Torres")).toBeInTheDocument();
    expect(screen.getByText("Nissan Versa 2019 · Automóvil · JAL-123")).toBeInTheDocument();
    expect(await screen.findByText("AMPLIA PLUS")).toBeInTheDocument();
    expect(screen.getByText("7 mensualidades")).toBeInTheDocument();
  });

  it("approves with optional notes", async () => {
    const user = userEvent.setup();
    renderReview();
    await user.click(screen.getByRole("button", { name: "Aprobar" }));
    const dialog = await screen.findByRole("dialog", { name: "Aprobar póliza enviada" });
    await user.click(within(dialog).getByRole("button", { name: "Aprobar y crear la póliza" }));
    expect(approve).toHaveBeenCalledWith({ notes: null }, expect.anything());
  });

  it("rejects only with a reason and at least one correction", async () => {
    const user = userEvent.setup();
    renderReview();
    await user.click(screen.getByRole("button", { name: "Rechazar con correcciones" }));
    const dialog = await screen.findByRole("dialog", { name: "Rechazar con correcciones" });
    await user.click(within(dialog).getByRole("button", { name: "Rechazar con correcciones" }));
    expect(await within(dialog).findByText("Escribe el motivo del rechazo.")).toBeInTheDocument();
    expect(within(dialog).getByText("Indica al menos una corrección para el vendedor.")).toBeInTheDocument();
    expect(reject).not.toHaveBeenCalled();
    await user.type(within(dialog).getByRole("textbox", { name: /Motivo del rechazo/ }), "Las fotos no se leen");
    await user.click(within(dialog).getByRole("combobox", { name: "Dato a corregir 1" }));
    await user.click(await screen.findByRole("option", { name: "Fotos del contrato" }));
    await user.type(within(dialog).getByRole("textbox", { name: "Qué debe corregir 1" }), "Toma de nuevo el frente del contrato");
    await user.click(within(dialog).getByRole("button", { name: "Rechazar con correcciones" }));
    expect(reject).toHaveBeenCalledWith(
      { reason: "Las fotos no se leen", corrections: { fotos: "Toma de nuevo el frente del contrato" } },
      expect.anything(),
    );
  });
});
