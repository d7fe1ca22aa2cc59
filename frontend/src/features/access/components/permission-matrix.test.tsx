import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { describe, expect, it, vi } from "vitest";

import type { Role } from "../api/queries";
import { diffGrants, grantKey, impliedBy, toKeySet } from "../lib/permission-matrix";
import { PermissionMatrix } from "./permission-matrix";
import { RoleEditor } from "./role-editor";

vi.mock("@/lib/api", () => ({ api: {}, unwrap: vi.fn() }));

const CATALOGUE = [
  { code: "*", module: "*", description: "Acceso total (todos los permisos)" },
  { code: "policies.*", module: "policies", description: "Todos los permisos de pólizas" },
  { code: "policies.cancel", module: "policies", description: "Cancelar pólizas" },
  { code: "policies.read", module: "policies", description: "Ver pólizas" },
  { code: "payments.*", module: "payments", description: "Todos los permisos de pagos" },
  { code: "payments.edit", module: "payments", description: "Editar pagos" },
  { code: "payments.revert", module: "payments", description: "Revertir un pago" },
];

const DEPARTMENTS = [
  { code: "administracion", name: "Administración" },
  { code: "ventas", name: "Ventas" },
  { code: "cobranza", name: "Cobranza" },
  { code: "siniestros", name: "Siniestros" },
];

const ROLE: Role = {
  id: 4,
  code: "gerente",
  name: "Gerente",
  description: null,
  is_system: true,
  holders: 3,
  grants: [
    { permission: "policies.read", department: null },
    { permission: "payments.*", department: "cobranza" },
  ],
};

function wrap(ui: React.ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}

describe("permission matrix helpers", () => {
  it("knows what a wider grant already gives", () => {
    const keys = toKeySet(ROLE.grants);
    expect(impliedBy(keys, "policies.read", "ventas")).toEqual({ permission: "policies.read", department: null });
    expect(impliedBy(keys, "payments.revert", "cobranza")).toEqual({ permission: "payments.*", department: "cobranza" });
    expect(impliedBy(keys, "payments.revert", null)).toBeNull();
    expect(impliedBy(keys, "policies.read", null)).toBeNull();
  });

  it("says what is added and removed", () => {
    const after = [
      { permission: "payments.*", department: "cobranza" },
      { permission: "policies.cancel", department: "ventas" },
    ];
    expect(diffGrants(ROLE.grants, after)).toEqual({
      added: [{ permission: "policies.cancel", department: "ventas" }],
      removed: [{ permission: "policies.read", department: null }],
    });
  });
});

describe("PermissionMatrix", () => {
  it("groups the catalogue by module with the Spanish names and descriptions", () => {
    render(<PermissionMatrix catalogue={CATALOGUE} departments={DEPARTMENTS} value={toKeySet(ROLE.grants)} onToggle={vi.fn()} />);
    const policies = screen.getByRole("region", { name: /Pólizas/ });
    expect(within(policies).getByRole("rowheader", { name: /Cancelar pólizas/ })).toBeInTheDocument();
    expect(within(policies).getByRole("rowheader", { name: /Todos los permisos de pólizas/ })).toBeInTheDocument();
    expect(within(policies).queryByText("Editar pagos")).toBeNull();
    const payments = screen.getByRole("region", { name: /Pagos/ });
    expect(within(payments).getByText("Revertir un pago")).toBeInTheDocument();
    // Groups sorted by their Spanish name: Pagos before Pólizas.
    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings[0]).toMatch(/^Pagos/);
    expect(headings[1]).toMatch(/^Pólizas/);
    // One column per scope: global and each department.
    expect(within(policies).getAllByRole("columnheader").map((c) => c.textContent)).toEqual([
      "Permiso",
      "Global",
      "Administración",
      "Ventas",
      "Cobranza",
      "Siniestros",
    ]);
  });

  it("shows grants checked, and what a wider grant includes as included and locked", () => {
    render(<PermissionMatrix catalogue={CATALOGUE} departments={DEPARTMENTS} value={toKeySet(ROLE.grants)} onToggle={vi.fn()} />);
    expect(screen.getByRole("checkbox", { name: "Ver pólizas — Global" })).toBeChecked();
    const viaGlobal = screen.getByRole("checkbox", { name: /^Ver pólizas — Cobranza \(incluido por policies\.read\)/ });
    expect(viaGlobal).toBeChecked();
    expect(viaGlobal).toBeDisabled();
    expect(screen.getByRole("checkbox", { name: /^Revertir un pago — Cobranza \(incluido por payments\.\* en Cobranza\)/ })).toBeDisabled();
    expect(screen.getByRole("checkbox", { name: "Revertir un pago — Global" })).not.toBeChecked();
  });

  it("reports a toggle with its scope", async () => {
    const onToggle = vi.fn();
    const user = userEvent.setup();
    render(<PermissionMatrix catalogue={CATALOGUE} departments={DEPARTMENTS} value={toKeySet(ROLE.grants)} onToggle={onToggle} />);
    await user.click(screen.getByRole("checkbox", { name: "Cancelar pólizas — Ventas" }));
    expect(onToggle).toHaveBeenCalledWith("policies.cancel", "ventas", true);
    await user.click(screen.getByRole("checkbox", { name: "Ver pólizas — Global" }));
    expect(onToggle).toHaveBeenLastCalledWith("policies.read", null, false);
  });

  it("changes nothing when read-only", async () => {
    const onToggle = vi.fn();
    const user = userEvent.setup();
    render(<PermissionMatrix catalogue={CATALOGUE} departments={DEPARTMENTS} value={toKeySet(ROLE.grants)} onToggle={onToggle} readOnly />);
    const box = screen.getByRole("checkbox", { name: "Cancelar pólizas — Ventas" });
    expect(box).toBeDisabled();
    await user.click(box);
    expect(onToggle).not.toHaveBeenCalled();
  });

  it("keeps the admin role's global * locked", () => {
    render(<PermissionMatrix catalogue={CATALOGUE} departments={DEPARTMENTS} value={toKeySet([{ permission: "*", department: null }])} onToggle={vi.fn()} locked={new Set([grantKey("*", null)])} />);
    expect(screen.getByRole("checkbox", { name: "Acceso total (todos los permisos) — Global" })).toBeDisabled();
  });
});

describe("RoleEditor", () => {
  it("shows the before/after summary and saves exactly the new grants", async () => {
    const save = vi.fn(async (_id: number, grants: { permission: string; department?: string | null }[]) => ({ ...ROLE, grants: grants.map((g) => ({ permission: g.permission, department: g.department ?? null })) }));
    const user = userEvent.setup();
    wrap(<RoleEditor role={ROLE} catalogue={CATALOGUE} departments={DEPARTMENTS} canEdit save={save} />);
    const saveButton = screen.getByRole("button", { name: "Guardar permisos" });
    expect(saveButton).toBeDisabled();

    await user.click(screen.getByRole("checkbox", { name: "Cancelar pólizas — Ventas" }));
    await user.click(screen.getByRole("checkbox", { name: "Ver pólizas — Global" }));
    expect(screen.getByText("Cambios sin guardar: 1 por agregar, 1 por quitar.")).toBeInTheDocument();
    await user.click(saveButton);

    const dialog = await screen.findByRole("dialog", { name: "Guardar permisos de «Gerente»" });
    expect(within(within(dialog).getByRole("list", { name: "Permisos que se agregan" })).getByText("+ Cancelar pólizas (Ventas)")).toBeInTheDocument();
    expect(within(within(dialog).getByRole("list", { name: "Permisos que se quitan" })).getByText("− Ver pólizas (global)")).toBeInTheDocument();
    expect(within(dialog).getByText("Antes: 2 permisos · Después: 2 permisos")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Confirmar y guardar" }));

    expect(save).toHaveBeenCalledWith(4, [
      { permission: "payments.*", department: "cobranza" },
      { permission: "policies.cancel", department: "ventas" },
    ]);
    expect(await screen.findByText("Sin cambios.")).toBeInTheDocument();
  });

  it("is read-only without admin.roles: no save, no changes", () => {
    wrap(<RoleEditor role={ROLE} catalogue={CATALOGUE} departments={DEPARTMENTS} canEdit={false} />);
    expect(screen.getByText("Solo lectura: no tienes permiso para cambiar roles.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Guardar permisos" })).toBeNull();
    expect(screen.getByRole("checkbox", { name: "Cancelar pólizas — Ventas" })).toBeDisabled();
  });
});
