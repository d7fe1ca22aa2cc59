"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { ApiError } from "@protegrt/api-client";
import { Loader2 } from "lucide-react";
import * as React from "react";
import { useForm } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { PasswordInput } from "@/components/ui/password-input";
import { toast } from "@/components/ui/toast";
import { applyServerErrors } from "@/lib/errors";

import { useChangePassword } from "../api/queries";
import { useSessionStore } from "../api/session-store";
import { type ChangePasswordValues, changePasswordSchema } from "../schemas";
import { PasswordStrength } from "./password-strength";

/** "Cambiar contraseña" from the profile menu: current, new and confirmation, with the meter. */
export function ChangePasswordDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const username = useSessionStore((s) => s.user?.username);
  const schema = React.useMemo(() => changePasswordSchema(username), [username]);
  const mutation = useChangePassword();
  const [formError, setFormError] = React.useState<string | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordValues>({
    resolver: zodResolver(schema),
    defaultValues: { current_password: "", new_password: "", confirm: "" },
    mode: "onTouched",
  });

  const close = (next: boolean) => {
    if (!next) {
      reset();
      setFormError(null);
    }
    onOpenChange(next);
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await mutation.mutateAsync({ current_password: values.current_password, new_password: values.new_password });
      toast.success("Contraseña actualizada", "Tus demás sesiones se cerraron.");
      close(false);
    } catch (error) {
      if (error instanceof ApiError && error.code === "CURRENT_PASSWORD_INVALID") {
        setError("current_password", { type: "server", message: error.detail });
        return;
      }
      setFormError(applyServerErrors(error, setError, ["current_password", "new_password"]));
    }
  });

  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Cambiar contraseña</DialogTitle>
          <DialogDescription>Al guardarla se cerrarán tus sesiones en otros navegadores y dispositivos.</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="grid gap-4" aria-label="Cambiar mi contraseña">
          {formError ? <Alert variant="destructive">{formError}</Alert> : null}
          <FormField id="current_password" label="Contraseña actual" required error={errors.current_password?.message}>
            <PasswordInput autoComplete="current-password" {...register("current_password")} />
          </FormField>
          <FormField id="new_password" label="Nueva contraseña" required error={errors.new_password?.message}>
            <PasswordInput autoComplete="new-password" {...register("new_password")} />
          </FormField>
          <PasswordStrength password={watch("new_password")} username={username} />
          <FormField id="confirm" label="Confirma la nueva contraseña" required error={errors.confirm?.message}>
            <PasswordInput autoComplete="new-password" {...register("confirm")} />
          </FormField>
          <DialogFooter>
            <Button variant="outline" onClick={() => close(false)}>
              Cancelar
            </Button>
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? <Loader2 className="animate-spin" aria-hidden="true" /> : null}
              Guardar
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
