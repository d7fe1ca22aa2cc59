"use client";

import { Plus, Trash2, X } from "lucide-react";
import * as React from "react";
import { Controller, type FieldErrors, useFieldArray, type UseFormReturn } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { Coverage } from "@/features/coverages/api/queries";
import { VEHICLE_TYPE_LABEL, coverageLabel } from "@/features/coverages/lib/labels";
import { PAYMENT_PLAN_LABEL } from "@/features/policies/lib/policy-format";

import {
  BENEFIT_LABEL,
  CONDITION_KINDS,
  CONDITION_LABEL,
  type ConditionKind,
  EMPTY_CONDITIONS,
  type PromotionFormValues,
  emptyRule,
} from "../schemas";

type Form = UseFormReturn<PromotionFormValues>;
type RuleErrors = NonNullable<FieldErrors<PromotionFormValues>["rules"]>[number];

const VALUE_LABEL: Record<string, { label: string; hint: string }> = {
  percentage: { label: "Porcentaje (%)", hint: "Sobre la prima total: mayor que 0, máximo 100." },
  fixed_amount: { label: "Monto (MXN)", hint: "Se descuenta desde el último pago hacia atrás." },
  free_months: { label: "Meses gratis", hint: "Se quitan pagos desde el último hacia atrás (1 a 11)." },
};

const msg = (e: unknown) => (e as { message?: string } | undefined)?.message;

/** A list of checkboxes bound to an array of strings. */
function CheckList({
  idPrefix,
  options,
  value,
  onChange,
  label,
}: {
  idPrefix: string;
  options: readonly { value: string; label: string }[];
  value: string[];
  onChange: (next: string[]) => void;
  label: string;
}) {
  return (
    <div role="group" aria-label={label} className="grid gap-1.5 sm:grid-cols-2">
      {options.map((o) => {
        const id = `${idPrefix}-${o.value}`;
        const checked = value.includes(o.value);
        return (
          <div key={o.value} className="flex items-center gap-2">
            <Checkbox
              id={id}
              checked={checked}
              onCheckedChange={(v) => onChange(v === true ? [...value, o.value] : value.filter((x) => x !== o.value))}
            />
            <Label htmlFor={id} className="font-normal">
              {o.label}
            </Label>
          </div>
        );
      })}
    </div>
  );
}

/** Coverages to choose from, with a search box (the catalogue has dozens). */
function CoverageChecklist({
  idPrefix,
  coverages,
  value,
  onChange,
}: {
  idPrefix: string;
  coverages: readonly Coverage[];
  value: string[];
  onChange: (next: string[]) => void;
}) {
  const [filter, setFilter] = React.useState("");
  const needle = filter.trim().toUpperCase();
  const shown = coverages.filter((c) => !needle || coverageLabel(c).toUpperCase().includes(needle) || value.includes(String(c.id)));
  return (
    <div className="grid gap-2">
      <Input
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        placeholder="Buscar cobertura o clave (RC BASICA, 101…)"
        aria-label="Buscar cobertura"
        className="h-8"
      />
      <div className="max-h-48 overflow-y-auto rounded-md border p-2">
        {shown.length === 0 ? <p className="text-sm text-muted-foreground">Ninguna cobertura coincide.</p> : null}
        <CheckList
          idPrefix={idPrefix}
          label="Coberturas de la condición"
          options={shown.map((c) => ({ value: String(c.id), label: coverageLabel(c) }))}
          value={value}
          onChange={onChange}
        />
      </div>
      <p className="text-xs text-muted-foreground">
        {value.length === 1 ? "1 cobertura elegida" : `${value.length} coberturas elegidas`}
      </p>
    </div>
  );
}

function ConditionEditor({
  form,
  index,
  kind,
  coverages,
  errors,
}: {
  form: Form;
  index: number;
  kind: ConditionKind;
  coverages: readonly Coverage[];
  errors: RuleErrors | undefined;
}) {
  const { control, register } = form;
  const base = `rules.${index}.conditions` as const;
  const e = errors?.conditions;
  const id = `rule-${index}-${kind}`;
  switch (kind) {
    case "coverages":
      return (
        <FormField id={id} label="Coberturas" required error={msg(e?.coverage_ids)}>
          <Controller
            control={control}
            name={`${base}.coverage_ids`}
            render={({ field }) => <CoverageChecklist idPrefix={id} coverages={coverages} value={field.value} onChange={field.onChange} />}
          />
        </FormField>
      );
    case "vehicle_types":
      return (
        <FormField id={id} label="Tipos de vehículo" required error={msg(e?.vehicle_types)}>
          <Controller
            control={control}
            name={`${base}.vehicle_types`}
            render={({ field }) => (
              <CheckList
                idPrefix={id}
                label="Tipos de vehículo de la condición"
                options={Object.entries(VEHICLE_TYPE_LABEL).map(([value, label]) => ({ value, label }))}
                value={field.value}
                onChange={field.onChange}
              />
            )}
          />
        </FormField>
      );
    case "payment_plans":
      return (
        <FormField id={id} label="Formas de pago" required error={msg(e?.payment_plans)}>
          <Controller
            control={control}
            name={`${base}.payment_plans`}
            render={({ field }) => (
              <CheckList
                idPrefix={id}
                label="Formas de pago de la condición"
                options={Object.entries(PAYMENT_PLAN_LABEL).map(([value, label]) => ({ value, label }))}
                value={field.value}
                onChange={field.onChange}
              />
            )}
          />
        </FormField>
      );
    case "new_or_renewal":
      return (
        <FormField id={id} label="Nueva o renovación" required error={msg(e?.new_or_renewal)}>
          <Controller
            control={control}
            name={`${base}.new_or_renewal`}
            render={({ field }) => (
              <Select value={field.value} onValueChange={field.onChange}>
                <SelectTrigger aria-label={`Nueva o renovación (regla ${index + 1})`}>
                  <SelectValue placeholder="Elige" />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value="new">Solo pólizas nuevas</SelectItem>
                  <SelectItem value="renewal">Solo renovaciones</SelectItem>
                </SelectContent>
              </Select>
            )}
          />
        </FormField>
      );
    case "referral":
      return (
        <p className="text-sm">
          <span className="font-medium">Cliente referido:</span> requiere el folio de la póliza de quien refiere; el referente también recibe el
          beneficio.
        </p>
      );
    case "payments":
      return (
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField id={`${id}-min`} label="Mínimo de pagos" error={msg(e?.min_payments)} hint="De 1 a 12">
            <Input inputMode="numeric" {...register(`${base}.min_payments`)} />
          </FormField>
          <FormField id={`${id}-max`} label="Máximo de pagos" error={msg(e?.max_payments)} hint="De 1 a 12">
            <Input inputMode="numeric" {...register(`${base}.max_payments`)} />
          </FormField>
        </div>
      );
    case "vehicle_year":
      return (
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField id={`${id}-min`} label="Año (modelo) desde" error={msg(e?.vehicle_year_min)}>
            <Input inputMode="numeric" {...register(`${base}.vehicle_year_min`)} />
          </FormField>
          <FormField id={`${id}-max`} label="Año (modelo) hasta" error={msg(e?.vehicle_year_max)}>
            <Input inputMode="numeric" {...register(`${base}.vehicle_year_max`)} />
          </FormField>
        </div>
      );
  }
}

function RuleCard({
  form,
  index,
  count,
  coverages,
  onRemove,
}: {
  form: Form;
  index: number;
  count: number;
  coverages: readonly Coverage[];
  onRemove: () => void;
}) {
  const { control, register, watch, setValue, getValues, formState } = form;
  const errors = formState.errors.rules?.[index];
  const benefit = watch(`rules.${index}.benefit_type`);
  const kinds = (watch(`rules.${index}.conditions.kinds`) ?? []) as ConditionKind[];
  const n = index + 1;
  const valueInfo = VALUE_LABEL[benefit];

  const addKind = (kind: ConditionKind) => {
    setValue(`rules.${index}.conditions.kinds`, [...getValues(`rules.${index}.conditions.kinds`), kind], { shouldDirty: true });
  };
  const removeKind = (kind: ConditionKind) => {
    const path = `rules.${index}.conditions` as const;
    const current = getValues(path);
    // Forget the removed condition's values too, so adding it again starts empty.
    const reset: Partial<typeof EMPTY_CONDITIONS> = {};
    if (kind === "coverages") reset.coverage_ids = [];
    if (kind === "vehicle_types") reset.vehicle_types = [];
    if (kind === "payment_plans") reset.payment_plans = [];
    if (kind === "new_or_renewal") reset.new_or_renewal = "";
    if (kind === "payments") Object.assign(reset, { min_payments: "", max_payments: "" });
    if (kind === "vehicle_year") Object.assign(reset, { vehicle_year_min: "", vehicle_year_max: "" });
    setValue(path, { ...current, ...reset, kinds: current.kinds.filter((k) => k !== kind) }, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  };
  const available = CONDITION_KINDS.filter((k) => !kinds.includes(k));

  return (
    <section aria-label={`Regla ${n}`} className="grid gap-3 rounded-md border p-4">
      <header className="flex items-center justify-between">
        <h3 className="font-medium">Regla {n}</h3>
        <Button size="sm" variant="ghost" onClick={onRemove} disabled={count <= 1} aria-label={`Quitar regla ${n}`}>
          <Trash2 /> Quitar
        </Button>
      </header>
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField id={`rule-${index}-benefit`} label="Beneficio" required error={msg(errors?.benefit_type)}>
          <Controller
            control={control}
            name={`rules.${index}.benefit_type`}
            render={({ field }) => (
              <Select
                value={field.value}
                onValueChange={(v) => {
                  field.onChange(v);
                  if (v === "zero_down_payment") setValue(`rules.${index}.value`, "");
                }}
              >
                <SelectTrigger aria-label={`Beneficio de la regla ${n}`}>
                  <SelectValue placeholder="Elige el beneficio" />
                </SelectTrigger>
                <SelectContent>
                  {Object.entries(BENEFIT_LABEL).map(([value, label]) => (
                    <SelectItem key={value} value={value}>
                      {label}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            )}
          />
        </FormField>
        {valueInfo ? (
          <FormField id={`rule-${index}-value`} label={valueInfo.label} required error={msg(errors?.value)} hint={valueInfo.hint}>
            <Input inputMode="decimal" aria-label={`${valueInfo.label} de la regla ${n}`} {...register(`rules.${index}.value`)} />
          </FormField>
        ) : (
          <p className="self-center text-sm text-muted-foreground">El primer pago queda en $0.00 y pagado.</p>
        )}
        <FormField id={`rule-${index}-priority`} label="Prioridad" error={msg(errors?.priority)} hint="Menor se aplica primero (0-100).">
          <Input inputMode="numeric" {...register(`rules.${index}.priority`)} />
        </FormField>
      </div>

      <div className="grid gap-3">
        <h4 className="text-sm font-medium">Condiciones</h4>
        {kinds.length === 0 ? <p className="text-sm text-muted-foreground">Sin condiciones: aplica a cualquier póliza mientras esté vigente.</p> : null}
        {kinds.map((kind) => (
          <div key={kind} role="group" aria-label={`Condición ${CONDITION_LABEL[kind]} (regla ${n})`} className="relative rounded-md bg-muted/40 p-3 pr-10">
            <Button
              size="icon"
              variant="ghost"
              className="absolute right-1 top-1 size-7"
              onClick={() => removeKind(kind)}
              aria-label={`Quitar condición ${CONDITION_LABEL[kind]} de la regla ${n}`}
            >
              <X />
            </Button>
            <ConditionEditor form={form} index={index} kind={kind} coverages={coverages} errors={errors} />
          </div>
        ))}
        {available.length ? (
          <Select value="" onValueChange={(v) => addKind(v as ConditionKind)}>
            <SelectTrigger className="w-64" aria-label={`Agregar condición a la regla ${n}`}>
              <SelectValue placeholder="Agregar condición…" />
            </SelectTrigger>
            <SelectContent>
              {available.map((k) => (
                <SelectItem key={k} value={k}>
                  {CONDITION_LABEL[k]}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        ) : null}
      </div>
    </section>
  );
}

/**
 * The rules of a promotion (1 to 10): a benefit each (percentage, fixed amount, free months, zero
 * down payment) and the conditions the API accepts (promotions/conditions.py).
 */
export function RulesBuilder({ form, coverages, locked }: { form: Form; coverages: readonly Coverage[]; locked?: boolean }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "rules" });
  const rootError = form.formState.errors.rules?.root?.message ?? form.formState.errors.rules?.message;
  return (
    <fieldset disabled={locked} className="grid gap-3" aria-label="Reglas">
      <legend className="mb-2 text-sm font-medium">Reglas</legend>
      {locked ? (
        <p className="text-sm text-muted-foreground">
          La promoción ya se aplicó a pólizas: sus reglas no se pueden cambiar. Desactívala y crea una nueva si necesitas otras reglas.
        </p>
      ) : null}
      {fields.map((field, index) => (
        <RuleCard key={field.id} form={form} index={index} count={fields.length} coverages={coverages} onRemove={() => remove(index)} />
      ))}
      {rootError ? (
        <p role="alert" className="text-xs font-medium text-destructive">
          {rootError}
        </p>
      ) : null}
      {!locked && fields.length < 10 ? (
        <div>
          <Button variant="outline" size="sm" onClick={() => append(emptyRule())}>
            <Plus /> Agregar regla
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
