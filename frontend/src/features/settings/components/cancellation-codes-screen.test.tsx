import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import { useSessionStore } from "@/features/auth/api/session-store";

import { CancellationCodesScreen } from "./cancellation-codes-screen";

// Radix measures its controls; jsdom has no ResizeObserver.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const CODES = [
  { code: "C1", description: "Falta de pago: el cliente dejó de pagar sus mensualidades.", highlight: false, blocks_renewal: false, is_active: true },
  { code: "C5", description: "Cliente no deseado (fraude, siniestralidad o conducta): no ofrecer renovación.", highlight: true, blocks_renewal: true, is_active: true },
];

vi.mock("@/lib/api", () => ({ api: { GET: vi.fn(), PUT: vi.fn() }, unwrap: vi.fn(async () => CODES) }));

function renderAs(permissions: string[]) {
  useSessionStore.setState({ user: { is_admin: false, permissions } as never });
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <CancellationCodesScreen />
    </QueryClientProvider>,
  );
}

afterEach(() => useSessionStore.setState({ user: null }));

describe("CancellationCodesScreen", () => {
  it("shows C5 in orange, with its renewal block", async () => {
    renderAs(["cancellations.edit_codes"]);
    const c5 = (await screen.findByText("C5")).closest("tr")!;
    expect(c5).toHaveAttribute("data-highlight", "true");
    expect(c5).toHaveClass("bg-orange-50");
    expect(within(c5).getByText("Naranja")).toBeInTheDocument();
    expect(within(c5).getByText("No ofrecer renovación")).toBeInTheDocument();
    expect(screen.getByText("C1").closest("tr")).not.toHaveAttribute("data-highlight");
  });

  it("validates the description in Spanish before saving", async () => {
    const user = userEvent.setup();
    renderAs(["cancellations.edit_codes"]);
    await user.click(await screen.findByRole("button", { name: "Editar C1" }));
    const dialog = await screen.findByRole("dialog", { name: "Editar motivo C1" });
    const text = within(dialog).getByLabelText(/^Descripción/);
    await user.clear(text);
    await user.type(text, "Pago");
    expect(await within(dialog).findByText("Escribe una descripción de al menos 5 caracteres.")).toBeInTheDocument();
  });

  it("offers no edit without cancellations.edit_codes", async () => {
    renderAs(["cancellations.read"]);
    expect(await screen.findByText("C5")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Editar/ })).toBeNull();
  });
});
