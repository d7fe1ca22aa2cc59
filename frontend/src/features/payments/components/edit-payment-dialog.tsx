"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import * as React from "react";
import { Controller, type Path, useForm } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { applyServerErrors } from "@/lib/errors";
import { formatDate, formatMoney, todayInMexico } from "@/lib/format";

import { type Installment, type PaymentEditBody, useCollectors, useEditPayment } from "../api/queries";
import { type EditPaymentValues, editPaymentBody, editPaymentDefaults, editPaymentSchema } from "../lib/forms";
import { DELIVERY_LABEL, METHOD_LABEL, METHODS, paymentStatus } from "../lib/payment-format";
import { guardedClose, textareaClass } from "./dialog-guard";

const FIELDS: readonly Path<EditPaymentValues>[] = [
  "status",
  "receipt_number",
  "paid_date",
  "payment_method",
  "collector_id",
  "office_delivery_status",
  "office_delivery_date",
  "comments",
];
const NONE = "__none__";

interface EditPaymentDialogProps {
  installment: Installment;
  /** Offer the collector list (needs employees.read). */
  canPickCollector: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * Editar pago (Cobranza): receipt, status, paid date, method, collector, office delivery and
 * comments. The API applies the legacy checks; each refusal lands on its field.
 */
export function EditPaymentDialog({ installment, canPickCollector, open, onOpenChange }: EditPaymentDialogProps) {
  const mutation = useEditPayment();
  const collectors = useCollectors(open && canPickCollector);
  const defaults = React.useMemo(() => editPaymentDefaults(installment), [installment]);
  const [formError, setFormError] = React.useState<string | null>(null);
  const form = useForm<EditPaymentValues>({
    resolver: zodResolver(editPaymentSchema),
    defaultValues: defaults,
    mode: "onTouched",
    reValidateMode: "onChange",
  });
  const { register, handleSubmit, formState, setError, control, reset, getValues, setValue } = form;
  React.useEffect(() => {
    if (open) {
      reset(defaults);
      setFormError(null);
      mutation.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset on open only
  }, [open]);

  const wasPaid = installment.status === "paid";
  const statuses = wasPaid ? ["paid"] : [installment.status, "paid"];

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    const body = editPaymentBody(defaults, values);
    if (Object.keys(body).length === 0) {
      onOpenChange(false);
      return;
    }
    mutation.mutate(
      { installmentId: installment.id, body: body as PaymentEditBody },
      {
        onSuccess: () => {
          toast(`Pago ${installment.payment_number} actualizado`, { variant: "success" });
          onOpenChange(false);
        },
        onError: (error) => setFormError(applyServerErrors(error, setError, FIELDS)),
      },
    );
  });

  const errors = formState.errors;
  const close = guardedClose(onOpenChange, formState.isDirty, mutation.isPending);
  const selectField = (name: Path<EditPaymentValues>, label: string, options: [string, string][], placeholder: string, allowNone: boolean) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          value={field.value ? String(field.value) : allowNone ? NONE : ""}
          onValueChange={(v) => {
            field.onChange(v === NONE ? "" : v);
            // marking it paid: the paid date defaults to today, as the API does
            if (name === "status" && v === "paid" && !getValues("paid_date")) {
              setValue("paid_date", todayInMexico(), { shouldDirty: true });
            }
          }}
        >
          <SelectTrigger aria-label={label} onBlur={field.onBlur} aria-invalid={errors[name] ? true : undefined}>
            <SelectValue placeholder={placeholder} />
          </SelectTrigger>
          <SelectContent>
            {allowNone ? <SelectItem value={NONE}>Sin dato</SelectItem> : null}
            {options.map(([value, text]) => (
              <SelectItem key={value} value={value}>
                {text}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      )}
    />
  );

  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent className="max-w-2xl">
        <DialogHeader>
          <DialogTitle>Editar pago {installment.payment_number}</DialogTitle>
          <DialogDescription>
            Vence {formatDate(installment.due_date)} · importe {formatMoney(installment.amount)}. Un pago registrado no se deshace aquí: usa
            la reversión.
          </DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={onSubmit} className="grid gap-4" aria-label="Editar pago">
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField id="edit-status" label="Estatus" required error={errors.status?.message}>
              {selectField(
                "status",
                "Estatus",
                statuses.map((s) => [s, paymentStatus(s).label]),
                "Estatus",
                false,
              )}
            </FormField>
            <FormField id="edit-receipt" label="Número de recibo" error={errors.receipt_number?.message} hint="Debe estar verificado.">
              <Input autoComplete="off" autoCapitalize="characters" {...register("receipt_number")} />
            </FormField>
            <FormField id="edit-paid-date" label="Fecha real de pago" error={errors.paid_date?.message} hint="Solo con estatus «Pagada».">
              <Input type="date" {...register("paid_date")} />
            </FormField>
            <FormField id="edit-method" label="Forma de pago" error={errors.payment_method?.message}>
              {selectField(
                "payment_method",
                "Forma de pago",
                METHODS.map((m) => [m, METHOD_LABEL[m]]),
                "Forma de pago",
                !wasPaid,
              )}
            </FormField>
            {canPickCollector ? (
              <FormField id="edit-collector" label="Cobrador" error={errors.collector_id?.message}>
                {selectField(
                  "collector_id",
                  "Cobrador",
                  (collectors.data?.items ?? []).map((c) => [String(c.id), [c.code, c.full_name].filter(Boolean).join(" ")]),
                  collectors.isPending ? "Cargando…" : "Oficina (sin cobrador)",
                  true,
                )}
              </FormField>
            ) : null}
            <FormField id="edit-delivery" label="Entregado en oficina" error={errors.office_delivery_status?.message}>
              {selectField("office_delivery_status", "Entregado en oficina", Object.entries(DELIVERY_LABEL), "Sin dato", true)}
            </FormField>
            <FormField id="edit-delivery-date" label="Fecha de entrega en oficina" error={errors.office_delivery_date?.message} hint="A no más de 30 días de la fecha real de pago.">
              <Input type="date" {...register("office_delivery_date")} />
            </FormField>
          </div>
          <FormField id="edit-comments" label="Comentarios" error={errors.comments?.message}>
            <textarea className={textareaClass} {...register("comments")} />
          </FormField>
          {formError ? <Alert variant="destructive">{formError}</Alert> : null}
          <DialogFooter>
            <Button variant="outline" onClick={() => close(false)} disabled={mutation.isPending}>
              Cancelar
            </Button>
            <Button type="submit" disabled={mutation.isPending}>
              {mutation.isPending ? "Guardando…" : "Guardar cambios"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
