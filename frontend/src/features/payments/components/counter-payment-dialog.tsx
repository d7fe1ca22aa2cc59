"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Printer } from "lucide-react";
import * as React from "react";
import { Controller, useForm } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { applyServerErrors, errorMessage } from "@/lib/errors";
import { formatDate, formatMoney } from "@/lib/format";
import { useIdempotencyKey } from "@/lib/idempotency";

import { type Installment, type PaymentResult, openPdf, receiptPdf, useCounterPayment, useNextOfficeReceipt } from "../api/queries";
import { type CounterPaymentValues, counterPaymentBody, counterPaymentDefaults, counterPaymentSchema } from "../lib/forms";
import { normalizeAmount, toCents } from "../lib/money";
import { METHOD_LABEL, METHODS, counterPaymentLabel } from "../lib/payment-format";
import { guardedClose } from "./dialog-guard";

const FIELDS = ["amount", "method", "receipt_number", "paid_date"] as const;

interface CounterPaymentDialogProps {
  installment: Pick<Installment, "id" | "payment_number" | "amount" | "remaining" | "partials" | "due_date">;
  /** payments.partial: a smaller amount than the balance records an abono. */
  mayPartial: boolean;
  /** receipts.read: suggest the next OFICINA receipt. */
  suggestReceipt?: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * Pago en mostrador (screens.md §1.5, domain.md §4): the whole balance or a partial (abono), the
 * method and the OFICINA receipt; then the printable receipt.
 */
export function CounterPaymentDialog({ installment, mayPartial, suggestReceipt = false, open, onOpenChange }: CounterPaymentDialogProps) {
  const mutation = useCounterPayment();
  const idem = useIdempotencyKey(open); // one key per payment: the same on a retry, a new one after success
  const nextReceipt = useNextOfficeReceipt(open && suggestReceipt);
  const [result, setResult] = React.useState<PaymentResult | null>(null);
  const [formError, setFormError] = React.useState<string | null>(null);
  const schema = React.useMemo(() => counterPaymentSchema(installment.remaining, mayPartial), [installment.remaining, mayPartial]);
  const form = useForm<CounterPaymentValues>({
    resolver: zodResolver(schema),
    defaultValues: counterPaymentDefaults(installment.remaining),
    mode: "onTouched",
    reValidateMode: "onChange",
  });
  const { register, handleSubmit, formState, setError, control, watch, reset, setValue } = form;

  React.useEffect(() => {
    if (open) {
      reset(counterPaymentDefaults(installment.remaining));
      setResult(null);
      setFormError(null);
      mutation.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset on open only
  }, [open]);

  const amount = watch("amount");
  const cents = toCents(normalizeAmount(amount) ?? "x");
  const remainingCents = toCents(installment.remaining) ?? 0n;
  const willBe =
    cents !== null && cents > 0n && cents <= remainingCents
      ? counterPaymentLabel(installment.payment_number, installment.partials.length, cents === remainingCents)
      : null;

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    mutation.mutate({ body: counterPaymentBody(installment.id, values), idempotencyKey: idem.key }, {
      onSuccess: (data) => {
        idem.renew();
        setResult(data);
        toast("Pago registrado", { description: `${data.transaction.label}: ${formatMoney(data.transaction.amount)}`, variant: "success" });
      },
      onError: (error) => setFormError(applyServerErrors(error, setError, FIELDS)),
    });
  });

  const [printing, setPrinting] = React.useState(false);
  const onPrint = async (transactionId: number) => {
    setPrinting(true);
    try {
      await openPdf(() => receiptPdf(transactionId));
    } catch (error) {
      toast("No se pudo generar el recibo", { description: errorMessage(error), variant: "error" });
    } finally {
      setPrinting(false);
    }
  };

  const close = guardedClose(onOpenChange, formState.isDirty && result === null, mutation.isPending);
  const errors = formState.errors;

  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Pago en mostrador</DialogTitle>
          <DialogDescription>
            Pago {installment.payment_number} · vence {formatDate(installment.due_date)} · importe {formatMoney(installment.amount)}
          </DialogDescription>
        </DialogHeader>
        {result ? (
          <div className="grid gap-4">
            <Alert>
              <p className="font-medium">{result.transaction.label} registrado</p>
              <p>
                {formatMoney(result.transaction.amount)} · {METHOD_LABEL[result.transaction.method ?? "cash"]} · recibo{" "}
                {result.transaction.receipt_number ?? "—"}
              </p>
              <p>Saldo pendiente de la mensualidad: {formatMoney(result.installment.remaining)}</p>
              {result.paid_off ? <p>La póliza quedó liquidada.</p> : null}
            </Alert>
            <DialogFooter>
              <Button variant="outline" onClick={() => onOpenChange(false)}>
                Cerrar
              </Button>
              <Button onClick={() => void onPrint(result.transaction.id)} disabled={printing}>
                <Printer aria-hidden="true" />
                {printing ? "Generando…" : "Imprimir recibo"}
              </Button>
            </DialogFooter>
          </div>
        ) : (
          <form noValidate onSubmit={onSubmit} className="grid gap-4" aria-label="Pago en mostrador">
            <p className="text-sm">
              Saldo pendiente: <strong data-testid="remaining">{formatMoney(installment.remaining)}</strong>
            </p>
            <FormField
              id="counter-amount"
              label="Monto (MXN)"
              required
              error={errors.amount?.message}
              hint={willBe ? `Se registrará como: ${willBe}` : mayPartial ? "El saldo completo o un abono menor." : "El saldo completo."}
            >
              <Input inputMode="decimal" autoComplete="off" {...register("amount")} />
            </FormField>
            <FormField id="counter-method" label="Forma de pago" required error={errors.method?.message}>
              <Controller
                control={control}
                name="method"
                render={({ field }) => (
                  <Select value={field.value} onValueChange={(v) => field.onChange(v)}>
                    <SelectTrigger aria-label="Forma de pago" onBlur={field.onBlur}>
                      <SelectValue placeholder="Elige la forma de pago" />
                    </SelectTrigger>
                    <SelectContent>
                      {METHODS.map((m) => (
                        <SelectItem key={m} value={m}>
                          {METHOD_LABEL[m]}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                )}
              />
            </FormField>
            <FormField id="counter-receipt" label="Número de recibo" required error={errors.receipt_number?.message} hint="Un recibo de OFICINA, por ejemplo A0123.">
              <Input autoComplete="off" autoCapitalize="characters" {...register("receipt_number")} />
            </FormField>
            {nextReceipt.data ? (
              <p className="-mt-2 flex items-center gap-2 text-xs text-muted-foreground">
                Siguiente recibo de OFICINA: {nextReceipt.data}
                <Button
                  size="sm"
                  variant="link"
                  className="h-auto p-0 text-xs"
                  onClick={() => setValue("receipt_number", nextReceipt.data ?? "", { shouldDirty: true, shouldValidate: true })}
                >
                  Usar {nextReceipt.data}
                </Button>
              </p>
            ) : null}
            <FormField id="counter-date" label="Fecha real de pago" error={errors.paid_date?.message} hint="Hoy si no la cambias.">
              <Input type="date" {...register("paid_date")} />
            </FormField>
            {formError ? <Alert variant="destructive">{formError}</Alert> : null}
            <DialogFooter>
              <Button variant="outline" onClick={() => close(false)} disabled={mutation.isPending}>
                Cancelar
              </Button>
              <Button type="submit" disabled={mutation.isPending}>
                {mutation.isPending ? "Registrando…" : "Registrar pago"}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
