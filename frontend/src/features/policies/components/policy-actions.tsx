"use client";

import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/errors";

import { useCancellationCodes, useCancelPolicy, useChangeSeller, useSellers, useSuspension, useUndoCancellation } from "../api/queries";
import { type CancelForm, cancelBody, type FormErrors, reasonError, validateCancel } from "../lib/action-forms";

const textareaClass =
  "min-h-20 w-full rounded-md border border-input bg-card px-3 py-2 text-sm shadow-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring aria-[invalid=true]:border-destructive";

interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

const EMPTY_CANCEL: CancelForm = {
  code: "",
  reason: "",
  paymentsMade: "",
  notifyClient: false,
  notifyCollector: false,
  notifySeller: false,
};

/** Cancelar póliza: code (C1-C5), reason, payments made and who to notify. */
export function CancelPolicyDialog({
  policyId,
  installments,
  open,
  onOpenChange,
}: DialogProps & { policyId: number; installments: number }) {
  const codes = useCancellationCodes(open);
  const cancel = useCancelPolicy(policyId);
  const [form, setForm] = React.useState<CancelForm>(EMPTY_CANCEL);
  const [errors, setErrors] = React.useState<FormErrors<CancelForm>>({});
  React.useEffect(() => {
    if (open) {
      setForm(EMPTY_CANCEL);
      setErrors({});
      cancel.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset on open only
  }, [open]);
  const set = <K extends keyof CancelForm>(key: K, value: CancelForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    const found = validateCancel(form, installments);
    setErrors(found);
    if (Object.keys(found).length) return;
    cancel.mutate(cancelBody(form), {
      onSuccess: () => {
        toast("Póliza cancelada", { variant: "success" });
        onOpenChange(false);
      },
    });
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Cancelar póliza</DialogTitle>
          <DialogDescription>Las mensualidades sin pagar posteriores a los pagos realizados se cancelan.</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} className="grid gap-4" noValidate>
          <FormField id="cancel-code" label="Motivo" required error={errors.code}>
            <Select value={form.code} onValueChange={(v) => set("code", v)}>
              <SelectTrigger aria-label="Motivo">
                <SelectValue placeholder={codes.isPending ? "Cargando…" : "Elige un motivo"} />
              </SelectTrigger>
              <SelectContent>
                {(codes.data ?? [])
                  .filter((c) => c.is_active)
                  .map((c) => (
                    <SelectItem key={c.code} value={c.code}>
                      {c.code} · {c.description}
                    </SelectItem>
                  ))}
              </SelectContent>
            </Select>
          </FormField>
          <FormField id="cancel-reason" label="Explicación" required error={errors.reason} hint="Al menos 10 caracteres.">
            <textarea className={textareaClass} value={form.reason} onChange={(e) => set("reason", e.target.value)} />
          </FormField>
          <FormField
            id="cancel-payments"
            label="Pagos realizados"
            error={errors.paymentsMade}
            hint="Si lo dejas vacío, se cuentan las mensualidades pagadas por completo."
          >
            <Input inputMode="numeric" value={form.paymentsMade} onChange={(e) => set("paymentsMade", e.target.value)} />
          </FormField>
          <fieldset className="grid gap-2">
            <legend className="mb-1 text-sm font-medium">Avisar a</legend>
            {(
              [
                ["notifyClient", "Cliente (WhatsApp)"],
                ["notifyCollector", "Cobrador (app)"],
                ["notifySeller", "Vendedor (Telegram)"],
              ] as const
            ).map(([key, label]) => (
              <div key={key} className="flex items-center gap-2">
                <Checkbox id={`cancel-${key}`} checked={form[key]} onCheckedChange={(v) => set(key, v === true)} />
                <Label htmlFor={`cancel-${key}`}>{label}</Label>
              </div>
            ))}
          </fieldset>
          {cancel.error ? <Alert variant="destructive">{errorMessage(cancel.error)}</Alert> : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              Volver
            </Button>
            <Button type="submit" variant="destructive" disabled={cancel.isPending}>
              {cancel.isPending ? "Cancelando…" : "Cancelar póliza"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

/** A dialog that only asks for a reason (undo cancellation, suspend, lift suspension). */
function ReasonDialog({
  open,
  onOpenChange,
  title,
  description,
  submitLabel,
  pending,
  error,
  onConfirm,
  children,
  extraError,
}: DialogProps & {
  title: string;
  description: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
  children?: React.ReactNode;
  extraError?: () => string | undefined;
}) {
  const [reason, setReason] = React.useState("");
  const [fieldError, setFieldError] = React.useState<string | undefined>();
  const [formError, setFormError] = React.useState<string | undefined>();
  React.useEffect(() => {
    if (open) {
      setReason("");
      setFieldError(undefined);
      setFormError(undefined);
    }
  }, [open]);
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const found = reasonError(reason);
            const extra = extraError?.();
            setFieldError(found);
            setFormError(extra);
            if (!found && !extra) onConfirm(reason.trim());
          }}
        >
          {children}
          <FormField id="action-reason" label="Motivo" required error={fieldError} hint="Al menos 10 caracteres.">
            <textarea className={textareaClass} value={reason} onChange={(e) => setReason(e.target.value)} />
          </FormField>
          {formError ? <Alert variant="destructive">{formError}</Alert> : null}
          {error ? <Alert variant="destructive">{errorMessage(error)}</Alert> : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              Volver
            </Button>
            <Button type="submit" disabled={pending}>
              {submitLabel}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

export function UndoCancellationDialog({ policyId, cancellationId, open, onOpenChange }: DialogProps & { policyId: number; cancellationId: number }) {
  const undo = useUndoCancellation(policyId);
  React.useEffect(() => {
    if (open) undo.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  return (
    <ReasonDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Deshacer cancelación"
      description="La póliza vuelve al estatus que le corresponde y las mensualidades canceladas se reactivan."
      submitLabel="Deshacer cancelación"
      pending={undo.isPending}
      error={undo.error}
      onConfirm={(reason) =>
        undo.mutate(
          { cancellationId, reason },
          {
            onSuccess: () => {
              toast("Cancelación deshecha", { variant: "success" });
              onOpenChange(false);
            },
          },
        )
      }
    />
  );
}

export function SuspensionDialog({ policyId, lift, open, onOpenChange }: DialogProps & { policyId: number; lift: boolean }) {
  const suspension = useSuspension(policyId);
  React.useEffect(() => {
    if (open) suspension.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  return (
    <ReasonDialog
      open={open}
      onOpenChange={onOpenChange}
      title={lift ? "Levantar suspensión" : "Suspender póliza"}
      description={lift ? "La póliza vuelve al estatus que le corresponde." : "La póliza queda suspendida hasta que se levante la suspensión."}
      submitLabel={lift ? "Levantar suspensión" : "Suspender"}
      pending={suspension.isPending}
      error={suspension.error}
      onConfirm={(reason) =>
        suspension.mutate(
          { lift, reason },
          {
            onSuccess: () => {
              toast(lift ? "Suspensión levantada" : "Póliza suspendida", { variant: "success" });
              onOpenChange(false);
            },
          },
        )
      }
    />
  );
}

export function ChangeSellerDialog({ policyId, currentSellerId, open, onOpenChange }: DialogProps & { policyId: number; currentSellerId: number }) {
  const sellers = useSellers(open);
  const change = useChangeSeller(policyId);
  const [sellerId, setSellerId] = React.useState("");
  React.useEffect(() => {
    if (open) {
      setSellerId("");
      change.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  return (
    <ReasonDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Cambiar vendedor"
      description="El cambio queda en el historial de la póliza."
      submitLabel="Cambiar vendedor"
      pending={change.isPending}
      error={change.error}
      extraError={() => (sellerId ? undefined : "Elige el nuevo vendedor.")}
      onConfirm={(reason) =>
        change.mutate(
          { seller_id: Number(sellerId), reason },
          {
            onSuccess: () => {
              toast("Vendedor cambiado", { variant: "success" });
              onOpenChange(false);
            },
          },
        )
      }
    >
      <FormField id="change-seller" label="Nuevo vendedor" required>
        <Select value={sellerId} onValueChange={setSellerId}>
          <SelectTrigger aria-label="Nuevo vendedor">
            <SelectValue placeholder={sellers.isPending ? "Cargando…" : "Elige un vendedor"} />
          </SelectTrigger>
          <SelectContent>
            {(sellers.data?.items ?? [])
              .filter((s) => s.id !== currentSellerId)
              .map((s) => (
                <SelectItem key={s.id} value={String(s.id)}>
                  {s.full_name}
                </SelectItem>
              ))}
          </SelectContent>
        </Select>
      </FormField>
    </ReasonDialog>
  );
}
