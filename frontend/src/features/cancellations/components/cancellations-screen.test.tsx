import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { type Me, useSessionStore } from "@/features/auth/api/session-store";

import type { CancellationDetail } from "../api/queries";
import { CancellationsScreen } from "./cancellations-screen";
import { DetailBody } from "./cancellation-detail-sheet";

// Radix measures its controls and scrolls/captures the pointer; jsdom has none of it.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
Element.prototype.hasPointerCapture ??= () => false;
Element.prototype.releasePointerCapture ??= () => {};
Element.prototype.scrollIntoView ??= () => {};

const replace = vi.fn();
let search = new URLSearchParams();
vi.mock("next/navigation", () => ({
  useSearchParams: () => search,
  useRouter: () => ({ replace, push: vi.fn() }),
  usePathname: () => "/cobranza/cancelaciones",
}));

const get = vi.fn();
const post = vi.fn();
vi.mock("@/lib/api", async () => {
  const { unwrap, ApiError } = await import("@protegrt/api-client");
  return { api: { GET: (...args: unknown[]) => get(...args), POST: (...args: unknown[]) => post(...args) }, unwrap, ApiError };
});

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

const row = (id: number, extra: Partial<CancellationDetail> = {}): CancellationDetail => ({
  id,
  policy_id: 100 + id,
  folio: 5000 + id,
  client_id: 7,
  client_name: `Ana Gómez ${id}`,
  // 03:00 UTC is still the 27th in Mexico City (and already the 28th in Tokyo, the tests' zone).
  cancelled_at: "2026-11-28T03:00:00Z",
  reason: "El cliente vendió el vehículo",
  code: "C1",
  code_description: "Venta del vehículo",
  highlight: false,
  payments_made: 3,
  installments_cancelled: 4,
  notes: "Llamar antes de visitar",
  notify_seller: true,
  notify_collector: false,
  notify_client: true,
  seller_notified_at: "2026-11-28T04:10:00Z",
  collector_notified_at: null,
  client_notified_at: null,
  cancelled_by_user_id: 2,
  undone_at: null,
  undone_by_user_id: null,
  undo_reason: null,
  snapshot: {
    policy: { status: "active", status_reason: null },
    payments: [
      { id: 11, number: 4, status: "pending" },
      { id: 12, number: 5, status: "late" },
    ],
    card: { id: 3, holder: "collector", holder_employee_id: 9, status: "active" },
  },
  ...extra,
});

const ok = (data: unknown) => Promise.resolve({ data, response: new Response(null, { status: 200 }) });

function renderWith(ui: React.ReactElement) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>);
}

beforeEach(() => {
  search = new URLSearchParams();
  replace.mockReset();
  get.mockReset();
  post.mockReset();
  useSessionStore.setState({ status: "authenticated", accessToken: "t", user: me(["cancellations.read"]) });
  get.mockImplementation((path: string) => {
    if (path === "/api/v1/cancellations")
      return ok({ items: [row(1), row(2, { code: "C5", code_description: "Fraude", highlight: true })], total: 2, page: 1, size: 25 });
    if (path === "/api/v1/cancellation-codes")
      return ok([
        { code: "C1", description: "Venta del vehículo", highlight: false, blocks_renewal: false, is_active: true },
        { code: "C5", description: "Fraude", highlight: true, blocks_renewal: true, is_active: true },
      ]);
    return ok(row(1));
  });
});

describe("CancellationsScreen", () => {
  it("paints C5 rows orange and shows dates as dd/mm/aaaa in Mexico City, payments as a count", async () => {
    renderWith(<CancellationsScreen />);
    const table = await screen.findByRole("table", { name: "Cancelaciones" });
    const c5 = (await within(table).findByText("Ana Gómez 2")).closest("tr") as HTMLElement;
    const c1 = within(table).getByText("Ana Gómez 1").closest("tr") as HTMLElement;
    expect(c5.querySelector("[data-highlight=true]")).not.toBeNull();
    expect(c1.querySelector("[data-highlight=true]")).toBeNull();
    expect(within(c5).getByText("C5").className).toContain("bg-orange-50");
    expect(within(c1).getByText("C1").className).not.toContain("orange");
    expect(within(c1).getAllByText("27/11/2026").length).toBeGreaterThan(0);
    expect(within(c1).getByRole("link", { name: "5001" })).toHaveAttribute("href", "/polizas/101");
    expect(within(c1).getByText("3")).toBeInTheDocument();
    expect(within(c1).getByText("Usuario #2")).toBeInTheDocument();
    // The wrapper's rule paints the whole row of a highlighted code.
    expect(table.closest("[class*='data-highlight']")).not.toBeNull();
    const headers = within(table).getAllByRole("columnheader").map((h) => h.textContent ?? "");
    for (const h of ["Folio", "Cliente", "Fecha", "Explicación", "Motivo", "Pagos realizados", "Observaciones", "Canceló", "Estado"]) {
      expect(headers.some((t) => t.includes(h))).toBe(true);
    }
  });

  it("sends the URL's period and code to the API and keeps a new period in the URL", async () => {
    search = new URLSearchParams("period=week&code=c5&q=ana");
    renderWith(<CancellationsScreen />);
    await screen.findByRole("table", { name: "Cancelaciones" });
    await waitFor(() =>
      expect(get).toHaveBeenCalledWith(
        "/api/v1/cancellations",
        expect.objectContaining({
          params: { query: expect.objectContaining({ period: "week", code: "C5", q: "ana", page: 1, size: 25, sort: "-cancelled_at" }) },
        }),
      ),
    );
    expect(await screen.findByText(/^Desde el \d{2}\/\d{2}\/\d{4}$/)).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByRole("combobox", { name: "Periodo" }));
    await user.click(await screen.findByRole("option", { name: "Este mes" }));
    expect(replace).toHaveBeenLastCalledWith(expect.stringContaining("period=month"), { scroll: false });
  });

  it("hides 'Cancelar una póliza' without policies.cancel", async () => {
    renderWith(<CancellationsScreen />);
    await screen.findByRole("table", { name: "Cancelaciones" });
    expect(screen.queryByRole("button", { name: "Cancelar una póliza" })).toBeNull();
  });
});

describe("CancelByFolio", () => {
  it("validates the folio in Spanish and says when it does not exist", async () => {
    useSessionStore.setState({ user: me(["cancellations.read", "policies.cancel", "policies.read"]) });
    get.mockImplementation((path: string) => {
      if (path === "/api/v1/policies/by-folio/{folio}") return Promise.resolve({ error: { detail: "No existe" }, response: new Response(null, { status: 404 }) });
      if (path === "/api/v1/cancellations") return ok({ items: [], total: 0, page: 1, size: 25 });
      return ok([]);
    });
    const user = userEvent.setup();
    renderWith(<CancellationsScreen />);
    await user.click(await screen.findByRole("button", { name: "Cancelar una póliza" }));
    const dialog = await screen.findByRole("dialog", { name: "Cancelar una póliza" });
    await user.click(within(dialog).getByRole("button", { name: "Continuar" }));
    expect(await within(dialog).findByText("Escribe el folio de la póliza.")).toBeInTheDocument();
    await user.type(within(dialog).getByRole("textbox", { name: /Folio de la póliza/ }), "abc");
    expect(await within(dialog).findByText("El folio es un número.")).toBeInTheDocument();
    await user.clear(within(dialog).getByRole("textbox", { name: /Folio de la póliza/ }));
    await user.type(within(dialog).getByRole("textbox", { name: /Folio de la póliza/ }), "99999");
    await user.click(within(dialog).getByRole("button", { name: "Continuar" }));
    expect(await within(dialog).findByText("No existe una póliza con el folio 99999.")).toBeInTheDocument();
  });
});

describe("Cancellation detail", () => {
  it("shows the snapshot and the notify flags, and hides the undo without cancellations.undo", async () => {
    renderWith(<DetailBody cancellation={row(2, { code: "C5", highlight: true })} />);
    expect(screen.getByText(/Motivo C5 resaltado/)).toBeInTheDocument();
    expect(screen.getByText("Mensualidad 4: estaba pendiente")).toBeInTheDocument();
    expect(screen.getByText("Mensualidad 5: estaba atrasada")).toBeInTheDocument();
    expect(screen.getByText("Avisado el 27/11/2026 22:10")).toBeInTheDocument();
    expect(screen.getByText("Sí (aviso pendiente)")).toBeInTheDocument();
    expect(screen.getByText("Cancelada", { selector: "[data-slot=badge]" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Deshacer cancelación" })).toBeNull();
  });

  it("opens the policies' undo dialog for who holds cancellations.undo, and not once undone", async () => {
    useSessionStore.setState({ user: me(["cancellations.read", "cancellations.undo"]) });
    const user = userEvent.setup();
    const { unmount } = renderWith(<DetailBody cancellation={row(1)} />);
    await user.click(screen.getByRole("button", { name: "Deshacer cancelación" }));
    const dialog = await screen.findByRole("dialog", { name: "Deshacer cancelación" });
    await user.click(within(dialog).getByRole("button", { name: "Deshacer cancelación" }));
    expect(await within(dialog).findByText("Escribe el motivo.")).toBeInTheDocument();
    expect(post).not.toHaveBeenCalled();
    unmount();

    renderWith(<DetailBody cancellation={row(1, { undone_at: "2026-11-28T05:00:00Z", undone_by_user_id: 1, undo_reason: "Se canceló por error" })} />);
    expect(screen.getByText("Deshecha", { selector: "[data-slot=badge]" })).toBeInTheDocument();
    expect(screen.getByText("Se canceló por error")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Deshacer cancelación" })).toBeNull();
  });
});
