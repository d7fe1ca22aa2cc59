"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import * as React from "react";

import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";

import { type LoginResult, login, verifyTwoFactor } from "../api/queries";
import { endSession, startSession } from "../api/session";
import { useSessionStore } from "../api/session-store";
import { LoginForm } from "./login-form";
import { TwoFactorForm } from "./two-factor-form";

/**
 * Opens over the page when the session ended under it (the refresh was refused: expired, closed
 * from another device, revoked by an administrator). The same person signs in again and the page
 * stays as it was: the calls that met the 401 wait and are retried, so a half-filled form is not
 * lost (screens.md §1.0, session timeout).
 */
export function ReloginDialog() {
  const status = useSessionStore((s) => s.status);
  const user = useSessionStore((s) => s.user);
  const router = useRouter();
  const queryClient = useQueryClient();
  const [tempToken, setTempToken] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const open = status === "expired" && !!user;

  const leave = React.useCallback(() => {
    endSession();
    queryClient.clear();
    router.replace("/login");
  }, [queryClient, router]);

  const onResult = (result: LoginResult) => {
    if (result.status === "ok" && result.access_token && result.expires_in) {
      setTempToken(null);
      setNotice(null);
      startSession({ access_token: result.access_token, expires_in: result.expires_in, user: result.user ?? null });
      return;
    }
    if (result.status === "requires_2fa" && result.temp_token) {
      setTempToken(result.temp_token);
      return;
    }
    // A forced password change or a pending 2FA enrolment cannot be finished in a dialog.
    leave();
  };

  if (!open || !user) return null;
  return (
    <Dialog open>
      <DialogContent dismissible={false} aria-describedby="relogin-description" data-testid="relogin-dialog">
        <DialogHeader>
          <DialogTitle>Tu sesión terminó</DialogTitle>
          <DialogDescription id="relogin-description">
            Vuelve a iniciar sesión para continuar. Lo que estabas capturando sigue en la página.
          </DialogDescription>
        </DialogHeader>
        {tempToken ? (
          <TwoFactorForm
            submit={(code) => verifyTwoFactor({ temp_token: tempToken, code })}
            onResult={onResult}
            onExpired={(message) => {
              setTempToken(null);
              setNotice(message);
            }}
          />
        ) : (
          <LoginForm submit={login} onResult={onResult} fixedUsername={user.username} notice={notice} />
        )}
        <Button variant="ghost" className="text-muted-foreground" onClick={leave}>
          Salir y entrar con otro usuario
        </Button>
      </DialogContent>
    </Dialog>
  );
}
