import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { User } from "../api/queries";
import { UserActions } from "./user-actions";

const post = vi.fn();
vi.mock("@/lib/api", async () => {
  const { unwrap } = await import("@protegrt/api-client");
  return { api: { POST: (...a: unknown[]) => post(...a) }, unwrap };
});

const ok = (data: unknown) => Promise.resolve({ data, response: new Response(null, { status: 200 }) });

const target: User = {
  id: 31,
  username: "rosa.mendez",
  is_active: true,
  must_change_password: false,
  totp_enabled: true,
  last_login_at: null,
  password_changed_at: null,
  locked_until: null,
  employee: { id: 9, full_name: "Rosa Méndez", code: "C7", is_active: true, departments: ["cobranza"] },
  roles: [],
  created_at: "2026-01-01T00:00:00Z",
};

function renderActions(permissions: string[], id = 1) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <UserActions user={target} me={{ id, is_admin: false, permissions }} />
    </QueryClientProvider>,
  );
}

afterEach(() => post.mockReset());

describe("UserActions", () => {
  it("offers each action only to who may do it", () => {
    const { unmount } = renderActions(["admin.sessions"]);
    expect(screen.getByRole("button", { name: /Cerrar todas las sesiones/ })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Restablecer contraseña/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /Desactivar/ })).toBeNull();
    unmount();
    renderActions(["admin.users"]);
    expect(screen.getByRole("button", { name: /Restablecer contraseña/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Restablecer 2FA/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Desactivar/ })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Cerrar todas las sesiones/ })).toBeNull();
  });

  it("never offers to deactivate oneself", () => {
    renderActions(["admin.users"], 31);
    expect(screen.queryByRole("button", { name: /Desactivar/ })).toBeNull();
  });

  it("asks before deactivating, saying every session closes", async () => {
    post.mockImplementation(() => ok({ ...target, is_active: false }));
    const user = userEvent.setup();
    renderActions(["admin.users"]);
    await user.click(screen.getByRole("button", { name: /Desactivar/ }));
    const dialog = await screen.findByRole("dialog", { name: "Desactivar usuario" });
    expect(dialog).toHaveTextContent("se cierran todas sus sesiones");
    expect(post).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole("button", { name: "Desactivar" }));
    expect(post).toHaveBeenCalledWith("/api/v1/admin/users/{user_id}/deactivate", { params: { path: { user_id: 31 } } });
  });

  it("shows a generated temporary password once", async () => {
    post.mockImplementation(() => ok({ temporary_password: "Xk7pQ2mN4rTa", sessions_revoked: 2 }));
    const user = userEvent.setup();
    renderActions(["admin.users"]);
    await user.click(screen.getByRole("button", { name: /Restablecer contraseña/ }));
    const dialog = await screen.findByRole("dialog", { name: "Restablecer contraseña" });
    expect(dialog).toHaveTextContent("deberá cambiarla al entrar");
    await user.click(within(dialog).getByRole("button", { name: "Restablecer contraseña" }));
    expect(await within(dialog).findByTestId("temporary-password")).toHaveTextContent("Xk7pQ2mN4rTa");
    expect(dialog).toHaveTextContent("Se cerraron 2 sesiones");
    expect(post).toHaveBeenCalledWith("/api/v1/admin/users/{user_id}/reset-password", { params: { path: { user_id: 31 } }, body: { password: null } });
    await user.click(within(dialog).getByRole("button", { name: "Listo" }));
    await user.click(screen.getByRole("button", { name: /Restablecer contraseña/ }));
    expect(screen.queryByTestId("temporary-password")).toBeNull();
  });

  it("puts the password policy's refusal on the typed password", async () => {
    const { ApiError } = await import("@protegrt/api-client");
    post.mockImplementation(() => Promise.reject(new ApiError({ status: 422, code: "VALIDATION_FAILED", detail: "Revisa los datos.", fields: { password: "La contraseña es demasiado común." } })));
    const user = userEvent.setup();
    renderActions(["admin.users"]);
    await user.click(screen.getByRole("button", { name: /Restablecer contraseña/ }));
    const dialog = await screen.findByRole("dialog", { name: "Restablecer contraseña" });
    await user.click(within(dialog).getByLabelText("Escribir la contraseña temporal"));
    await user.type(within(dialog).getByLabelText(/^Contraseña temporal/), "corta");
    await user.click(within(dialog).getByRole("button", { name: "Restablecer contraseña" }));
    expect(await within(dialog).findByText("Debe tener al menos 8 caracteres.")).toBeInTheDocument();
    expect(post).not.toHaveBeenCalled();
    await user.type(within(dialog).getByLabelText(/^Contraseña temporal/), "Password1");
    await user.click(within(dialog).getByRole("button", { name: "Restablecer contraseña" }));
    expect(await within(dialog).findByText("La contraseña es demasiado común.")).toBeInTheDocument();
  });
});
