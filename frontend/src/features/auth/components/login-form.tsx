"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { ApiError } from "@protegrt/api-client";
import { Loader2 } from "lucide-react";
import * as React from "react";
import { useForm } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { PasswordInput } from "@/components/ui/password-input";
import { errorMessage } from "@/lib/errors";
import { formatWait } from "@/lib/format";
import { useCountdown } from "@/lib/use-countdown";

import type { LoginResult } from "../api/queries";
import { type LoginValues, loginSchema } from "../schemas";

interface LoginFormProps {
  /** Sends the credentials (the API's login; injected so tests need no server). */
  submit: (values: LoginValues) => Promise<LoginResult>;
  /** Receives the API's answer (the login flow routes it). */
  onResult: (result: LoginResult) => void;
  /** A fixed username (the re-login dialog: the same person signs in again). */
  fixedUsername?: string;
  notice?: string | null;
}

/** Username and password (screens.md §1.0): no "remember me", errors in Spanish from the API. */
export function LoginForm({ submit, onResult, fixedUsername, notice }: LoginFormProps) {
  const [formError, setFormError] = React.useState<string | null>(null);
  const [blockedUntil, setBlockedUntil] = React.useState<number | null>(null);
  const waitLeft = useCountdown(blockedUntil);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LoginValues>({
    resolver: zodResolver(loginSchema),
    defaultValues: { username: fixedUsername ?? "", password: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      onResult(await submit(values));
    } catch (error) {
      if (error instanceof ApiError && error.status === 429 && error.retryAfter !== null) {
        setBlockedUntil(Date.now() + error.retryAfter * 1000);
      }
      setFormError(errorMessage(error));
    }
  });

  const blocked = waitLeft > 0;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4" aria-label="Iniciar sesión">
      {notice && !formError ? <Alert variant="warning">{notice}</Alert> : null}
      {formError ? (
        <Alert variant="destructive" data-testid="login-error">
          {formError}
        </Alert>
      ) : null}
      <FormField id="username" label="Usuario" required error={errors.username?.message}>
        <Input autoComplete="username" autoFocus={!fixedUsername} readOnly={!!fixedUsername} {...register("username")} />
      </FormField>
      <FormField id="password" label="Contraseña" required error={errors.password?.message}>
        <PasswordInput autoComplete="current-password" autoFocus={!!fixedUsername} {...register("password")} />
      </FormField>
      <Button type="submit" className="mt-2 w-full" disabled={isSubmitting || blocked}>
        {isSubmitting ? <Loader2 className="animate-spin" aria-hidden="true" /> : null}
        {blocked ? `Espera ${formatWait(waitLeft)}` : "Iniciar sesión"}
      </Button>
    </form>
  );
}
