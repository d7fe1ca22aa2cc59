"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { ApiError } from "@protegrt/api-client";
import { useQuery } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import * as React from "react";
import { useForm } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { errorMessage } from "@/lib/errors";

import { authKeys } from "../api/keys";
import { STEP_EXPIRED_CODES } from "../api/login-flow";
import { type LoginResult, enrollConfirm, enrollStart } from "../api/queries";
import { type CodeValues, codeSchema } from "../schemas";
import { BackupCodes } from "./backup-codes";

interface Props {
  tempToken: string;
  username?: string | null;
  /** Called after the person confirmed they saved the backup codes. */
  onResult: (result: LoginResult) => void;
  onExpired: (message: string) => void;
}

/** Mandatory 2FA enrolment (admin and gerentes): QR, confirm a code, then the backup codes. */
export function EnrollmentFlow({ tempToken, username, onResult, onExpired }: Props) {
  const [confirmed, setConfirmed] = React.useState<LoginResult | null>(null);
  const [formError, setFormError] = React.useState<string | null>(null);
  // A query (not an effect): one start per temp token, even when React mounts twice.
  const setup = useQuery({
    queryKey: [...authKeys.all, "enroll", tempToken],
    queryFn: () => enrollStart({ temp_token: tempToken }),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  const schema = React.useMemo(() => codeSchema(false), []);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CodeValues>({ resolver: zodResolver(schema), defaultValues: { code: "" } });

  React.useEffect(() => {
    const error = setup.error;
    if (error instanceof ApiError && STEP_EXPIRED_CODES.has(error.code)) onExpired(error.detail);
  }, [setup.error, onExpired]);

  const onSubmit = handleSubmit(async ({ code }) => {
    setFormError(null);
    try {
      setConfirmed(await enrollConfirm({ temp_token: tempToken, code: code.replace(/\s/g, "") }));
    } catch (error) {
      if (error instanceof ApiError && STEP_EXPIRED_CODES.has(error.code)) {
        onExpired(error.detail);
        return;
      }
      setFormError(errorMessage(error));
      reset({ code: "" });
    }
  });

  if (confirmed) {
    return (
      <BackupCodes codes={confirmed.backup_codes ?? []} username={username} onDone={() => onResult(confirmed)} />
    );
  }

  return (
    <div className="grid gap-5">
      <ol className="grid list-decimal gap-1 pl-5 text-sm text-muted-foreground">
        <li>Abre tu aplicación autenticadora (Google Authenticator, Microsoft Authenticator, Aegis…).</li>
        <li>Escanea el código QR o escribe la clave a mano.</li>
        <li>Escribe el código de 6 dígitos que te muestre.</li>
      </ol>
      {setup.isPending ? (
        <div className="grid justify-items-center gap-3">
          <Skeleton className="size-48" />
          <Skeleton className="h-5 w-64" />
        </div>
      ) : setup.error ? (
        <Alert variant="destructive">{errorMessage(setup.error)}</Alert>
      ) : (
        <div className="grid justify-items-center gap-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: PNG from the API */}
          <img
            src={`data:image/png;base64,${setup.data.qr_png_base64}`}
            alt="Código QR para tu aplicación autenticadora"
            width={192}
            height={192}
            className="size-48 rounded-md border bg-white p-2"
          />
          <div className="text-center">
            <p className="text-xs text-muted-foreground">Clave para escribirla a mano</p>
            <code data-testid="totp-secret" className="select-all break-all font-mono text-sm tracking-wider">
              {setup.data.secret}
            </code>
          </div>
        </div>
      )}
      <form onSubmit={onSubmit} noValidate className="grid gap-4" aria-label="Confirmar verificación en dos pasos">
        {formError ? <Alert variant="destructive">{formError}</Alert> : null}
        <FormField id="code" label="Código de verificación" required error={errors.code?.message}>
          <Input
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={6}
            placeholder="123456"
            className="font-mono tracking-widest"
            disabled={!setup.data}
            {...register("code")}
          />
        </FormField>
        <Button type="submit" className="w-full" disabled={isSubmitting || !setup.data}>
          {isSubmitting ? <Loader2 className="animate-spin" aria-hidden="true" /> : null}
          Activar verificación en dos pasos
        </Button>
      </form>
    </div>
  );
}
