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
import { errorMessage } from "@/lib/errors";

import type { LoginResult } from "../api/queries";
import { STEP_EXPIRED_CODES } from "../api/login-flow";
import { type CodeValues, codeSchema } from "../schemas";

interface TwoFactorFormProps {
  submit: (code: string) => Promise<LoginResult>;
  onResult: (result: LoginResult) => void;
  /** The temp token expired: start again from the username and password. */
  onExpired: (message: string) => void;
}

/** The second step: the 6-digit code of the authenticator app, or one of the backup codes. */
export function TwoFactorForm({ submit, onResult, onExpired }: TwoFactorFormProps) {
  const [useBackup, setUseBackup] = React.useState(false);
  const [formError, setFormError] = React.useState<string | null>(null);
  const schema = React.useMemo(() => codeSchema(useBackup), [useBackup]);
  const {
    register,
    handleSubmit,
    reset,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<CodeValues>({ resolver: zodResolver(schema), defaultValues: { code: "" } });

  const onSubmit = handleSubmit(async ({ code }) => {
    setFormError(null);
    try {
      onResult(await submit(useBackup ? code.trim().toUpperCase() : code.replace(/\s/g, "")));
    } catch (error) {
      if (error instanceof ApiError && STEP_EXPIRED_CODES.has(error.code)) {
        onExpired(error.detail);
        return;
      }
      setFormError(errorMessage(error));
      reset({ code: "" });
      setFocus("code");
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4" aria-label="Verificación en dos pasos">
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <FormField
        id="code"
        label={useBackup ? "Código de respaldo" : "Código de verificación"}
        required
        error={errors.code?.message}
        hint={useBackup ? "Cada código de respaldo sirve una sola vez." : "Los 6 dígitos que muestra tu aplicación autenticadora."}
      >
        <Input
          autoFocus
          autoComplete="one-time-code"
          inputMode={useBackup ? "text" : "numeric"}
          maxLength={useBackup ? 11 : 6}
          placeholder={useBackup ? "XXXXX-XXXXX" : "123456"}
          className="font-mono tracking-widest"
          {...register("code")}
        />
      </FormField>
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? <Loader2 className="animate-spin" aria-hidden="true" /> : null}
        Verificar
      </Button>
      <Button
        variant="link"
        className="h-auto p-0 text-sm"
        onClick={() => {
          setUseBackup((v) => !v);
          setFormError(null);
          reset({ code: "" });
        }}
      >
        {useBackup ? "Usar el código de mi aplicación" : "No tengo mi teléfono: usar un código de respaldo"}
      </Button>
    </form>
  );
}
