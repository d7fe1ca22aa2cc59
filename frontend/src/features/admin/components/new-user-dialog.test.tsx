import { ApiError } from "@protegrt/api-client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import { type createUserWithRoles, NewUserDialog, suggestUsername } from "./new-user-dialog";

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const employee = {
  id: 9,
  code: "C7",
  first_name: "Rosa María",
  last_name: "Méndez",
  full_name: "Rosa María Méndez",
  is_active: true,
  departments: [{ department: "cobranza", name: "Cobranza", is_manager: false }],
  user: null,
};
const role = (code: string, name: string) => ({ id: code.length, code, name, description: null, is_system: true, holders: 0, grants: [] });

const get = vi.fn((path: string) => {
  const data =
    path === "/api/v1/employees/{employee_id}"
      ? employee
      : path === "/api/v1/employees"
        ? { items: [employee], total: 1, page: 1, size: 50 }
        : path === "/api/v1/admin/roles"
          ? [role("cobrador", "Cobrador"), role("gerente", "Gerente")]
          : null;
  return Promise.resolve({ data, response: new Response(null, { status: 200 }) });
});
vi.mock("@/lib/api", async () => {
  const { unwrap } = await import("@protegrt/api-client");
  return { api: { GET: (...a: unknown[]) => get(...(a as [string])) }, unwrap };
});

function renderDialog(create: typeof createUserWithRoles, mayAssignRoles = true) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <NewUserDialog open onOpenChange={vi.fn()} employeeId={9} mayAssignRoles={mayAssignRoles} create={create} />
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

afterEach(() => get.mockClear());

describe("NewUserDialog", () => {
  it("suggests a username without accents or spaces", () => {
    expect(suggestUsername({ first_name: "José Ángel", last_name: "Núñez" })).toBe("jose.nunez");
  });

  it("creates the login with roles per department and shows the generated password once", async () => {
    const create = vi.fn<typeof createUserWithRoles>(async () => ({
      user: { id: 44, username: "rosa.mendez", temporary_password: "Xk7pQ2mN4rTa", employee: { full_name: "Rosa María Méndez" } } as never,
      rolesError: null,
    }));
    const user = renderDialog(create);
    const dialog = await screen.findByRole("dialog", { name: "Nuevo usuario" });
    expect(await within(dialog).findByRole("combobox", { name: "Empleado" })).toHaveTextContent("Rosa María Méndez · C7");
    expect(within(dialog).getByLabelText(/^Usuario/)).toHaveValue("rosa.mendez");
    await user.click(await within(dialog).findByRole("checkbox", { name: "Cobrador — en Cobranza" }));
    await user.click(within(dialog).getByRole("button", { name: "Crear usuario" }));
    expect(create).toHaveBeenCalledWith({ employee_id: 9, username: "rosa.mendez", password: null }, [{ role: "cobrador", department: "cobranza" }]);
    expect(await within(dialog).findByTestId("temporary-password")).toHaveTextContent("Xk7pQ2mN4rTa");
    expect(within(dialog).getByRole("link", { name: "Ver usuario" })).toHaveAttribute("href", "/admin/usuarios/44");
  });

  it("checks the username and a typed password in Spanish, and places the server's refusal", async () => {
    const create = vi.fn<typeof createUserWithRoles>().mockRejectedValue(
      new ApiError({ status: 409, code: "USERNAME_TAKEN", detail: "Ese nombre de usuario ya existe.", fields: { username: "Ya existe." } }),
    );
    const user = renderDialog(create, false);
    const dialog = await screen.findByRole("dialog", { name: "Nuevo usuario" });
    expect(within(dialog).queryByRole("table", { name: "Roles del usuario" })).toBeNull();
    const username = await within(dialog).findByLabelText(/^Usuario/);
    await user.clear(username);
    await user.type(username, "Rosa Mendez");
    await user.click(within(dialog).getByLabelText("Escribirla"));
    await user.type(within(dialog).getByLabelText(/^Contraseña inicial/), "corta");
    await user.click(within(dialog).getByRole("button", { name: "Crear usuario" }));
    expect(await within(dialog).findByText(/De 3 a 50 caracteres/)).toBeInTheDocument();
    expect(within(dialog).getByText("Debe tener al menos 8 caracteres.")).toBeInTheDocument();
    expect(create).not.toHaveBeenCalled();
    await user.clear(username);
    await user.type(username, "rosa");
    await user.type(within(dialog).getByLabelText(/^Contraseña inicial/), "-Segura-2026");
    await user.click(within(dialog).getByRole("button", { name: "Crear usuario" }));
    expect(await within(dialog).findByText("Ya existe.")).toBeInTheDocument();
    expect(within(dialog).getByText("Ese nombre de usuario ya existe.")).toBeInTheDocument();
    expect(create).toHaveBeenCalledWith({ employee_id: 9, username: "rosa", password: "corta-Segura-2026" }, []);
  });
});
