import { ApiError } from "@protegrt/api-client";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { OverridesEditor } from "./overrides-editor";

vi.mock("@/lib/api", () => ({ api: {}, unwrap: vi.fn() }));

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
// Radix Select uses pointer capture and scrolls the chosen option into view; jsdom has neither.
Element.prototype.hasPointerCapture ??= () => false;
Element.prototype.releasePointerCapture ??= () => {};
Element.prototype.scrollIntoView ??= () => {};

const permissions = [
  { code: "payments.edit", module: "payments", description: "Editar pagos" },
  { code: "receipts.read", module: "receipts", description: "Ver recibos" },
];
const existing = [
  {
    permission: "payments.edit",
    effect: "grant" as const,
    reason: "Cubre vacaciones",
    expires_at: "2099-12-02T05:59:00Z",
    granted_by_user_id: 1,
    created_at: "2026-11-01T12:00:00Z",
  },
];

describe("OverridesEditor", () => {
  it("shows grants and revokes with their expiry in Mexico City and saves the list", async () => {
    const onSave = vi.fn(async () => existing);
    const user = userEvent.setup();
    render(<OverridesEditor overrides={existing} permissions={permissions} readOnly={false} onSave={onSave} />);
    const first = screen.getByRole("listitem", { name: "Permiso individual 1" });
    expect(within(first).getByLabelText("Vence el día 1")).toHaveValue("01/12/2099");
    expect(within(first).getByLabelText("Vence a la hora 1")).toHaveValue("23:59");
    expect(within(first).getByText("Concedido")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: /Agregar permiso individual/ }));
    await user.click(screen.getByRole("button", { name: "Guardar permisos individuales" }));
    const second = screen.getByRole("listitem", { name: "Permiso individual 2" });
    expect(await within(second).findByText("Elige el permiso.")).toBeInTheDocument();
    expect(within(second).getByText("Escribe el motivo (al menos 3 caracteres).")).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();

    await user.click(within(second).getByRole("combobox", { name: "Permiso 2" }));
    await user.click(await screen.findByRole("option", { name: /receipts.read/ }));
    await user.click(within(second).getByRole("combobox", { name: "Efecto 2" }));
    await user.click(await screen.findByRole("option", { name: "Revocar" }));
    await user.type(within(second).getByLabelText("Motivo 2"), "Auditoría interna");
    await user.click(screen.getByRole("button", { name: "Guardar permisos individuales" }));
    expect(onSave).toHaveBeenCalledWith([
      { permission: "payments.edit", effect: "grant", reason: "Cubre vacaciones", expires_at: "2099-12-01T23:59:00-06:00" },
      { permission: "receipts.read", effect: "revoke", reason: "Auditoría interna", expires_at: null },
    ]);
  });

  it("puts the server's refusal on the row it names", async () => {
    const onSave = vi.fn().mockRejectedValue(
      new ApiError({ status: 422, code: "VALIDATION_FAILED", detail: "Revisa los datos.", fields: { "0.expires_at": "La fecha de vencimiento debe ser futura." } }),
    );
    const user = userEvent.setup();
    render(<OverridesEditor overrides={existing} permissions={permissions} readOnly={false} onSave={onSave} />);
    await user.clear(screen.getByLabelText("Motivo 1"));
    await user.type(screen.getByLabelText("Motivo 1"), "Cubre incapacidad");
    await user.click(screen.getByRole("button", { name: "Guardar permisos individuales" }));
    expect(await screen.findByText("La fecha de vencimiento debe ser futura.")).toBeInTheDocument();
    expect(screen.getByLabelText("Vence el día 1")).toHaveAttribute("aria-invalid", "true");
  });

  it("is read-only without admin.roles", () => {
    render(<OverridesEditor overrides={existing} permissions={permissions} readOnly onSave={vi.fn()} />);
    expect(screen.getByLabelText("Motivo 1")).toHaveAttribute("readonly");
    expect(screen.queryByRole("button", { name: /Guardar/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /Agregar/ })).toBeNull();
  });
});
