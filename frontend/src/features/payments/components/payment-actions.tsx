"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import * as React from "react";
import { useForm } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toast";
import { applyServerErrors, errorMessage } from "@/lib/errors";
import { formatDate, formatMoney } from "@/lib/format";
import { PAYMENT_PLAN_LABEL } from "@/features/policies/lib/policy-format";

import { type Installment, type LedgerEntry, useMarkProblem, useRestructure, useRestructurePreview, useReverseTransaction } from "../api/queries";
import { type ProblemValues, type ReverseValues, problemSchema, reverseSchema } from "../lib/forms";
import { methodLabel } from "../lib/payment-format";
import { guardedClose, textareaClass } from "./dialog-guard";

interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Revertir un pago o abono: a compensating entry; the receipt is returned or cancelled. */
export function ReverseDialog({ entry, open, onOpenChange }: DialogProps & { entry: LedgerEntry }) {
  const mutation = useReverseTransaction();
  const [formError, setFormError] = React.useState<string | null>(null);
  const form = useForm<ReverseValues>({
    resolver: zodResolver(reverseSchema),
    defaultValues: { receipt_mode: "return", reason: "" },
    mode: "onTouched",
    reValidateMode: "onChange",
  });
  const { register, handleSubmit, formState, setError, reset, watch, setValue } = form;
  React.useEffect(() => {
    if (open) {
      reset({ receipt_mode: "return", reason: "" });
      setFormError(null);
      mutation.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  const mode = watch("receipt_mode");
  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    mutation.mutate(
      { transactionId: entry.id, body: { reason: values.reason.trim(), receipt_mode: values.receipt_mode as "return" | "cancel" } },
      {
        onSuccess: () => {
          toast(`${entry.label} revertido`, { variant: "success" });
          onOpenChange(false);
        },
        onError: (error) => setFormError(applyServerErrors(error, setError, ["reason", "receipt_mode"])),
      },
    );
  });
  const close = guardedClose(onOpenChange, formState.isDirty, mutation.isPending);
  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Revertir {entry.label.toLowerCase()}</DialogTitle>
          <DialogDescription>
            {formatMoney(entry.amount)} del {formatDate(entry.paid_date)} · {methodLabel(entry.method)} · recibo {entry.receipt_number ?? "—"}. No
            se borra nada: queda un movimiento compensatorio y la mensualidad vuelve a su estado anterior.
          </DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={onSubmit} className="grid gap-4" aria-label="Revertir pago">
          <fieldset className="grid gap-2">
            <legend className="mb-1 text-sm font-medium">
              ¿Qué pasa con el recibo?<span aria-hidden="true" className="text-destructive">*</span>
            </legend>
            {(
              [
                ["return", "Devolverlo a quien lo tenía (se puede volver a usar)"],
                ["cancel", "Cancelarlo (no se vuelve a usar)"],
              ] as const
            ).map(([value, text]) => (
              <label key={value} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="receipt_mode"
                  value={value}
                  checked={mode === value}
                  onChange={() => setValue("receipt_mode", value, { shouldDirty: true, shouldValidate: true })}
                />
                {text}
              </label>
            ))}
            {formState.errors.receipt_mode ? (
              <p role="alert" className="text-xs font-medium text-destructive">
                {formState.errors.receipt_mode.message}
              </p>
            ) : null}
          </fieldset>
          <FormField id="reverse-reason" label="Motivo" required error={formState.errors.reason?.message}>
            <textarea className={textareaClass} {...register("reason")} />
          </FormField>
          {formError ? <Alert variant="destructive">{formError}</Alert> : null}
          <DialogFooter>
            <Button variant="outline" onClick={() => close(false)} disabled={mutation.isPending}>
              Volver
            </Button>
            <Button type="submit" variant="destructive" disabled={mutation.isPending}>
              {mutation.isPending ? "Revirtiendo…" : "Revertir"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

/** Problema de pago: marks (or resolves) the installment's problem with a dated note. */
export function ProblemDialog({ installment, open, onOpenChange }: DialogProps & { installment: Installment }) {
  const mutation = useMarkProblem();
  const [resolved, setResolved] = React.useState(false);
  const [formError, setFormError] = React.useState<string | null>(null);
  const form = useForm<ProblemValues>({ resolver: zodResolver(problemSchema), defaultValues: { note: "" }, mode: "onTouched" });
  const { register, handleSubmit, formState, setError, reset } = form;
  React.useEffect(() => {
    if (open) {
      reset({ note: "" });
      setResolved(false);
      setFormError(null);
      mutation.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    mutation.mutate(
      { installmentId: installment.id, body: { note: values.note.trim(), resolved } },
      {
        onSuccess: () => {
          toast(resolved ? "Problema resuelto" : "Problema de pago registrado", { variant: "success" });
          onOpenChange(false);
        },
        onError: (error) => setFormError(applyServerErrors(error, setError, ["note"])),
      },
    );
  });
  const close = guardedClose(onOpenChange, formState.isDirty, mutation.isPending);
  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Problema de pago</DialogTitle>
          <DialogDescription>
            Pago {installment.payment_number}. La nota queda fechada en los comentarios; la póliza se marca con problemas de pago.
          </DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={onSubmit} className="grid gap-4" aria-label="Problema de pago">
          <FormField id="problem-note" label="Nota" required error={formState.errors.note?.message}>
            <textarea className={textareaClass} {...register("note")} />
          </FormField>
          {installment.has_problem ? (
            <div className="flex items-center gap-2">
              <Checkbox id="problem-resolved" checked={resolved} onCheckedChange={(v) => setResolved(v === true)} />
              <Label htmlFor="problem-resolved">El problema quedó resuelto (quitar la marca)</Label>
            </div>
          ) : null}
          {formError ? <Alert variant="destructive">{formError}</Alert> : null}
          <DialogFooter>
            <Button variant="outline" onClick={() => close(false)} disabled={mutation.isPending}>
              Volver
            </Button>
            <Button type="submit" disabled={mutation.isPending}>
              {mutation.isPending ? "Guardando…" : resolved ? "Resolver problema" : "Marcar problema"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

const COUNTS = Array.from({ length: 11 }, (_, i) => i + 2);

/** Reestructura "contado a cuotas" (screens.md §1.10): before/after preview, then confirm. */
export function RestructureDialog({ policyId, folio, open, onOpenChange }: DialogProps & { policyId: number; folio: number }) {
  const [n, setN] = React.useState(6);
  React.useEffect(() => {
    if (open) setN(6);
  }, [open]);
  const preview = useRestructurePreview(policyId, n, open);
  const mutation = useRestructure(policyId);
  React.useEffect(() => {
    if (open) mutation.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  const p = preview.data;
  const lines = (rows: { payment_number: number; due_date: string; amount: string }[], label: string) => (
    <Table aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHead>Pago</TableHead>
          <TableHead>Vence</TableHead>
          <TableHead className="text-right">Monto</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.payment_number}>
            <TableCell>{r.payment_number}</TableCell>
            <TableCell>{formatDate(r.due_date)}</TableCell>
            <TableCell className="text-right">{formatMoney(r.amount)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
  return (
    <Dialog open={open} onOpenChange={(o) => (mutation.isPending ? undefined : onOpenChange(o))}>
      <DialogContent className="max-w-3xl">
        <DialogHeader>
          <DialogTitle>Reestructurar a cuotas · póliza {folio}</DialogTitle>
          <DialogDescription>El saldo sin pagar se convierte en cuotas mensuales desde la primera fecha sin pagar.</DialogDescription>
        </DialogHeader>
        <div className="flex items-center gap-2">
          <Label htmlFor="restructure-n">Número de cuotas</Label>
          <Select value={String(n)} onValueChange={(v) => setN(Number(v))}>
            <SelectTrigger id="restructure-n" aria-label="Número de cuotas" className="w-24">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {COUNTS.map((c) => (
                <SelectItem key={c} value={String(c)}>
                  {c}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        {preview.error ? <Alert variant="destructive">{errorMessage(preview.error)}</Alert> : null}
        {p ? (
          <div className="grid gap-3" aria-busy={preview.isFetching}>
            {!p.eligible ? (
              <Alert variant="destructive">
                <p className="font-medium">No se puede reestructurar:</p>
                <ul className="list-disc pl-5">
                  {p.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </Alert>
            ) : null}
            <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
              <div>
                <dt className="text-xs text-muted-foreground">Pagado</dt>
                <dd>{formatMoney(p.paid_total)}</dd>
              </div>
              <div>
                <dt className="text-xs text-muted-foreground">Saldo a reestructurar</dt>
                <dd>{formatMoney(p.basis)}</dd>
              </div>
              <div>
                <dt className="text-xs text-muted-foreground">Forma de pago</dt>
                <dd>
                  {PAYMENT_PLAN_LABEL[p.plan_before] ?? p.plan_before} → {PAYMENT_PLAN_LABEL[p.plan_after] ?? p.plan_after}
                </dd>
              </div>
              <div>
                <dt className="text-xs text-muted-foreground">Prima total después</dt>
                <dd>{formatMoney(p.prima_total_after)}</dd>
              </div>
            </dl>
            <div className="grid gap-4 md:grid-cols-2">
              <section>
                <h3 className="mb-1 text-sm font-medium">Antes: mensualidades que se cancelan</h3>
                {lines(p.cancelled, "Mensualidades que se cancelan")}
              </section>
              <section>
                <h3 className="mb-1 text-sm font-medium">Después: cuotas nuevas</h3>
                {lines(p.new_installments, "Cuotas nuevas")}
              </section>
            </div>
          </div>
        ) : preview.isPending ? (
          <p className="text-sm text-muted-foreground">Calculando la vista previa…</p>
        ) : null}
        {mutation.error ? <Alert variant="destructive">{errorMessage(mutation.error)}</Alert> : null}
        <DialogFooter>
          <Button variant="outline" onClick={() => onOpenChange(false)} disabled={mutation.isPending}>
            Volver
          </Button>
          <Button
            disabled={!p?.eligible || preview.isFetching || mutation.isPending}
            onClick={() =>
              mutation.mutate(n, {
                onSuccess: () => {
                  toast(`Póliza ${folio} reestructurada en ${n} cuotas`, { variant: "success" });
                  onOpenChange(false);
                },
              })
            }
          >
            {mutation.isPending ? "Reestructurando…" : "Confirmar reestructura"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
