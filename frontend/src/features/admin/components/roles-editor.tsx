"use client";

import type { Schemas } from "@protegrt/api-client";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/errors";

import type { RoleHeld } from "../api/queries";

export interface DepartmentOption {
  code: string;
  name: string;
}

const pairKey = (role: string, department: string | null) => `${role}|${department ?? ""}`;

export function sameRoles(a: readonly RoleHeld[], b: readonly RoleHeld[]): boolean {
  const keys = (l: readonly RoleHeld[]) => l.map((r) => pairKey(r.role, r.department ?? null)).sort().join(",");
  return keys(a) === keys(b);
}

interface RolesMatrixProps {
  value: readonly RoleHeld[];
  onChange: (value: RoleHeld[]) => void;
  roles: readonly Schemas["RoleRead"][];
  /** The employee's departments: a role can be held in one of them or globally. */
  departments: readonly DepartmentOption[];
  readOnly?: boolean;
}

/**
 * Roles held globally or within one of the employee's departments, as a grid: one row per role,
 * one column for "Global" and one per department. A global role grants its permissions
 * everywhere; a departmental one only the grants of that department.
 */
export function RolesMatrix({ value, onChange, roles, departments, readOnly = false }: RolesMatrixProps) {
  const held = new Set(value.map((r) => pairKey(r.role, r.department ?? null)));
  const toggle = (role: string, department: string | null, on: boolean) => {
    const rest = value.filter((r) => pairKey(r.role, r.department ?? null) !== pairKey(role, department));
    onChange(on ? [...rest, { role, department }] : rest);
  };
  const columns: { code: string | null; label: string }[] = [{ code: null, label: "Global" }, ...departments.map((d) => ({ code: d.code, label: d.name }))];
  return (
    <div className="overflow-x-auto rounded-md border">
      <table className="w-full text-sm" aria-label="Roles del usuario">
        <thead>
          <tr className="border-b bg-muted/50">
            <th scope="col" className="px-3 py-2 text-left font-medium">
              Rol
            </th>
            {columns.map((c) => (
              <th key={c.code ?? "global"} scope="col" className="px-3 py-2 text-center font-medium">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {roles.map((role) => (
            <tr key={role.code} className="border-b last:border-0">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                <span className="font-medium">{role.name}</span>
                {role.description ? <span className="block text-xs text-muted-foreground">{role.description}</span> : null}
              </th>
              {columns.map((c) => (
                <td key={c.code ?? "global"} className="px-3 py-2 text-center">
                  <Checkbox
                    aria-label={`${role.name} — ${c.code ? `en ${c.label}` : "global"}`}
                    checked={held.has(pairKey(role.code, c.code))}
                    disabled={readOnly}
                    onCheckedChange={(v) => toggle(role.code, c.code, v === true)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {departments.length === 0 ? (
        <p className="border-t px-3 py-2 text-xs text-muted-foreground">
          El empleado no pertenece a ningún departamento: solo puede tener roles globales (asígnale departamentos en su ficha).
        </p>
      ) : null}
    </div>
  );
}

/** The roles section of the user's page: edit the grid and save it as a whole (PUT). */
export function UserRolesEditor({
  held,
  roles,
  departments,
  readOnly,
  onSave,
}: {
  held: readonly Schemas["RoleHeldRead"][];
  roles: readonly Schemas["RoleRead"][];
  departments: readonly DepartmentOption[];
  readOnly: boolean;
  onSave: (value: RoleHeld[]) => Promise<unknown>;
}) {
  const initial = React.useMemo(() => held.map((r) => ({ role: r.role, department: r.department })), [held]);
  const [value, setValue] = React.useState<RoleHeld[]>(initial);
  const [saving, setSaving] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  React.useEffect(() => setValue(initial), [initial]);
  const dirty = !sameRoles(value, initial);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await onSave(value);
      toast("Roles guardados", { variant: "success" });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="roles-title" className="grid gap-3">
      <h2 id="roles-title" className="text-base font-semibold">
        Roles
      </h2>
      <RolesMatrix value={value} onChange={setValue} roles={roles} departments={departments} readOnly={readOnly || saving} />
      {value.length === 0 ? <Alert variant="warning">Sin roles, el usuario solo tendrá lo común a todos y lo que den sus permisos individuales.</Alert> : null}
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      {!readOnly ? (
        <div className="flex justify-end gap-2">
          <Button variant="outline" disabled={!dirty || saving} onClick={() => setValue(initial)}>
            Deshacer cambios
          </Button>
          <Button disabled={!dirty || saving} onClick={save}>
            {saving ? "Guardando…" : "Guardar roles"}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
