"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import * as React from "react";
import { Controller, type Path, useForm } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { useDiscardGuard } from "@/components/ui/discard-dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { toast } from "@/components/ui/toast";
import { type Coverage, useCoverageOptions } from "@/features/coverages/api/queries";
import { ApiError } from "@/lib/api";
import { applyServerErrors } from "@/lib/errors";

import { promotionKeys } from "../api/keys";
import { type Promotion, savePromotion } from "../api/queries";
import { type PromotionFormValues, emptyPromotionForm, fromPromotion, promotionFormSchema, toPromotionBody, toPromotionUpdate } from "../schemas";
import { RulesBuilder } from "./rules-builder";

const FIELDS: readonly Path<PromotionFormValues>[] = [
  "code",
  "name",
  "description",
  "starts_on",
  "ends_on",
  "usage_limit_total",
  "usage_limit_per_client",
  "rules",
];

const textareaClass =
  "min-h-16 w-full rounded-md border border-input bg-card px-3 py-2 text-sm shadow-xs focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring/30 aria-[invalid=true]:border-destructive";

/** The server's nested names ("rules.0.value", "rules.0.conditions.coverage_ids") that match the form's. */
function serverFields(error: unknown): Path<PromotionFormValues>[] {
  if (!(error instanceof ApiError)) return [];
  return Object.keys(error.fields).filter((f) => /^rules\.\d+(\.(value|priority|benefit_type|conditions(\.[a-z_]+)?))?$/.test(f)) as Path<PromotionFormValues>[];
}

interface PromotionFormProps {
  /** Null: a new promotion. */
  promotion: Promotion | null;
  coverages: readonly Coverage[];
  onSaved: (promotion: Promotion) => void;
  onCancel: () => void;
  onDirtyChange?: (dirty: boolean) => void;
  save?: typeof savePromotion;
}

export function PromotionForm({ promotion, coverages, onSaved, onCancel, onDirtyChange, save = savePromotion }: PromotionFormProps) {
  const form = useForm<PromotionFormValues>({
    resolver: zodResolver(promotionFormSchema),
    defaultValues: promotion ? fromPromotion(promotion) : emptyPromotionForm(),
    mode: "onTouched",
    reValidateMode: "onChange",
  });
  const { register, handleSubmit, formState, setError, control } = form;
  const errors = formState.errors;
  const [formError, setFormError] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);
  const rulesLocked = promotion !== null && promotion.uses > 0;

  React.useEffect(() => onDirtyChange?.(formState.isDirty), [formState.isDirty, onDirtyChange]);

  const submit = async (values: PromotionFormValues) => {
    setFormError(null);
    setSaving(true);
    try {
      const saved = promotion ? await save(promotion.id, toPromotionUpdate(values, rulesLocked)) : await save(null, toPromotionBody(values));
      onSaved(saved);
    } catch (error) {
      setFormError(applyServerErrors(error, setError, [...FIELDS, ...serverFields(error)]));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form noValidate onSubmit={handleSubmit(submit)} className="grid gap-4" aria-label="Datos de la promoción">
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField id="promotion-code" label="Clave" required error={errors.code?.message} hint={promotion ? "La clave no cambia." : "Única; p. ej. BUENFIN25."}>
          <Input autoComplete="off" autoCapitalize="characters" disabled={promotion !== null} {...register("code")} />
        </FormField>
        <FormField id="promotion-name" label="Nombre" required error={errors.name?.message} className="sm:col-span-2">
          <Input autoComplete="off" {...register("name")} />
        </FormField>
      </div>
      <FormField id="promotion-description" label="Descripción" error={errors.description?.message}>
        <textarea className={textareaClass} {...register("description")} />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="promotion-starts" label="Inicio de vigencia" required error={errors.starts_on?.message} hint="dd/mm/aaaa (incluido)">
          <Input placeholder="dd/mm/aaaa" {...register("starts_on")} />
        </FormField>
        <FormField id="promotion-ends" label="Fin de vigencia" required error={errors.ends_on?.message} hint="dd/mm/aaaa (incluido)">
          <Input placeholder="dd/mm/aaaa" {...register("ends_on")} />
        </FormField>
        <FormField id="promotion-limit-total" label="Límite de usos (total)" error={errors.usage_limit_total?.message} hint="Pólizas; vacío: sin límite">
          <Input inputMode="numeric" {...register("usage_limit_total")} />
        </FormField>
        <FormField id="promotion-limit-client" label="Límite de usos por cliente" error={errors.usage_limit_per_client?.message} hint="Vacío: sin límite">
          <Input inputMode="numeric" {...register("usage_limit_per_client")} />
        </FormField>
      </div>
      <div className="flex flex-wrap gap-6">
        <Controller
          control={control}
          name="stackable"
          render={({ field }) => (
            <div className="flex items-center gap-2">
              <Checkbox id="promotion-stackable" checked={field.value} onCheckedChange={(v) => field.onChange(v === true)} />
              <Label htmlFor="promotion-stackable">Acumulable con otra promoción acumulable</Label>
            </div>
          )}
        />
        {promotion ? null : (
          <Controller
            control={control}
            name="is_active"
            render={({ field }) => (
              <div className="flex items-center gap-2">
                <Checkbox id="promotion-active" checked={field.value} onCheckedChange={(v) => field.onChange(v === true)} />
                <Label htmlFor="promotion-active">Activar al guardar</Label>
              </div>
            )}
          />
        )}
      </div>
      <RulesBuilder form={form} coverages={coverages} locked={rulesLocked} />
      <div className="flex justify-end gap-2">
        <Button variant="outline" onClick={onCancel}>
          Cancelar
        </Button>
        <Button type="submit" disabled={saving}>
          {saving ? "Guardando…" : "Guardar"}
        </Button>
      </div>
    </form>
  );
}

/** The drawer with the promotion form (new when `promotion` is null). */
export function PromotionFormSheet({
  open,
  onOpenChange,
  promotion,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  promotion: Promotion | null;
}) {
  const queryClient = useQueryClient();
  const coverages = useCoverageOptions({}, open);
  const guard = useDiscardGuard(onOpenChange);
  return (
    <>
      <Sheet open={open} onOpenChange={guard.handleOpenChange}>
        <SheetContent className="sm:max-w-3xl">
          <SheetHeader>
            <SheetTitle>{promotion ? `Editar promoción ${promotion.code}` : "Nueva promoción"}</SheetTitle>
            <SheetDescription>Los campos con * son obligatorios.</SheetDescription>
          </SheetHeader>
          {coverages.error ? <Alert variant="destructive">No se pudo cargar el catálogo de coberturas.</Alert> : null}
          {open && coverages.data ? (
            <PromotionForm
              key={promotion?.id ?? "new"}
              promotion={promotion}
              coverages={coverages.data}
              onDirtyChange={guard.setDirty}
              onCancel={guard.requestClose}
              onSaved={(saved) => {
                guard.setDirty(false);
                queryClient.setQueryData(promotionKeys.detail(saved.id), saved);
                void queryClient.invalidateQueries({ queryKey: promotionKeys.all });
                toast(promotion ? "Promoción actualizada" : "Promoción creada", { description: `${saved.code} · ${saved.name}`, variant: "success" });
                onOpenChange(false);
              }}
            />
          ) : null}
        </SheetContent>
      </Sheet>
      {guard.dialog}
    </>
  );
}
