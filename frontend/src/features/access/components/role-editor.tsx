"use client";

import type { Schemas } from "@protegrt/api-client";
import { useQueryClient } from "@tanstack/react-query";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/errors";

import { accessKeys } from "../api/keys";
import { type Role, saveRoleGrants } from "../api/queries";
import {
  type CatalogueEntry,
  type Department,
  WILDCARD_ALL,
  describeGrant,
  diffGrants,
  fromKeySet,
  grantKey,
  toKeySet,
} from "../lib/permission-matrix";
import { PermissionMatrix } from "./permission-matrix";

interface RoleEditorProps {
  role: Role;
  catalogue: readonly CatalogueEntry[];
  /** The department catalogue: the matrix's columns after "Global". */
  departments: readonly Department[];
  canEdit: boolean;
  /** Reports unsaved changes (the screen asks before leaving them). */
  onDirtyChange?: (dirty: boolean) => void;
  /** The call that saves (tests pass their own). */
  save?: (roleId: number, grants: Schemas["GrantIn"][]) => Promise<Role>;
}

/** A role's grants as a matrix; saving shows what is added and removed before the PUT. */
export function RoleEditor({ role, catalogue, departments, canEdit, onDirtyChange, save = saveRoleGrants }: RoleEditorProps) {
  const queryClient = useQueryClient();
  // What the server holds: the role as loaded, then what the last save answered.
  const [baseline, setBaseline] = React.useState(role.grants);
  const [keys, setKeys] = React.useState<Set<string>>(() => toKeySet(role.grants));
  const [confirming, setConfirming] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);

  const changes = React.useMemo(() => diffGrants(baseline, fromKeySet(keys)), [baseline, keys]);
  const dirty = changes.added.length + changes.removed.length > 0;
  React.useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  React.useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const locked = React.useMemo(() => (role.code === "admin" ? new Set([grantKey(WILDCARD_ALL, null)]) : undefined), [role.code]);

  const toggle = (permission: string, department: string | null, checked: boolean) => {
    setKeys((current) => {
      const next = new Set(current);
      const key = grantKey(permission, department);
      if (checked) next.add(key);
      else next.delete(key);
      return next;
    });
  };

  const confirm = async () => {
    setSaving(true);
    setError(null);
    try {
      const saved = await save(role.id, fromKeySet(keys));
      queryClient.setQueryData<Role[]>(accessKeys.roles(), (roles) => roles?.map((r) => (r.id === saved.id ? saved : r)));
      void queryClient.invalidateQueries({ queryKey: accessKeys.roles() });
      setBaseline(saved.grants);
      setKeys(toKeySet(saved.grants));
      setConfirming(false);
      toast.success("Permisos guardados", `${role.name}: los usuarios con este rol los reciben en su siguiente acción.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="grid gap-4">
      {canEdit ? (
        <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-3 rounded-lg border bg-card px-4 py-2 shadow-sm">
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {dirty ? `Cambios sin guardar: ${changes.added.length} por agregar, ${changes.removed.length} por quitar.` : "Sin cambios."}
          </p>
          <div className="flex gap-2">
            <Button variant="outline" disabled={!dirty || saving} onClick={() => setKeys(toKeySet(baseline))}>
              Descartar cambios
            </Button>
            <Button disabled={!dirty || saving} onClick={() => { setError(null); setConfirming(true); }}>
              Guardar permisos
            </Button>
          </div>
        </div>
      ) : (
        <Alert>Solo lectura: no tienes permiso para cambiar roles.</Alert>
      )}
      <PermissionMatrix catalogue={catalogue} departments={departments} value={keys} onToggle={toggle} readOnly={!canEdit || saving} locked={locked} />

      <Dialog open={confirming} onOpenChange={(open) => (saving ? null : setConfirming(open))}>
        <DialogContent className="max-w-xl">
          <DialogHeader>
            <DialogTitle>Guardar permisos de «{role.name}»</DialogTitle>
            <DialogDescription>
              {role.holders === 1 ? "1 usuario tiene" : `${role.holders} usuarios tienen`} este rol; el cambio aplica en su siguiente acción.
            </DialogDescription>
          </DialogHeader>
          <div className="grid gap-3 text-sm">
            {changes.added.length ? (
              <div>
                <h4 className="mb-1 font-medium text-emerald-800">Se agregan ({changes.added.length})</h4>
                <ul aria-label="Permisos que se agregan" className="grid gap-0.5">
                  {changes.added.map((g) => (
                    <li key={grantKey(g.permission, g.department)}>+ {describeGrant(g, catalogue, departments)}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {changes.removed.length ? (
              <div>
                <h4 className="mb-1 font-medium text-destructive">Se quitan ({changes.removed.length})</h4>
                <ul aria-label="Permisos que se quitan" className="grid gap-0.5">
                  {changes.removed.map((g) => (
                    <li key={grantKey(g.permission, g.department)}>− {describeGrant(g, catalogue, departments)}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            <p className="text-muted-foreground">
              Antes: {baseline.length} permisos · Después: {keys.size} permisos
            </p>
          </div>
          {error ? <Alert variant="destructive">{error}</Alert> : null}
          <DialogFooter>
            <Button variant="outline" disabled={saving} onClick={() => setConfirming(false)}>
              Volver
            </Button>
            <Button disabled={saving} onClick={() => void confirm()}>
              {saving ? "Guardando…" : "Confirmar y guardar"}
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  );
}
