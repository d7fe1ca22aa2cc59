"use client";

import { ApiError } from "@protegrt/api-client";
import { Copy, KeyRound, LogOut, Power, PowerOff, ShieldOff } from "lucide-react";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { PasswordInput } from "@/components/ui/password-input";
import { toast } from "@/components/ui/toast";
import type { PermissionHolder } from "@/lib/permissions";
import { can } from "@/lib/permissions";
import { errorMessage } from "@/lib/errors";

import { type User, useResetPassword, useResetTotp, useRevokeUserSessions, useSetUserActive } from "../api/queries";

/** A temporary password shown once, with a copy button. */
export function OneTimePassword({ password }: { password: string }) {
  return (
    <div className="grid gap-2 rounded-md border border-warning/50 bg-warning/10 p-3">
      <p className="text-sm font-medium">Contraseña temporal (se muestra solo esta vez)</p>
      <div className="flex items-center gap-2">
        <code className="rounded bg-card px-2 py-1 font-mono text-base tracking-wider" data-testid="temporary-password">
          {password}
        </code>
        <Button
          variant="outline"
          size="sm"
          onClick={() => {
            void navigator.clipboard?.writeText(password).then(
              () => toast("Contraseña copiada", { variant: "success" }),
              () => toast("No se pudo copiar: anótala", { variant: "error" }),
            );
          }}
        >
          <Copy /> Copiar
        </Button>
      </div>
      <p className="text-xs text-muted-foreground">Entrégala a la persona en privado. Al entrar, el sistema le pedirá elegir una nueva.</p>
    </div>
  );
}

/** Reset password: generated (shown once) or typed by the admin; forced change at next login. */
export function ResetPasswordDialog({ user, open, onOpenChange }: { user: User; open: boolean; onOpenChange: (open: boolean) => void }) {
  const reset = useResetPassword(user.id);
  const [mode, setMode] = React.useState<"generate" | "type">("generate");
  const [password, setPassword] = React.useState("");
  const [fieldError, setFieldError] = React.useState<string | undefined>();
  React.useEffect(() => {
    if (open) {
      setMode("generate");
      setPassword("");
      setFieldError(undefined);
      reset.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset on open only
  }, [open]);
  const serverField = reset.error instanceof ApiError ? reset.error.fields.password : undefined;
  const done = reset.data;

  const confirm = () => {
    if (mode === "type" && password.length < 8) {
      setFieldError("Debe tener al menos 8 caracteres.");
      return;
    }
    setFieldError(undefined);
    reset.mutate(mode === "generate" ? null : password, {
      onSuccess: () => toast("Contraseña restablecida", { description: user.username, variant: "success" }),
    });
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Restablecer contraseña</DialogTitle>
          <DialogDescription>
            {done
              ? `Listo. Se cerraron ${done.sessions_revoked} ${done.sessions_revoked === 1 ? "sesión" : "sesiones"} de ${user.username}.`
              : `${user.username} recibirá una contraseña temporal y deberá cambiarla al entrar. Se cierran todas sus sesiones abiertas.`}
          </DialogDescription>
        </DialogHeader>
        {done ? (
          done.temporary_password ? (
            <OneTimePassword password={done.temporary_password} />
          ) : (
            <Alert>La contraseña temporal es la que escribiste. Al entrar deberá elegir una nueva.</Alert>
          )
        ) : (
          <div className="grid gap-3">
            <fieldset className="grid gap-2">
              <legend className="sr-only">Contraseña temporal</legend>
              <div className="flex items-center gap-2">
                <input type="radio" id="reset-generate" name="reset-mode" checked={mode === "generate"} onChange={() => setMode("generate")} />
                <Label htmlFor="reset-generate">Generar una contraseña temporal</Label>
              </div>
              <div className="flex items-center gap-2">
                <input type="radio" id="reset-type" name="reset-mode" checked={mode === "type"} onChange={() => setMode("type")} />
                <Label htmlFor="reset-type">Escribir la contraseña temporal</Label>
              </div>
            </fieldset>
            {mode === "type" ? (
              <FormField id="reset-password" label="Contraseña temporal" required error={fieldError ?? serverField}>
                <PasswordInput autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
              </FormField>
            ) : null}
            {reset.error && !serverField ? <Alert variant="destructive">{errorMessage(reset.error)}</Alert> : null}
          </div>
        )}
        <DialogFooter>
          {done ? (
            <Button onClick={() => onOpenChange(false)}>Listo</Button>
          ) : (
            <>
              <Button variant="outline" onClick={() => onOpenChange(false)}>
                Volver
              </Button>
              <Button variant="destructive" disabled={reset.isPending} onClick={confirm}>
                {reset.isPending ? "Restableciendo…" : "Restablecer contraseña"}
              </Button>
            </>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

type Action = "password" | "totp" | "active" | "sessions" | null;

/** The user's actions, each shown only to who may do it and each behind a confirmation. */
export function UserActions({ user, me }: { user: User; me: (PermissionHolder & { id: number }) | null }) {
  const [open, setOpen] = React.useState<Action>(null);
  const resetTotp = useResetTotp(user.id);
  const setActive = useSetUserActive(user.id);
  const revoke = useRevokeUserSessions(user.id);
  const mayUsers = can(me, "admin.users");
  const maySessions = can(me, "admin.sessions");
  const self = me?.id === user.id;
  const openDialog = (action: Action) => {
    resetTotp.reset();
    setActive.reset();
    revoke.reset();
    setOpen(action);
  };
  const close = (o: boolean) => (o ? null : setOpen(null));

  return (
    <>
      {mayUsers ? (
        <>
          <Button variant="outline" onClick={() => openDialog("password")}>
            <KeyRound /> Restablecer contraseña
          </Button>
          <Button variant="outline" onClick={() => openDialog("totp")} disabled={!user.totp_enabled} title={user.totp_enabled ? undefined : "No tiene la verificación en dos pasos activada"}>
            <ShieldOff /> Restablecer 2FA
          </Button>
          {!self ? (
            <Button variant={user.is_active ? "destructive" : "outline"} onClick={() => openDialog("active")}>
              {user.is_active ? <PowerOff /> : <Power />} {user.is_active ? "Desactivar" : "Activar"}
            </Button>
          ) : null}
        </>
      ) : null}
      {maySessions ? (
        <Button variant="outline" onClick={() => openDialog("sessions")}>
          <LogOut /> Cerrar todas las sesiones
        </Button>
      ) : null}

      {mayUsers ? (
        <>
          <ResetPasswordDialog user={user} open={open === "password"} onOpenChange={close} />
          <ConfirmDialog
            open={open === "totp"}
            onOpenChange={close}
            title="Restablecer la verificación en dos pasos"
            description={`Se borran el código y los códigos de respaldo de ${user.username} y se cierran todas sus sesiones. Si es administrador o gerente, deberá inscribirse de nuevo al entrar.`}
            confirmLabel="Restablecer 2FA"
            pending={resetTotp.isPending}
            error={resetTotp.error}
            onConfirm={() =>
              resetTotp.mutate(undefined, {
                onSuccess: () => {
                  toast("Verificación en dos pasos restablecida", { description: user.username, variant: "success" });
                  setOpen(null);
                },
              })
            }
          />
          <ConfirmDialog
            open={open === "active"}
            onOpenChange={close}
            title={user.is_active ? "Desactivar usuario" : "Activar usuario"}
            description={
              user.is_active
                ? `${user.username} no podrá entrar y se cierran todas sus sesiones abiertas (web y app) de inmediato.`
                : `${user.username} podrá volver a entrar con su contraseña.`
            }
            confirmLabel={user.is_active ? "Desactivar" : "Activar"}
            destructive={user.is_active}
            pending={setActive.isPending}
            error={setActive.error}
            onConfirm={() =>
              setActive.mutate(!user.is_active, {
                onSuccess: () => {
                  toast(user.is_active ? "Usuario desactivado" : "Usuario activado", { description: user.username, variant: "success" });
                  setOpen(null);
                },
              })
            }
          />
        </>
      ) : null}
      {maySessions ? (
        <ConfirmDialog
          open={open === "sessions"}
          onOpenChange={close}
          title="Cerrar todas las sesiones"
          description={`Se cierran todas las sesiones de ${user.username} (web y app). Podrá volver a entrar con su contraseña.`}
          confirmLabel="Cerrar sesiones"
          pending={revoke.isPending}
          error={revoke.error}
          onConfirm={() =>
            revoke.mutate(undefined, {
              onSuccess: (r) => {
                toast("Sesiones cerradas", { description: `${r.sessions_revoked} ${r.sessions_revoked === 1 ? "sesión cerrada" : "sesiones cerradas"}`, variant: "success" });
                setOpen(null);
              },
            })
          }
        />
      ) : null}
    </>
  );
}
