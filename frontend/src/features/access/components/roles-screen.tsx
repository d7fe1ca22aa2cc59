"use client";

import { Lock, Pencil, Plus, Trash2, Users } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DiscardDialog } from "@/components/ui/discard-dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { toast } from "@/components/ui/toast";
import { useSessionStore } from "@/features/auth/api/session-store";
import { useDepartments } from "@/features/employees/api/queries";
import { PageHeader } from "@/features/shell/components/screen-guard";
import { errorMessage } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { cn } from "@/lib/utils";

import { useDeleteRole, usePermissionCatalogue, useRoles } from "../api/queries";
import { RoleEditor } from "./role-editor";
import { RoleFormDialog } from "./role-form-dialog";

/** Roles y permisos: the roles (system and custom) and the selected role's permission matrix. */
export function RolesScreen() {
  const user = useSessionStore((s) => s.user);
  const canEdit = can(user, "admin.roles");
  const roles = useRoles();
  const catalogue = usePermissionCatalogue();
  const departments = useDepartments();
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();

  const [dirty, setDirty] = React.useState(false);
  const [pendingSelect, setPendingSelect] = React.useState<number | null>(null);
  const [formOpen, setFormOpen] = React.useState<"new" | "edit" | null>(null);
  const [deleting, setDeleting] = React.useState(false);
  const remove = useDeleteRole();

  const list = roles.data ?? [];
  const requested = Number(searchParams.get("rol"));
  const selected = list.find((r) => r.id === requested) ?? list[0];

  const select = React.useCallback(
    (id: number) => {
      const next = new URLSearchParams(searchParams.toString());
      next.set("rol", String(id));
      router.replace(`${pathname}?${next.toString()}`, { scroll: false });
    },
    [searchParams, router, pathname],
  );
  const askSelect = (id: number) => {
    if (id === selected?.id) return;
    if (dirty) setPendingSelect(id);
    else select(id);
  };

  const confirmDelete = () => {
    if (!selected) return;
    remove.mutate(selected.id, {
      onSuccess: () => {
        toast.success("Rol eliminado", selected.name);
        setDeleting(false);
        const first = list.find((r) => r.id !== selected.id);
        if (first) select(first.id);
      },
    });
  };

  const deleteBlocked = selected ? (selected.is_system ? "Los roles del sistema no se pueden eliminar." : selected.holders > 0 ? "Quítaselo a sus usuarios antes de eliminarlo." : null) : null;

  return (
    <div>
      <PageHeader
        title="Roles y permisos"
        description="Qué puede hacer cada rol, en todo el sistema o dentro de un departamento. Los permisos individuales de una persona se ajustan en Usuarios."
        actions={
          canEdit ? (
            <Button onClick={() => setFormOpen("new")}>
              <Plus className="size-4" /> Nuevo rol
            </Button>
          ) : null
        }
      />
      {roles.error || catalogue.error || departments.error ? (
        <Alert variant="destructive" className="mb-4">
          {errorMessage(roles.error ?? catalogue.error ?? departments.error)}
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
        <nav aria-label="Roles" className="grid content-start gap-1">
          {roles.isPending
            ? Array.from({ length: 6 }, (_, i) => <Skeleton key={i} className="h-12 w-full" />)
            : list.map((r) => (
                <button
                  key={r.id}
                  type="button"
                  onClick={() => askSelect(r.id)}
                  aria-current={r.id === selected?.id ? "true" : undefined}
                  className={cn(
                    "grid gap-0.5 rounded-md border px-3 py-2 text-left text-sm transition-colors hover:bg-accent",
                    r.id === selected?.id ? "border-primary bg-primary/5" : "bg-card",
                  )}
                >
                  <span className="flex items-center justify-between gap-2 font-medium">
                    {r.name}
                    {r.is_system ? <Lock aria-label="Rol del sistema" className="size-3.5 text-muted-foreground" /> : null}
                  </span>
                  <span className="flex items-center gap-2 text-xs text-muted-foreground">
                    <span className="font-mono">{r.code}</span>
                    <span className="inline-flex items-center gap-1">
                      <Users aria-hidden="true" className="size-3" />
                      {r.holders}
                    </span>
                  </span>
                </button>
              ))}
        </nav>
        <div className="min-w-0">
          {selected ? (
            <div className="grid gap-4">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <h2 className="flex items-center gap-2 text-lg font-semibold">
                    {selected.name}
                    {selected.is_system ? <Badge tone="blue">Rol del sistema</Badge> : <Badge>Personalizado</Badge>}
                  </h2>
                  <p className="text-sm text-muted-foreground">
                    {selected.description || "Sin descripción."} ·{" "}
                    {selected.holders === 1 ? "1 usuario lo tiene" : `${selected.holders} usuarios lo tienen`}
                  </p>
                </div>
                {canEdit ? (
                  <div className="flex gap-2">
                    <Button variant="outline" onClick={() => setFormOpen("edit")}>
                      <Pencil className="size-4" /> Editar
                    </Button>
                    <Button
                      variant="outline"
                      disabled={deleteBlocked !== null}
                      title={deleteBlocked ?? undefined}
                      onClick={() => {
                        remove.reset();
                        setDeleting(true);
                      }}
                    >
                      <Trash2 className="size-4" /> Eliminar
                    </Button>
                  </div>
                ) : null}
              </div>
              {catalogue.data && departments.data ? (
                <RoleEditor
                  key={selected.id}
                  role={selected}
                  catalogue={catalogue.data}
                  departments={departments.data}
                  canEdit={canEdit}
                  onDirtyChange={setDirty}
                />
              ) : (
                <Skeleton className="h-64 w-full" />
              )}
            </div>
          ) : roles.isPending ? null : (
            <p className="py-10 text-center text-sm text-muted-foreground">No hay roles.</p>
          )}
        </div>
      </div>

      <RoleFormDialog
        open={formOpen !== null}
        onOpenChange={(open) => setFormOpen(open ? formOpen : null)}
        role={formOpen === "edit" ? (selected ?? null) : null}
        onSaved={(saved) => select(saved.id)}
      />
      <DiscardDialog
        open={pendingSelect !== null}
        onKeep={() => setPendingSelect(null)}
        onDiscard={() => {
          if (pendingSelect !== null) select(pendingSelect);
          setPendingSelect(null);
          setDirty(false);
        }}
      />
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Eliminar el rol «${selected?.name ?? ""}»`}
        description="Se borra con sus permisos. Esta acción queda en la bitácora y no se puede deshacer."
        confirmLabel="Eliminar rol"
        pendingLabel="Eliminando…"
        pending={remove.isPending}
        error={remove.error}
        onConfirm={confirmDelete}
      />
    </div>
  );
}
