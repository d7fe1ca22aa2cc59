"use client";

import type { Schemas } from "@protegrt/api-client";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/errors";

import type { Employee } from "../schemas";

type Membership = Schemas["DepartmentMembershipIn"];

interface DepartmentsEditorProps {
  employee: Employee;
  departments: readonly Schemas["DepartmentRead"][];
  readOnly: boolean;
  onSave: (body: Membership[]) => Promise<unknown>;
}

const asMap = (e: Employee) => Object.fromEntries(e.departments.map((d) => [d.department, d.is_manager])) as Record<string, boolean>;

/**
 * The employee's departments, each with its "gerente" flag (PUT /employees/{id}/departments).
 * Leaving a department also removes the roles the login held in it (the server does it).
 */
export function DepartmentsEditor({ employee, departments, readOnly, onSave }: DepartmentsEditorProps) {
  const [chosen, setChosen] = React.useState<Record<string, boolean>>(() => asMap(employee));
  const [saving, setSaving] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  React.useEffect(() => setChosen(asMap(employee)), [employee]);
  const dirty = JSON.stringify(Object.entries(chosen).sort()) !== JSON.stringify(Object.entries(asMap(employee)).sort());
  const leaving = employee.departments.filter((d) => !(d.department in chosen));

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await onSave(Object.entries(chosen).map(([department, is_manager]) => ({ department, is_manager })));
      toast("Departamentos guardados", { variant: "success" });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="departments-title" className="grid gap-3">
      <h2 id="departments-title" className="text-base font-semibold">
        Departamentos
      </h2>
      <ul className="grid gap-2">
        {departments.map((d) => {
          const member = d.code in chosen;
          return (
            <li key={d.code} className="flex flex-wrap items-center gap-4 rounded-md border px-3 py-2">
              <div className="flex min-w-48 items-center gap-2">
                <Checkbox
                  id={`dept-${d.code}`}
                  checked={member}
                  disabled={readOnly}
                  onCheckedChange={(v) =>
                    setChosen((c) => {
                      const { [d.code]: _, ...rest } = c;
                      return v === true ? { ...rest, [d.code]: false } : rest;
                    })
                  }
                />
                <Label htmlFor={`dept-${d.code}`}>{d.name}</Label>
              </div>
              <div className="flex items-center gap-2">
                <Checkbox
                  id={`manager-${d.code}`}
                  checked={member && chosen[d.code] === true}
                  disabled={readOnly || !member}
                  onCheckedChange={(v) => setChosen((c) => ({ ...c, [d.code]: v === true }))}
                />
                <Label htmlFor={`manager-${d.code}`} className="text-muted-foreground">
                  Gerente de {d.name}
                </Label>
              </div>
            </li>
          );
        })}
      </ul>
      {leaving.length && dirty ? (
        <Alert variant="warning">
          Al salir de {leaving.map((d) => d.name).join(", ")} se le quitan los roles que su usuario tenía en ese departamento.
        </Alert>
      ) : null}
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      {!readOnly ? (
        <div className="flex justify-end gap-2">
          <Button variant="outline" disabled={!dirty || saving} onClick={() => setChosen(asMap(employee))}>
            Deshacer cambios
          </Button>
          <Button disabled={!dirty || saving} onClick={save}>
            {saving ? "Guardando…" : "Guardar departamentos"}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
