import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { ClientsList } from "./clients-list";

const replace = vi.fn();
let search = new URLSearchParams();
vi.mock("next/navigation", () => ({
  useSearchParams: () => search,
  useRouter: () => ({ replace, push: vi.fn() }),
  usePathname: () => "/clientes",
}));

const get = vi.fn();
vi.mock("@/lib/api", async () => {
  const { unwrap } = await import("@protegrt/api-client");
  return { api: { GET: (...args: unknown[]) => get(...args) }, unwrap };
});

const client = (id: number, extra: Record<string, unknown> = {}) => ({
  id,
  first_name: "Ana",
  last_name: "Gómez",
  second_last_name: null,
  full_name: `Ana Gómez ${id}`,
  rfc: null,
  phone_whatsapp: "3312345678",
  phone_secondary: null,
  email: "ana@example.com",
  notes: null,
  address: {
    id,
    street: "Av. Juárez",
    exterior_number: "10",
    interior_number: null,
    neighborhood: "Centro",
    postal_code: "44100",
    municipality_id: 1,
    municipality: "Guadalajara",
    state: "Jalisco",
    location: null,
    location_source: null,
    location_is_approximate: true,
  },
  status: "active",
  created_at: "2026-01-02T10:00:00Z",
  updated_at: "2026-01-02T10:00:00Z",
  ...extra,
});

function renderList() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <ClientsList />
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  search = new URLSearchParams();
  replace.mockReset();
  get.mockReset();
  get.mockResolvedValue({
    data: { items: [client(1), client(2, { status: "delinquent", phone_secondary: "3398765432" })], total: 60, page: 1, size: 25, total_is_capped: false },
    response: new Response(null, { status: 200 }),
  });
});

describe("ClientsList", () => {
  it("shows the page the server returns with the columns of the list, call and WhatsApp links, and no export", async () => {
    renderList();
    const table = await screen.findByRole("table", { name: "Clientes" });
    await within(table).findByText("Ana Gómez 1");
    const headers = within(table).getAllByRole("columnheader").map((h) => h.textContent);
    for (const h of ["ID", "Nombre", "WhatsApp", "Otro teléfono", "Correo", "Domicilio", "Municipio", "Estado", "Estatus"]) {
      expect(headers.some((t) => t?.includes(h))).toBe(true);
    }
    expect(within(table).getByRole("link", { name: "Ana Gómez 1" })).toHaveAttribute("href", "/clientes/1");
    expect(within(table).getByText("Moroso")).toBeInTheDocument();
    expect(within(table).getByRole("link", { name: "WhatsApp a Ana Gómez 1" })).toHaveAttribute("href", "https://wa.me/523312345678");
    expect(within(table).getByRole("link", { name: "Llamar a Ana Gómez 1" })).toHaveAttribute("href", "tel:+523312345678");
    expect(screen.queryByRole("button", { name: /export/i })).toBeNull();
    expect(screen.queryByText(/exportar/i)).toBeNull();
    expect(get).toHaveBeenCalledWith(
      "/api/v1/clients",
      expect.objectContaining({ params: { query: { page: 1, size: 25, sort: null, q: null, has_active_policy: null } } }),
    );
  });

  it("asks the server for the page, sort, search and filter in the URL", async () => {
    search = new URLSearchParams("page=2&sort=-name&q=gomez&has_active_policy=true");
    renderList();
    await screen.findByText("Ana Gómez 1");
    expect(get).toHaveBeenCalledWith(
      "/api/v1/clients",
      expect.objectContaining({ params: { query: { page: 2, size: 25, sort: "-name", q: "gomez", has_active_policy: true } } }),
    );
  });

  it("puts the search box's text in the URL (back to page 1)", async () => {
    search = new URLSearchParams("page=3");
    const user = userEvent.setup();
    renderList();
    await screen.findByText("Ana Gómez 1");
    await user.type(screen.getByRole("searchbox", { name: "Buscar clientes" }), "gomez");
    await vi.waitFor(() => expect(replace).toHaveBeenCalledWith("/clientes?q=gomez", { scroll: false }));
  });
});
