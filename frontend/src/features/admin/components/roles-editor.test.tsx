import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { UserRolesEditor } from "./roles-editor";

vi.mock("@/lib/api", () => ({ api: {}, unwrap: vi.fn() }));

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const role = (code: string, name: string) => ({ id: code.length, code, name, description: null, is_system: true, holders: 0, grants: [] });
const roles = [role("admin", "Administrador"), role("gerente", "Gerente"), role("cobrador", "Cobrador")];
const departments = [
  { code: "cobranza", name: "Cobranza" },
  { code: "ventas", name: "Ventas" },
];

describe("UserRolesEditor", () => {
  it("shows each role globally and per department of the employee, and saves the grid", async () => {
    const onSave = vi.fn(async () => undefined);
    const user = userEvent.setup();
    render(
      <UserRolesEditor
        held={[{ role: "cobrador", role_name: "Cobrador", department: "cobranza" }]}
        roles={roles}
        departments={departments}
        readOnly={false}
        onSave={onSave}
      />,
    );
    expect(screen.getByRole("columnheader", { name: "Global" })).toBeInTheDocument();
    expect(screen.getByRole("columnheader", { name: "Ventas" })).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "Cobrador — en Cobranza" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Cobrador — global" })).not.toBeChecked();
    const save = screen.getByRole("button", { name: "Guardar roles" });
    expect(save).toBeDisabled();

    await user.click(screen.getByRole("checkbox", { name: "Gerente — en Ventas" }));
    await user.click(screen.getByRole("checkbox", { name: "Cobrador — en Cobranza" }));
    await user.click(screen.getByRole("checkbox", { name: "Administrador — global" }));
    await user.click(save);
    expect(onSave).toHaveBeenCalledWith([
      { role: "gerente", department: "ventas" },
      { role: "admin", department: null },
    ]);
    expect(await screen.findByRole("button", { name: "Guardar roles" })).not.toBeDisabled();
  });

  it("says what the server refused", async () => {
    const { ApiError } = await import("@protegrt/api-client");
    const onSave = vi.fn().mockRejectedValue(
      new ApiError({
        status: 409,
        code: "SELF_LOCKOUT",
        detail: "No puedes quitarte a ti mismo el acceso de administrador ni desactivar tu propio usuario.",
        fields: {},
      }),
    );
    const user = userEvent.setup();
    render(<UserRolesEditor held={[{ role: "admin", role_name: "Administrador", department: null }]} roles={roles} departments={[]} readOnly={false} onSave={onSave} />);
    expect(screen.getByText(/solo puede tener roles globales/)).toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: "Administrador — global" }));
    expect(screen.getByText(/Sin roles/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Guardar roles" }));
    expect(await screen.findByText(/No puedes quitarte a ti mismo/)).toBeInTheDocument();
  });

  it("is read-only without admin.roles", () => {
    render(<UserRolesEditor held={[]} roles={roles} departments={departments} readOnly onSave={vi.fn()} />);
    for (const box of screen.getAllByRole("checkbox")) expect(box).toBeDisabled();
    expect(screen.queryByRole("button", { name: "Guardar roles" })).toBeNull();
  });
});
