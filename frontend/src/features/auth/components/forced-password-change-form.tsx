"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { ApiError } from "@protegrt/api-client";
import { Loader2 } from "lucide-react";
import * as React from "react";
import { useForm } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { PasswordInput } from "@/components/ui/password-input";
import { applyServerErrors } from "@/lib/errors";

import type { LoginResult } from "../api/queries";
import { STEP_EXPIRED_CODES } from "../api/login-flow";
import { type ForcedChangeValues, forcedChangeSchema } from "../schemas";
import { PasswordStrength } from "./password-strength";

interface Props {
  username?: string | undefined;
  submit: (newPassword: string) => Promise<LoginResult>;
  onResult: (result: LoginResult) => void;
  onExpired: (message: string) => void;
}

/** After an administrator reset the password: choose a new one before going on. */
export function ForcedPasswordChangeForm({ username, submit, onResult, onExpired }: Props) {
  const [formError, setFormError] = React.useState<string | null>(null);
  const schema = React.useMemo(() => forcedChangeSchema(username), [username]);
  const {
    register,
    handleSubmit,
    watch,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ForcedChangeValues>({
    resolver: zodResolver(schema),
    defaultValues: { new_password: "", confirm: "" },
    mode: "onTouched",
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      onResult(await submit(values.new_password));
    } catch (error) {
      if (error instanceof ApiError && STEP_EXPIRED_CODES.has(error.code)) {
        onExpired(error.detail);
        return;
      }
      setFormError(applyServerErrors(error, setError, ["new_password"]));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4" aria-label="Cambiar contraseña">
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <FormField id="new_password" label="Nueva contraseña" required error={errors.new_password?.message}>
        <PasswordInput autoFocus autoComplete="new-password" {...register("new_password")} />
      </FormField>
      <PasswordStrength password={watch("new_password")} username={username} />
      <FormField id="confirm" label="Confirma la nueva contraseña" required error={errors.confirm?.message}>
        <PasswordInput autoComplete="new-password" {...register("confirm")} />
      </FormField>
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? <Loader2 className="animate-spin" aria-hidden="true" /> : null}
        Guardar y continuar
      </Button>
    </form>
  );
}
