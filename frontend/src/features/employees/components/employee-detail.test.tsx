import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { type Me, useSessionStore } from "@/features/auth/api/session-store";

import { EmployeeDetail } from "./employee-detail";
import { EmployeesScreen } from "./employees-screen";

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

vi.mock("next/navigation", () => ({
  useSearchParams: () => new URLSearchParams(),
  useRouter: () => ({ replace: vi.fn(), push: vi.fn() }),
  usePathname: () => "/admin/empleados",
}));

const employee = {
  id: 9,
  code: "C7",
  first_name: "Rosa",
  last_name: "Méndez",
  second_last_name: null,
  full_name: "Rosa Méndez",
  birth_date: null,
  gender: null,
  phone: null,
  phone_alt: null,
  email: null,
  telegram_id: null,
  rfc: null,
  curp: null,
  address: null,
  hire_date: "2020-01-15",
  termination_date: null,
  emergency_contact_name: null,
  emergency_contact_phone: null,
  is_seller: false,
  is_collector: true,
  is_adjuster: false,
  is_active: true,
  receipt_limit: 50,
  departments: [{ department: "cobranza", name: "Cobranza", is_manager: false }],
  user: { id: 31, username: "rosa.mendez", is_active: true },
  created_at: "2020-01-15T10:00:00Z",
  updated_at: "2020-01-15T10:00:00Z",
};

const get = vi.fn();
const post = vi.fn();
vi.mock("@/lib/api", async () => {
  const { unwrap } = await import("@protegrt/api-client");
  return { api: { GET: (...a: unknown[]) => get(...a), POST: (...a: unknown[]) => post(...a) }, unwrap };
});

const ok = (data: unknown) => Promise.resolve({ data, response: new Response(null, { status: 200 }) });

function signIn(permissions: string[], isAdmin = false) {
  useSessionStore.setState({
    status: "authenticated",
    accessToken: "t",
    user: { id: 1, username: "u", full_name: "U", is_admin: isAdmin, permissions } as unknown as Me,
  });
}

function renderWithQuery(ui: React.ReactElement) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>);
}

beforeEach(() => {
  get.mockImplementation((path: string) => {
    if (path === "/api/v1/employees/{employee_id}") return ok(employee);
    if (path === "/api/v1/employees/departments") return ok([{ code: "cobranza", name: "Cobranza" }, { code: "ventas", name: "Ventas" }]);
    if (path === "/api/v1/employees/{employee_id}/schedule") return ok([]);
    if (path === "/api/v1/employees") return ok({ items: [employee], total: 1, page: 1, size: 25 });
    throw new Error(`unexpected GET ${path}`);
  });
});

afterEach(() => {
  cleanup();
  get.mockReset();
  post.mockReset();
  useSessionStore.getState().clear();
});

describe("Empleados: what each person may do", () => {
  it("a gerente with hr.manage reads the record but is offered no change", async () => {
    signIn(["hr.manage"]);
    renderWithQuery(<EmployeeDetail id={9} />);
    expect(await screen.findByRole("heading", { name: "Rosa Méndez" })).toBeInTheDocument();
    expect(screen.getByTestId("employee-code")).toHaveTextContent("Clave C7");
    expect(screen.queryByRole("button", { name: /Editar/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /Dar de baja/ })).toBeNull();
    expect(screen.queryByRole("link", { name: /Usuario rosa.mendez/ })).toBeNull();
    await userEvent.setup().click(screen.getByRole("tab", { name: "Departamentos" }));
    expect(await screen.findByRole("checkbox", { name: "Cobranza" })).toBeDisabled();
    expect(screen.queryByRole("button", { name: "Guardar departamentos" })).toBeNull();
  });

  it("an administrator edits, and deactivation warns that every session closes", async () => {
    signIn(["admin.employees", "admin.users"]);
    post.mockImplementation(() => ok({ ...employee, is_active: false }));
    const user = userEvent.setup();
    renderWithQuery(<EmployeeDetail id={9} />);
    expect(await screen.findByRole("button", { name: /Editar/ })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /Usuario rosa.mendez/ })).toHaveAttribute("href", "/admin/usuarios/31");
    await user.click(screen.getByRole("button", { name: /Dar de baja/ }));
    const dialog = await screen.findByRole("dialog", { name: "Dar de baja al empleado" });
    expect(dialog).toHaveTextContent("se cierran todas sus sesiones");
    expect(post).not.toHaveBeenCalled();
    await user.type(within(dialog).getByLabelText(/Fecha de baja/), "31/13/2026");
    await user.click(within(dialog).getByRole("button", { name: "Dar de baja" }));
    expect(await within(dialog).findByText(/dd\/mm\/aaaa \(p. ej/)).toBeInTheDocument();
    expect(post).not.toHaveBeenCalled();
    await user.clear(within(dialog).getByLabelText(/Fecha de baja/));
    await user.type(within(dialog).getByLabelText(/Fecha de baja/), "30/11/2026");
    await user.click(within(dialog).getByRole("button", { name: "Dar de baja" }));
    expect(post).toHaveBeenCalledWith("/api/v1/employees/{employee_id}/deactivate", {
      params: { path: { employee_id: 9 } },
      body: { termination_date: "2026-11-30" },
    });
  });

  it("only who may write sees «Nuevo empleado»", async () => {
    signIn(["hr.admin"]);
    const { unmount } = renderWithQuery(<EmployeesScreen />);
    expect(await screen.findByRole("link", { name: "Rosa Méndez" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Nuevo empleado/ })).toBeNull();
    unmount();
    signIn(["admin.employees"]);
    renderWithQuery(<EmployeesScreen />);
    expect(await screen.findByRole("button", { name: /Nuevo empleado/ })).toBeInTheDocument();
    const row = (await screen.findByRole("link", { name: "Rosa Méndez" })).closest("tr")!;
    expect(within(row).getByText("C7")).toBeInTheDocument();
    expect(within(row).getByText("Cobrador")).toBeInTheDocument();
    expect(within(row).getByText("15/01/2020")).toBeInTheDocument();
  });
});
