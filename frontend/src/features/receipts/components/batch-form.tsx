"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { Schemas } from "@protegrt/api-client";
import * as React from "react";
import { type UseFormSetError, useForm } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { ApiError } from "@/lib/api";
import { errorMessage } from "@/lib/errors";

import { type BatchFormValues, EMPTY_BATCH, batchBody, batchPreview, batchSchema } from "../lib/receipt-forms";

type BatchResult = Schemas["BatchResult"];

/**
 * The API names the range's ends (first/last); the form asks for the letter and two numbers. Puts
 * each server message on its field; returns the message for the form itself, or null.
 */
export function placeBatchErrors(error: unknown, setError: UseFormSetError<BatchFormValues>): string | null {
  if (!(error instanceof ApiError)) return errorMessage(error);
  const entries = Object.entries(error.fields);
  let placed = 0;
  for (const [key, message] of entries) {
    const field = key === "first" ? (/letra/i.test(message) ? "prefix" : "from") : key === "last" ? "to" : key === "prefix" || key === "from" || key === "to" ? key : null;
    if (field) {
      setError(field, { type: "server", message });
      placed += 1;
    }
  }
  return placed > 0 && placed === entries.length && error.status === 422 ? null : errorMessage(error);
}

/** Alta de lote: letter + first and last number; numbers that already exist are skipped (reported). */
export function BatchForm({ save, onSaved }: { save: (body: Schemas["BatchCreate"]) => Promise<BatchResult>; onSaved: (r: BatchResult) => void }) {
  const form = useForm<BatchFormValues>({ resolver: zodResolver(batchSchema), defaultValues: EMPTY_BATCH, mode: "onTouched", reValidateMode: "onChange" });
  const { register, handleSubmit, formState, setError, watch, reset } = form;
  const [formError, setFormError] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);
  const preview = batchPreview(watch());

  const submit = async (values: BatchFormValues) => {
    setFormError(null);
    setSaving(true);
    try {
      const result = await save(batchBody(values));
      reset(EMPTY_BATCH);
      onSaved(result);
    } catch (error) {
      setFormError(placeBatchErrors(error, setError));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form noValidate onSubmit={handleSubmit(submit)} className="grid gap-4" aria-label="Alta de lote">
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField id="batch-prefix" label="Letra" required error={formState.errors.prefix?.message} hint="Una letra, p. ej. A">
          <Input maxLength={1} autoCapitalize="characters" autoComplete="off" {...register("prefix")} />
        </FormField>
        <FormField id="batch-from" label="Del número" required error={formState.errors.from?.message}>
          <Input inputMode="numeric" autoComplete="off" {...register("from")} />
        </FormField>
        <FormField id="batch-to" label="Al número" required error={formState.errors.to?.message}>
          <Input inputMode="numeric" autoComplete="off" {...register("to")} />
        </FormField>
      </div>
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {preview ? `Se darán de alta ${preview}. Los números que ya existan se omiten.` : "Indica la letra y el rango (1 a 9999, hasta 5,000 recibos por lote)."}
      </p>
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <div className="flex justify-end">
        <Button type="submit" disabled={saving}>
          {saving ? "Creando…" : "Crear lote"}
        </Button>
      </div>
    </form>
  );
}
