import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import { CancelPolicyDialog } from "./policy-actions";

// Radix measures its controls; jsdom has no ResizeObserver.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const mutate = vi.fn();
vi.mock("../api/queries", () => ({
  useCancellationCodes: () => ({
    isPending: false,
    data: [{ code: "C1", description: "Venta del vehículo", is_active: true, highlight: false, blocks_renewal: false }],
  }),
  useCancelPolicy: () => ({ mutate, reset: vi.fn(), isPending: false, error: null }),
  useUndoCancellation: vi.fn(),
  useSuspension: vi.fn(),
  useChangeSeller: vi.fn(),
  useSellers: vi.fn(),
}));

afterEach(() => {
  cleanup();
  mutate.mockReset();
});

describe("CancelPolicyDialog", () => {
  it("shows the Spanish validation messages and sends nothing", async () => {
    const user = userEvent.setup();
    render(<CancelPolicyDialog policyId={5} installments={7} open onOpenChange={() => {}} />);
    await user.type(screen.getByRole("textbox", { name: /Explicación/ }), "corto");
    await user.type(screen.getByRole("textbox", { name: /Pagos realizados/ }), "9");
    await user.click(screen.getByRole("button", { name: "Cancelar póliza" }));
    expect(screen.getByText("Elige el motivo de cancelación.")).toBeInTheDocument();
    expect(screen.getByText("El motivo debe tener al menos 10 caracteres.")).toBeInTheDocument();
    expect(screen.getByText("La póliza tiene 7 pagos.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Explicación/ })).toHaveAttribute("aria-invalid", "true");
    expect(mutate).not.toHaveBeenCalled();
  });
});
