import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { type Me, useSessionStore } from "@/features/auth/api/session-store";

import { CoveragesScreen } from "./coverages-screen";

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
  usePathname: () => "/admin/coberturas",
}));

const get = vi.fn();
vi.mock("@/lib/api", async () => {
  const { unwrap, ApiError } = await import("@protegrt/api-client");
  return { api: { GET: (...a: unknown[]) => get(...a) }, unwrap, ApiError };
});

const ok = (data: unknown) => Promise.resolve({ data, response: new Response(null, { status: 200 }) });

const coverage = (id: number, extra: Record<string, unknown> = {}) => ({
  id,
  name: "RC BASICA",
  vehicle_key: 101,
  vehicle_key_name: "AUTOMOVIL",
  vehicle_type: "automobile",
  service_type: "private",
  cylinder_band: null,
  category: "liability",
  level: 1,
  cash_price: "3800.00",
  credit_price: "4200.00",
  initial_payment: "1200.00",
  tow_services_included: 1,
  is_active: true,
  is_quoted: false,
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
  ...extra,
});

function signIn(permissions: string[]) {
  useSessionStore.setState({
    status: "authenticated",
    accessToken: "t",
    user: { id: 1, username: "u", full_name: "U", is_admin: false, permissions } as unknown as Me,
  });
}

function renderScreen() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <CoveragesScreen />
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  search = new URLSearchParams();
  get.mockReset();
  get.mockImplementation((path: string) => {
    if (path === "/api/v1/vehicles/keys") {
      return ok([{ code: 101, name: "AUTOMOVIL", vehicle_type: "automobile", requires_cylinder_band: false, allows_comprehensive: true }]);
    }
    return ok({
      items: [coverage(1), coverage(2, { name: "AMPLIA", category: "comprehensive", is_quoted: true, cash_price: "0.00", credit_price: "0.00", initial_payment: "0.00", is_active: false })],
      total: 2,
      page: 1,
      size: 50,
    });
  });
});

describe("CoveragesScreen", { timeout: 30_000 }, () => {
  it("lists the catalogue's columns with prices in MXN, read-only for who may not edit", async () => {
    signIn(["coverages.read"]);
    renderScreen();
    const table = await screen.findByRole("table", { name: "Coberturas" });
    await within(table).findByText("AMPLIA");
    const headers = within(table).getAllByRole("columnheader").map((h) => h.textContent);
    for (const h of ["ID", "Tipo de vehículo", "Clave vehicular", "Cobertura", "Servicio", "Cilindraje", "Precio a crédito", "Enganche", "Precio de contado", "Grúas incluidas", "Activa"]) {
      expect(headers.some((t) => t?.includes(h))).toBe(true);
    }
    const rows = within(table).getAllByRole("row");
    expect(rows[1]).toHaveTextContent("$4,200.00");
    expect(rows[1]).toHaveTextContent("$1,200.00");
    expect(rows[1]).toHaveTextContent("$3,800.00");
    expect(rows[1]).toHaveTextContent("Automóvil");
    expect(rows[2]).toHaveTextContent("Se cotiza");
    expect(rows[2]).toHaveTextContent("Inactiva");
    expect(screen.queryByRole("button", { name: "Nueva cobertura" })).toBeNull();
    expect(screen.queryByRole("button", { name: /^Editar/ })).toBeNull();
    expect(screen.queryByRole("combobox", { name: "Filtrar por estado" })).toBeNull();
    expect(within(table).getAllByRole("button", { name: /^Formas de pago/ })).toHaveLength(2);
    expect(get).toHaveBeenCalledWith("/api/v1/coverages", expect.objectContaining({ params: { query: expect.objectContaining({ include_inactive: false }) } }));
  });

  it("lets an editor add, edit and (de)activate, and asks before discarding a changed form", async () => {
    signIn(["coverages.read", "coverages.edit"]);
    search = new URLSearchParams("estado=todas");
    const user = userEvent.setup();
    renderScreen();
    const table = await screen.findByRole("table", { name: "Coberturas" });
    await within(table).findByText("AMPLIA");
    expect(within(table).getByRole("button", { name: "Desactivar RC BASICA (1)" })).toBeInTheDocument();
    expect(within(table).getByRole("button", { name: "Activar AMPLIA (2)" })).toBeInTheDocument();
    expect(get).toHaveBeenCalledWith("/api/v1/coverages", expect.objectContaining({ params: { query: expect.objectContaining({ include_inactive: true }) } }));

    await user.click(within(table).getByRole("button", { name: "Editar RC BASICA (1)" }));
    const drawer = await screen.findByRole("dialog", { name: "Editar cobertura RC BASICA" });
    const cash = await within(drawer).findByLabelText(/^Precio de contado/);
    expect(cash).toHaveValue("3800.00");
    await user.clear(cash);
    await user.type(cash, "3900");
    await user.keyboard("{Escape}");
    const ask = await screen.findByRole("dialog", { name: "¿Descartar los cambios?" });
    await user.click(within(ask).getByRole("button", { name: "Seguir editando" }));
    expect(screen.getByRole("dialog", { name: "Editar cobertura RC BASICA" })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Precio de contado/)).toHaveValue("3900");
    await user.keyboard("{Escape}");
    await user.click(within(await screen.findByRole("dialog", { name: "¿Descartar los cambios?" })).getByRole("button", { name: "Descartar cambios" }));
    await vi.waitFor(() => expect(screen.queryByRole("dialog", { name: "Editar cobertura RC BASICA" })).toBeNull());
  });
});
