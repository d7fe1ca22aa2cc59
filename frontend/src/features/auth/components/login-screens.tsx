"use client";

import { useRouter } from "next/navigation";
import * as React from "react";

import { Button } from "@/components/ui/button";

import { LOGIN_ROUTES, routeLoginResult, safeNext, useLoginFlow } from "../api/login-flow";
import { type LoginResult, changeRequiredPassword, login, verifyTwoFactor } from "../api/queries";
import { refreshAccessToken } from "../api/session";
import { AuthCard } from "./auth-card";
import { EnrollmentFlow } from "./enrollment-flow";
import { ForcedPasswordChangeForm } from "./forced-password-change-form";
import { LoginForm } from "./login-form";
import { TwoFactorForm } from "./two-factor-form";

/** Routes a step's answer: the next step's page, or the app once signed in. */
function useResultRouter() {
  const router = useRouter();
  return React.useCallback((result: LoginResult) => router.replace(routeLoginResult(result)), [router]);
}

/** The step pages need the temp token in memory: after a reload it is gone, start again. */
function useRequireStep(): string | null {
  const router = useRouter();
  const tempToken = useLoginFlow((s) => s.tempToken);
  React.useEffect(() => {
    if (!tempToken) router.replace(LOGIN_ROUTES.login);
  }, [tempToken, router]);
  return tempToken;
}

function useExpiredStep() {
  const router = useRouter();
  return React.useCallback(
    (message: string) => {
      useLoginFlow.getState().reset(message);
      router.replace(LOGIN_ROUTES.login);
    },
    [router],
  );
}

export function LoginScreen({ next }: { next: string | null }) {
  const router = useRouter();
  const onResult = useResultRouter();
  const notice = useLoginFlow((s) => s.notice);

  // Someone with a live session (the refresh cookie) who opens /login goes straight in.
  React.useEffect(() => {
    let cancelled = false;
    void refreshAccessToken().then((token) => {
      if (token && !cancelled) router.replace(safeNext(next));
    });
    return () => {
      cancelled = true;
    };
  }, [next, router]);

  return (
    <AuthCard title="Iniciar sesión" description="Entra con el usuario y la contraseña que te dio el administrador.">
      <LoginForm
        notice={notice}
        submit={(values) => {
          useLoginFlow.getState().begin(values.username, next ?? "/");
          return login(values);
        }}
        onResult={onResult}
      />
      <p className="mt-6 text-center text-xs text-muted-foreground">
        ¿Olvidaste tu contraseña? Pide al administrador que la restablezca.
      </p>
    </AuthCard>
  );
}

export function TwoFactorScreen() {
  const tempToken = useRequireStep();
  const onResult = useResultRouter();
  const onExpired = useExpiredStep();
  if (!tempToken) return null;
  return (
    <AuthCard title="Verificación en dos pasos" description="Confirma que eres tú con tu aplicación autenticadora.">
      <TwoFactorForm
        submit={(code) => verifyTwoFactor({ temp_token: tempToken, code })}
        onResult={onResult}
        onExpired={onExpired}
      />
      <BackToLogin />
    </AuthCard>
  );
}

export function EnrollmentScreen() {
  const tempToken = useRequireStep();
  const username = useLoginFlow((s) => s.username);
  const onResult = useResultRouter();
  const onExpired = useExpiredStep();
  if (!tempToken) return null;
  return (
    <AuthCard
      title="Activa la verificación en dos pasos"
      description="Tu puesto la requiere: además de tu contraseña, cada inicio de sesión pedirá un código de tu teléfono."
    >
      <EnrollmentFlow tempToken={tempToken} username={username} onResult={onResult} onExpired={onExpired} />
    </AuthCard>
  );
}

export function PasswordChangeScreen() {
  const tempToken = useRequireStep();
  const username = useLoginFlow((s) => s.username);
  const onResult = useResultRouter();
  const onExpired = useExpiredStep();
  if (!tempToken) return null;
  return (
    <AuthCard
      title="Cambia tu contraseña"
      description="El administrador restableció tu contraseña. Elige una nueva para continuar."
    >
      <ForcedPasswordChangeForm
        username={username ?? undefined}
        submit={(newPassword) => changeRequiredPassword({ temp_token: tempToken, new_password: newPassword })}
        onResult={onResult}
        onExpired={onExpired}
      />
      <BackToLogin />
    </AuthCard>
  );
}

function BackToLogin() {
  const router = useRouter();
  return (
    <div className="mt-4 text-center">
      <Button
        variant="link"
        className="h-auto p-0 text-sm text-muted-foreground"
        onClick={() => {
          useLoginFlow.getState().reset();
          router.replace(LOGIN_ROUTES.login);
        }}
      >
        Volver a iniciar sesión
      </Button>
    </div>
  );
}
