"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { Schemas } from "@protegrt/api-client";
import * as React from "react";
import { useForm } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { applyServerErrors } from "@/lib/errors";
import { formatMoney } from "@/lib/format";
import { fromCents } from "@/lib/money";
import { z, type Infer } from "@/lib/zod";

import { deliveryDifference, parseAmountInput, receivedAmountError } from "../lib/money";

export const deliveryFormSchema = z.object({
  received: z.string().superRefine((v, ctx) => {
    const message = receivedAmountError(v);
    if (message) ctx.addIssue({ code: "custom", message });
  }),
  notes: z.string().trim().max(1000, "Máximo 1000 caracteres."),
});

export type DeliveryFormValues = Infer<typeof deliveryFormSchema>;

/** "$1,234.50 MXN": the amounts a person confirms are stated with their currency. */
export const mxn = (value: string) => `${formatMoney(value)} MXN`;

/** The received amount typed, as the API's string, or null while it is not valid. */
export function receivedString(text: string): string | null {
  const cents = parseAmountInput(text);
  return cents === null ? null : fromCents(cents);
}

interface DeliveryFormProps {
  collectorName: string;
  expected: Schemas["ExpectedCash"];
  save: (body: Schemas["DeliveryCreate"]) => Promise<Schemas["DeliveryRead"]>;
  onSaved: (delivery: Schemas["DeliveryRead"]) => void;
}

/**
 * Recibir efectivo: the physical amount counted (required), the difference computed as it is
 * typed (red when short: it becomes the collector's debt) and a confirmation that states the
 * amounts in MXN. The delivery covers exactly the proposals listed as expected.
 */
export function DeliveryForm({ collectorName, expected, save, onSaved }: DeliveryFormProps) {
  const form = useForm<DeliveryFormValues>({
    resolver: zodResolver(deliveryFormSchema),
    defaultValues: { received: "", notes: "" },
    mode: "onChange",
  });
  const { register, handleSubmit, formState, setError, watch } = form;
  const [confirming, setConfirming] = React.useState<DeliveryFormValues | null>(null);
  const [saving, setSaving] = React.useState(false);
  const [formError, setFormError] = React.useState<string | null>(null);
  const received = receivedString(watch("received"));
  const diff = received === null ? null : deliveryDifference(expected.total, received);

  const confirm = async () => {
    if (!confirming || received === null) return;
    setSaving(true);
    setFormError(null);
    try {
      const delivery = await save({
        collector_id: expected.collector_id,
        received_amount: received,
        proposal_ids: expected.items.map((i) => i.proposal_id),
        notes: confirming.notes.trim() || null,
      });
      setConfirming(null);
      onSaved(delivery);
    } catch (error) {
      setConfirming(null);
      const aliased = error as { fields?: Record<string, string> };
      if (aliased.fields?.received_amount) setError("received", { type: "server", message: aliased.fields.received_amount });
      setFormError(applyServerErrors(error, setError, ["notes"]));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form noValidate className="grid gap-4" aria-label="Recibir efectivo" onSubmit={handleSubmit((v) => setConfirming(v))}>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="cash-received" label="Efectivo recibido" required error={formState.errors.received?.message} hint="Lo que se contó físicamente, en pesos.">
          <Input inputMode="decimal" autoComplete="off" {...register("received")} />
        </FormField>
        <div className="grid content-start gap-1.5 text-sm" aria-live="polite" data-testid="cash-difference">
          <span className="font-medium">Diferencia</span>
          {diff === null ? (
            <span className="text-muted-foreground">Escribe el efectivo recibido.</span>
          ) : diff.kind === "short" ? (
            <span className="font-semibold text-destructive">Faltante: {mxn(diff.shortage)} (deuda del cobrador)</span>
          ) : diff.kind === "surplus" ? (
            <span className="font-semibold text-emerald-700">Sobrante: {mxn(diff.surplus)}</span>
          ) : (
            <span className="font-semibold text-emerald-700">Completo: sin diferencia</span>
          )}
        </div>
      </div>
      <FormField id="cash-notes" label="Notas" error={formState.errors.notes?.message}>
        <textarea
          className="min-h-16 w-full rounded-md border border-input bg-card px-3 py-2 text-sm shadow-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring aria-[invalid=true]:border-destructive"
          {...register("notes")}
        />
      </FormField>
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <div className="flex justify-end">
        <Button type="submit" disabled={saving || expected.items.length === 0}>
          Confirmar recepción
        </Button>
      </div>
      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => (open ? undefined : setConfirming(null))}
        title="Confirmar entrega de efectivo"
        description={`${collectorName} entrega ${expected.items.length} ${expected.items.length === 1 ? "cobro" : "cobros"} en efectivo.`}
        confirmLabel="Confirmar entrega"
        pendingLabel="Registrando…"
        destructive={false}
        pending={saving}
        onConfirm={confirm}
      >
        {diff ? (
          <dl className="grid grid-cols-2 gap-2 text-sm">
            <dt className="text-muted-foreground">Esperado</dt>
            <dd className="text-right font-medium">{mxn(expected.total)}</dd>
            <dt className="text-muted-foreground">Recibido</dt>
            <dd className="text-right font-medium">{mxn(received ?? "0.00")}</dd>
          </dl>
        ) : null}
        {diff?.kind === "short" ? (
          <Alert variant="destructive" data-testid="confirm-shortage">
            Faltan {mxn(diff.shortage)}: se registrarán como deuda de {collectorName}, que se descuenta de sus comisiones. Al cliente se le
            acredita el pago completo.
          </Alert>
        ) : diff?.kind === "surplus" ? (
          <Alert variant="warning">Sobran {mxn(diff.surplus)}: se registra la diferencia, sin deuda.</Alert>
        ) : (
          <Alert>El efectivo recibido coincide con lo esperado.</Alert>
        )}
      </ConfirmDialog>
    </form>
  );
}
