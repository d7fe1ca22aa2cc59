"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import * as React from "react";
import { useForm } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { DiscardDialog } from "@/components/ui/discard-dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import { applyServerErrors } from "@/lib/errors";

import { type Role, useCreateRole, useUpdateRole } from "../api/queries";
import { type RoleFormValues, roleFormSchema } from "../lib/role-form";

const textareaClass =
  "min-h-20 w-full rounded-md border border-input bg-card px-3 py-2 text-sm shadow-xs focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring/30 aria-[invalid=true]:border-destructive";

/** Nuevo rol (code, name, description; permissions are set in the matrix) or edit name/description. */
export function RoleFormDialog({
  open,
  onOpenChange,
  role,
  onSaved,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Null: a new role. */
  role: Role | null;
  onSaved?: (role: Role) => void;
}) {
  const create = useCreateRole();
  const update = useUpdateRole();
  const form = useForm<RoleFormValues>({
    resolver: zodResolver(roleFormSchema),
    defaultValues: { code: role?.code ?? "", name: role?.name ?? "", description: role?.description ?? "" },
    mode: "onTouched",
  });
  const { register, handleSubmit, formState, reset, setError } = form;
  const [formError, setFormError] = React.useState<string | null>(null);
  const [confirmDiscard, setConfirmDiscard] = React.useState(false);
  React.useEffect(() => {
    if (open) {
      reset({ code: role?.code ?? "", name: role?.name ?? "", description: role?.description ?? "" });
      setFormError(null);
    }
  }, [open, role, reset]);
  const pending = create.isPending || update.isPending;

  const submit = async (values: RoleFormValues) => {
    setFormError(null);
    try {
      const saved = role
        ? await update.mutateAsync({ id: role.id, body: { name: values.name, description: values.description || null } })
        : await create.mutateAsync({ code: values.code, name: values.name, description: values.description || null, grants: [] });
      toast.success(role ? "Rol actualizado" : "Rol creado", saved.name);
      onOpenChange(false);
      onSaved?.(saved);
    } catch (error) {
      setFormError(applyServerErrors(error, setError, ["code", "name", "description"]));
    }
  };

  const requestClose = (next: boolean) => {
    if (next) return onOpenChange(true);
    if (pending) return;
    if (formState.isDirty) setConfirmDiscard(true);
    else onOpenChange(false);
  };

  return (
    <>
      <Dialog open={open} onOpenChange={requestClose}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>{role ? `Editar rol «${role.name}»` : "Nuevo rol"}</DialogTitle>
            <DialogDescription>
              {role ? "El código no cambia." : "Los permisos se eligen en la matriz después de crearlo."} Los campos con * son obligatorios.
            </DialogDescription>
          </DialogHeader>
          <form noValidate onSubmit={handleSubmit(submit)} className="grid gap-4" aria-label="Datos del rol">
            {formError ? <Alert variant="destructive">{formError}</Alert> : null}
            <FormField id="role-code" label="Código" required error={formState.errors.code?.message} hint="p. ej. auxiliar_cobranza">
              <Input autoComplete="off" disabled={role !== null} {...register("code")} />
            </FormField>
            <FormField id="role-name" label="Nombre" required error={formState.errors.name?.message}>
              <Input autoComplete="off" {...register("name")} />
            </FormField>
            <FormField id="role-description" label="Descripción" error={formState.errors.description?.message}>
              <textarea className={textareaClass} {...register("description")} />
            </FormField>
            <DialogFooter>
              <Button variant="outline" onClick={() => requestClose(false)} disabled={pending}>
                Cancelar
              </Button>
              <Button type="submit" disabled={pending}>
                {pending ? "Guardando…" : role ? "Guardar" : "Crear rol"}
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
      <DiscardDialog
        open={confirmDiscard}
        onKeep={() => setConfirmDiscard(false)}
        onDiscard={() => {
          setConfirmDiscard(false);
          onOpenChange(false);
        }}
      />
    </>
  );
}
