import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { type Me, useSessionStore } from "@/features/auth/api/session-store";

import { InstallmentsPreview } from "./installments-preview";
import { PolicyWizard } from "./policy-wizard";

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const push = vi.fn();
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push, replace: vi.fn() }),
  usePathname: () => "/polizas/nueva",
  useSearchParams: () => new URLSearchParams(),
}));

const get = vi.fn();
const post = vi.fn();
vi.mock("@/lib/api", async () => {
  const { unwrap } = await import("@protegrt/api-client");
  return {
    api: { GET: (...args: unknown[]) => get(...args), POST: (...args: unknown[]) => post(...args) },
    unwrap,
  };
});

const ok = (data: unknown, status = 200) => Promise.resolve({ data, response: new Response(null, { status }) });
const fail = (status: number, error: unknown) => Promise.resolve({ error, response: new Response(null, { status }) });

const MONTHLY_7 = {
  plan: "monthly_7",
  label: "Enganche + 6 mensualidades",
  installments_count: 7,
  total: "4200.00",
  down_payment: "1200.00",
  installments: [
    { number: 1, due_date: "2026-11-28", amount: "1200.00" },
    { number: 2, due_date: "2026-12-28", amount: "500.00" },
    { number: 3, due_date: "2027-01-28", amount: "500.00" },
    { number: 4, due_date: "2027-02-28", amount: "500.00" },
    { number: 5, due_date: "2027-03-28", amount: "500.00" },
    { number: 6, due_date: "2027-04-28", amount: "500.00" },
    { number: 7, due_date: "2027-05-28", amount: "500.00" },
  ],
};
const CASH = {
  plan: "cash",
  label: "Contado",
  installments_count: 1,
  total: "3800.00",
  down_payment: "3800.00",
  installments: [{ number: 1, due_date: "2026-11-28", amount: "3800.00" }],
};

const client = { id: 4, full_name: "Ana Gómez López", phone_whatsapp: "3312345678", rfc: null, address: null };
const vehicle = {
  id: 8,
  client_id: 4,
  vehicle_key: 101,
  vehicle_key_name: "AUTOMOVIL",
  vehicle_type: "automobile",
  service_type: "private",
  cylinder_band: null,
  make: "NISSAN",
  model: "VERSA",
  year: 2021,
  color: "ROJO",
  serial_number: "3N1CN7AD5KL123456",
  plates: "JAB123C",
  engine_number: null,
};
const coverage = {
  id: 2,
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
};

function route(vehicles: unknown[]) {
  get.mockImplementation((path: string) => {
    switch (path) {
      case "/api/v1/clients":
        return ok({ items: [client], total: 1, page: 1, size: 10, total_is_capped: false });
      case "/api/v1/vehicles":
        return ok({ items: vehicles, total: vehicles.length, page: 1, size: 100 });
      case "/api/v1/vehicles/keys":
        return ok([{ code: 101, name: "AUTOMOVIL", vehicle_type: "automobile", requires_cylinder_band: false, allows_comprehensive: true }]);
      case "/api/v1/coverages":
        return ok({ items: [coverage], total: 1, page: 1, size: 100 });
      case "/api/v1/coverages/{coverage_id}/payment-schemes":
        return ok({
          coverage_id: 2,
          coverage_name: "RC BASICA",
          category: "liability",
          effective_date: "2026-11-28",
          requires_quote: false,
          quote: null,
          message: null,
          allowed_plans: ["cash", "monthly_7"],
          schemes: [CASH, MONTHLY_7],
        });
      default:
        return fail(404, { error: "NOT_FOUND", detail: "No existe.", fields: {} });
    }
  });
}

function seller(extra: Partial<Me> = {}): Me {
  return {
    id: 10,
    username: "vendedor1",
    full_name: "Vendedor Uno",
    employee_id: 3,
    employee_code: "V01",
    is_admin: false,
    roles: [{ code: "vendedor", department: "ventas" }],
    departments: [],
    flags: { is_seller: true, is_collector: false, is_adjuster: false },
    permissions: ["policies.create", "policies.read", "clients.read", "vehicles.read", "vehicles.create", "coverages.read"],
    totp_enabled: false,
    must_change_password: false,
    ...extra,
  } as Me;
}

function renderWizard() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <PolicyWizard />
    </QueryClientProvider>,
  );
}

async function chooseClient(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByRole("searchbox", { name: /Buscar cliente/ }), "Ana");
  await user.click(await screen.findByRole("button", { name: /Ana Gómez López/ }));
  expect(await screen.findByRole("group", { name: "Cliente elegido" })).toHaveTextContent("Ana Gómez López");
}

beforeEach(() => {
  get.mockReset();
  post.mockReset();
  push.mockReset();
  useSessionStore.setState({ status: "authenticated", accessToken: "t", user: seller() });
});

describe("InstallmentsPreview", () => {
  it("shows a monthly_7 plan in MXN with dd/mm/aaaa dates and its total", () => {
    render(<InstallmentsPreview label="Pagos" installments={MONTHLY_7.installments} total={MONTHLY_7.total} />);
    const rows = within(screen.getByRole("table", { name: "Pagos" })).getAllByRole("row");
    expect(rows).toHaveLength(9); // header + 7 payments + total
    expect(rows[1]).toHaveTextContent("Pago 1");
    expect(rows[1]).toHaveTextContent("28/11/2026");
    expect(rows[1]).toHaveTextContent("$1,200.00");
    expect(rows[7]).toHaveTextContent("Pago 7");
    expect(rows[7]).toHaveTextContent("$500.00");
    expect(rows[8]).toHaveTextContent("Total");
    expect(rows[8]).toHaveTextContent("$4,200.00");
  });
});

describe("PolicyWizard", () => {
  it("asks for a client first, in Spanish", async () => {
    route([]);
    const user = userEvent.setup();
    renderWizard();
    await user.click(screen.getByRole("button", { name: "Siguiente" }));
    expect(await screen.findByText("Elige un cliente o registra uno nuevo.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Cliente" })).toBeInTheDocument();
  });

  it("searches clients only from 3 characters", async () => {
    route([]);
    const user = userEvent.setup();
    renderWizard();
    await user.type(screen.getByRole("searchbox", { name: /Buscar cliente/ }), "An");
    await new Promise((r) => setTimeout(r, 400));
    expect(get.mock.calls.some(([path]) => path === "/api/v1/clients")).toBe(false);
    await user.type(screen.getByRole("searchbox", { name: /Buscar cliente/ }), "a");
    expect(await screen.findByRole("button", { name: /Ana Gómez López/ })).toBeInTheDocument();
    expect(get).toHaveBeenCalledWith("/api/v1/clients", expect.objectContaining({ params: { query: { q: "Ana", size: 10, sort: "relevance" } } }));
  });

  it("asks before leaving with unsaved data (Cancelar and in-app links)", async () => {
    route([]);
    const user = userEvent.setup();
    const link = document.createElement("a");
    link.href = "/clientes";
    link.textContent = "Clientes";
    document.body.appendChild(link);
    renderWizard();
    await user.click(screen.getByRole("button", { name: "Cancelar" }));
    expect(push).toHaveBeenCalledWith("/polizas"); // nothing typed: leaves at once
    push.mockReset();
    await chooseClient(user);
    await user.click(screen.getByRole("link", { name: "Clientes" }));
    const dialog = await screen.findByRole("dialog", { name: "¿Salir sin crear la póliza?" });
    await user.click(within(dialog).getByRole("button", { name: "Seguir capturando" }));
    expect(push).not.toHaveBeenCalled();
    expect(screen.getByRole("group", { name: "Cliente elegido" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Cancelar" }));
    await user.click(await screen.findByRole("button", { name: "Salir y descartar" }));
    expect(push).toHaveBeenCalledWith("/polizas");
    link.remove();
  }, 30_000);

  it("keeps what was typed when going back and forth between steps", async () => {
    route([]);
    const user = userEvent.setup();
    renderWizard();
    await chooseClient(user);
    await user.click(screen.getByRole("button", { name: "Siguiente" }));
    expect(await screen.findByRole("heading", { name: "Vehículo" })).toBeInTheDocument();
    // No vehicles: a new one, validated live (the VIN) and on Siguiente.
    await user.type(await screen.findByRole("textbox", { name: /Marca/ }), "Nissan");
    await user.type(screen.getByRole("textbox", { name: /Modelo/ }), "Versa");
    await user.type(screen.getByRole("textbox", { name: /Número de serie/ }), "3N1CN7AD5KL12345O");
    expect(await screen.findByText("El número de serie (NIV) solo lleva letras y números, sin I, O ni Q (se confunden con 1 y 0).")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Siguiente" }));
    expect(await screen.findByText("Elige la clave vehicular.")).toBeInTheDocument();
    expect(screen.getByText("Revisa los campos marcados.")).toBeInTheDocument();
    expect(post).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Anterior" }));
    expect(await screen.findByRole("group", { name: "Cliente elegido" })).toHaveTextContent("Ana Gómez López");
    await user.click(screen.getByRole("button", { name: "Siguiente" }));
    expect(await screen.findByRole("textbox", { name: /Marca/ })).toHaveValue("Nissan");
    expect(screen.getByRole("textbox", { name: /Modelo/ })).toHaveValue("Versa");
    expect(screen.getByRole("textbox", { name: /Número de serie/ })).toHaveValue("3N1CN7AD5KL12345O");
  }, 30_000);

  it("creates once while in flight and puts a server refusal on its step and field", async () => {
    route([vehicle]);
    let answer: (v: unknown) => void = () => {};
    post.mockImplementation((path: string) => {
      if (path === "/api/v1/policies") return new Promise((resolve) => (answer = resolve));
      return fail(404, { error: "NOT_FOUND", detail: "No existe.", fields: {} });
    });
    const user = userEvent.setup();
    renderWizard();
    await chooseClient(user);
    await user.click(screen.getByRole("button", { name: "Siguiente" }));
    await user.click(await screen.findByRole("radio", { name: /NISSAN VERSA 2021/ }));
    await user.click(screen.getByRole("button", { name: "Siguiente" }));

    expect(await screen.findByRole("heading", { name: "Cobertura y pagos" })).toBeInTheDocument();
    await user.click(await screen.findByRole("radio", { name: /RC BASICA/ }));
    const plan = await screen.findByRole("radio", { name: "Enganche + 6 mensualidades" });
    const preview = screen.getByRole("table", { name: "Pagos de Enganche + 6 mensualidades" });
    expect(within(preview).getAllByText("$500.00")).toHaveLength(6);
    expect(within(preview).getByText("$4,200.00")).toBeInTheDocument();
    await user.click(plan);
    await user.click(screen.getByRole("button", { name: "Siguiente" }));
    expect(await screen.findByText("Este campo es obligatorio.")).toBeInTheDocument(); // contract folio
    await user.type(screen.getByRole("textbox", { name: /Folio de contrato/ }), "c-1001");
    await user.click(screen.getByRole("button", { name: "Siguiente" }));

    expect(await screen.findByRole("heading", { name: "Promociones" })).toBeInTheDocument();
    expect(screen.getByText(/No tienes permiso para consultar promociones/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Continuar sin promociones" }));

    expect(await screen.findByRole("heading", { name: "Confirmar" })).toBeInTheDocument();
    expect(screen.getByText("C-1001")).toBeInTheDocument();
    const create = screen.getByRole("button", { name: "Crear póliza" });
    await user.click(create);
    await user.click(create);
    expect(await screen.findByRole("button", { name: "Creando póliza…" })).toBeDisabled();
    expect(post).toHaveBeenCalledTimes(1);
    expect(post.mock.calls[0]?.[1]).toMatchObject({
      body: { client_id: 4, vehicle_id: 8, coverage_id: 2, payment_plan: "monthly_7", contract_folio: "C-1001", seller_id: null },
    });

    answer({
      error: { error: "CONTRACT_FOLIO_EXISTS", detail: "El folio de contrato ya existe.", fields: { contract_folio: "Ya lo tiene otra póliza." } },
      response: new Response(null, { status: 409 }),
    });
    expect(await screen.findByText("Ya lo tiene otra póliza.", {}, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Cobertura y pagos" })).toBeInTheDocument();
    expect(screen.getByText("El folio de contrato ya existe.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Folio de contrato/ })).toHaveValue("c-1001");
    expect(screen.getByRole("textbox", { name: /Folio de contrato/ })).toHaveAttribute("aria-invalid", "true");
    expect(push).not.toHaveBeenCalled();
  }, 30_000);

  it("goes to the new policy's detail after creating it", async () => {
    route([vehicle]);
    post.mockImplementation((path: string) =>
      path === "/api/v1/policies" ? ok({ id: 55, folio: 1234 }, 201) : fail(404, { error: "NOT_FOUND", detail: "No existe.", fields: {} }),
    );
    const user = userEvent.setup();
    renderWizard();
    await chooseClient(user);
    await user.click(screen.getByRole("button", { name: "Siguiente" }));
    await user.click(await screen.findByRole("radio", { name: /NISSAN VERSA 2021/ }));
    await user.click(screen.getByRole("button", { name: "Siguiente" }));
    await user.click(await screen.findByRole("radio", { name: /RC BASICA/ }));
    await user.click(await screen.findByRole("radio", { name: "Contado" }));
    await user.type(screen.getByRole("textbox", { name: /Folio de contrato/ }), "C-2002");
    await user.click(screen.getByRole("button", { name: "Siguiente" }));
    await user.click(await screen.findByRole("button", { name: "Continuar sin promociones" }));
    await user.click(await screen.findByRole("button", { name: "Crear póliza" }));
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith("/polizas/55"));
  }, 30_000);
});
