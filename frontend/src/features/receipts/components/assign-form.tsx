"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { Schemas } from "@protegrt/api-client";
import * as React from "react";
import { Controller, type UseFormSetError, useForm } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { ApiError } from "@/lib/api";
import { errorMessage } from "@/lib/errors";

import {
  type AssignFormValues,
  EMPTY_ASSIGN,
  type HolderStats,
  OFFICE,
  assignBody,
  assignRange,
  assignSchema,
  assignmentWarnings,
  freePlaces,
} from "../lib/receipt-forms";

type AssignResult = Schemas["AssignResult"];

function placeAssignErrors(error: unknown, setError: UseFormSetError<AssignFormValues>): string | null {
  if (!(error instanceof ApiError)) return errorMessage(error);
  const entries = Object.entries(error.fields);
  let placed = 0;
  for (const [key, message] of entries) {
    const field = key === "collector_id" ? "holder" : key === "first" ? "first" : key === "last" ? "last" : null;
    if (field) {
      setError(field, { type: "server", message });
      placed += 1;
    }
  }
  return placed > 0 && placed === entries.length && error.status === 422 ? null : errorMessage(error);
}

/**
 * Asignar recibos: a collector (or OFICINA) and a range, typed as first-last or as first + how
 * many. Before sending it shows the collector's limit, free places and low stock; the API assigns
 * only unassigned receipts within the limit and reports the rest.
 */
export function AssignForm({
  holders,
  save,
  onSaved,
  defaultValues = EMPTY_ASSIGN,
}: {
  holders: readonly HolderStats[];
  /** Starting values (tests, or a holder chosen from the stock table). */
  defaultValues?: AssignFormValues;
  save: (body: Schemas["AssignIn"]) => Promise<AssignResult>;
  onSaved: (r: AssignResult) => void;
}) {
  const form = useForm<AssignFormValues>({ resolver: zodResolver(assignSchema), defaultValues, mode: "onTouched", reValidateMode: "onChange" });
  const { register, handleSubmit, formState, setError, watch, control, reset } = form;
  const [formError, setFormError] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);
  const values = watch();
  const holder = values.holder && values.holder !== OFFICE ? holders.find((h) => String(h.collector_id) === values.holder) : undefined;
  const range = assignRange(values);
  const warnings = assignmentWarnings(holder, range?.size ?? null);
  const free = holder ? freePlaces(holder) : null;
  const errors = formState.errors;

  const submit = async (v: AssignFormValues) => {
    const body = assignBody(v);
    if (!body) return;
    setFormError(null);
    setSaving(true);
    try {
      const result = await save(body);
      reset({ ...EMPTY_ASSIGN, holder: v.holder, mode: v.mode });
      onSaved(result);
    } catch (error) {
      setFormError(placeAssignErrors(error, setError));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form noValidate onSubmit={handleSubmit(submit)} className="grid gap-4" aria-label="Asignar recibos">
      <div className="grid gap-4">
        <FormField id="assign-holder" label="Asignar a" required error={errors.holder?.message}>
          <Controller
            control={control}
            name="holder"
            render={({ field }) => (
              <Select value={field.value} onValueChange={field.onChange}>
                <SelectTrigger aria-label="Asignar a" onBlur={field.onBlur}>
                  <SelectValue placeholder="Elige un cobrador u OFICINA" />
                </SelectTrigger>
                <SelectContent>
                  {holders
                    .filter((h) => h.collector_id !== null)
                    .map((h) => (
                      <SelectItem key={h.collector_id} value={String(h.collector_id)}>
                        {h.code ? `${h.code} · ` : ""}
                        {h.name}
                      </SelectItem>
                    ))}
                  <SelectItem value={OFFICE}>OFICINA (pagos en mostrador)</SelectItem>
                </SelectContent>
              </Select>
            )}
          />
        </FormField>
        <FormField id="assign-mode" label="Cómo indicar los recibos">
          <Controller
            control={control}
            name="mode"
            render={({ field }) => (
              <Select value={field.value} onValueChange={field.onChange}>
                <SelectTrigger aria-label="Cómo indicar los recibos">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value="range">Rango (del … al …)</SelectItem>
                  <SelectItem value="count">Cantidad a partir de un número</SelectItem>
                </SelectContent>
              </Select>
            )}
          />
        </FormField>
      </div>
      {holder ? (
        <p className="text-sm text-muted-foreground" data-testid="holder-limit">
          {holder.name}: límite de {holder.receipt_limit} recibos activos, {holder.active} activos, {holder.stock} en mano; {free === 0 ? "sin lugar" : `lugar para ${free}`}.
        </p>
      ) : values.holder === OFFICE ? (
        <p className="text-sm text-muted-foreground">OFICINA no tiene límite de recibos.</p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="assign-first" label="Primer recibo" required error={errors.first?.message} hint="Letra y 4 dígitos, p. ej. A0001">
          <Input autoCapitalize="characters" autoComplete="off" {...register("first")} />
        </FormField>
        {values.mode === "count" ? (
          <FormField id="assign-count" label="Cuántos recibos" required error={errors.count?.message}>
            <Input inputMode="numeric" autoComplete="off" {...register("count")} />
          </FormField>
        ) : (
          <FormField id="assign-last" label="Último recibo" required error={errors.last?.message}>
            <Input autoCapitalize="characters" autoComplete="off" {...register("last")} />
          </FormField>
        )}
      </div>
      {range ? (
        <p className="text-sm text-muted-foreground" aria-live="polite">
          Rango: {range.first} – {range.last} ({range.size.toLocaleString("es-MX")} {range.size === 1 ? "recibo" : "recibos"}).
        </p>
      ) : null}
      {warnings.limit ? <Alert variant="warning">{warnings.limit}</Alert> : null}
      {warnings.lowStock ? <Alert variant="warning">{warnings.lowStock}</Alert> : null}
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <div className="flex justify-end">
        <Button type="submit" disabled={saving || free === 0}>
          {saving ? "Asignando…" : "Asignar"}
        </Button>
      </div>
    </form>
  );
}
