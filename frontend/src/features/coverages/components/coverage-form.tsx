"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import * as React from "react";
import { Controller, type Path, useForm } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useDiscardGuard } from "@/components/ui/discard-dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { toast } from "@/components/ui/toast";
import { applyServerErrors } from "@/lib/errors";
import { formatMoney } from "@/lib/format";

import { coverageKeys } from "../api/keys";
import { type Coverage, type VehicleKey, saveCoverage, useVehicleKeys } from "../api/queries";
import { CATEGORY_LABEL, CYLINDER_BAND_LABEL, SERVICE_TYPE_LABEL, VEHICLE_TYPE_LABEL } from "../lib/labels";
import { normalizeAmount } from "../lib/money";
import {
  type CoverageFormValues,
  EMPTY_COVERAGE_FORM,
  coverageFormSchema,
  fromCoverage,
  toCoverageBody,
  toCoverageChanges,
} from "../schemas";

const FIELDS: readonly Path<CoverageFormValues>[] = [
  "name",
  "vehicle_key",
  "service_type",
  "cylinder_band",
  "category",
  "level",
  "cash_price",
  "credit_price",
  "initial_payment",
  "tow_services_included",
];

const NO_BAND = "none";

interface CoverageFormProps {
  /** Null: a new coverage. */
  coverage: Coverage | null;
  keys: readonly VehicleKey[];
  onSaved: (coverage: Coverage) => void;
  onCancel: () => void;
  onDirtyChange?: (dirty: boolean) => void;
  /** The call that saves (tests pass their own). */
  save?: typeof saveCoverage;
}

/** "$4,200.00" under a money field once it reads as an amount. */
function moneyHint(value: string, fallback: string): string {
  const amount = normalizeAmount(value);
  return amount === null ? fallback : `${formatMoney(amount)} MXN`;
}

export function CoverageForm({ coverage, keys, onSaved, onCancel, onDirtyChange, save = saveCoverage }: CoverageFormProps) {
  const schema = React.useMemo(() => coverageFormSchema(keys), [keys]);
  const form = useForm<CoverageFormValues>({
    resolver: zodResolver(schema),
    defaultValues: coverage ? fromCoverage(coverage) : EMPTY_COVERAGE_FORM,
    mode: "onTouched",
    reValidateMode: "onChange",
  });
  const { register, handleSubmit, formState, setError, watch, control } = form;
  const errors = formState.errors;
  const [formError, setFormError] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);

  React.useEffect(() => onDirtyChange?.(formState.isDirty), [formState.isDirty, onDirtyChange]);

  const keyCode = watch("vehicle_key");
  const category = watch("category");
  const selectedKey = keys.find((k) => String(k.code) === keyCode);
  const quoted = category === "comprehensive";

  const submit = async (values: CoverageFormValues) => {
    setFormError(null);
    setSaving(true);
    try {
      const saved = coverage ? await save(coverage.id, toCoverageChanges(values, coverage)) : await save(null, toCoverageBody(values));
      onSaved(saved);
    } catch (error) {
      setFormError(applyServerErrors(error, setError, FIELDS));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form noValidate onSubmit={handleSubmit(submit)} className="grid gap-4" aria-label="Datos de la cobertura">
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      {coverage ? (
        <p className="text-sm text-muted-foreground">
          Si la cobertura ya tiene pólizas, su nombre, clave vehicular, servicio, cilindraje y tipo no se pueden cambiar; los precios
          cambiados aplican solo a ventas nuevas.
        </p>
      ) : null}
      <FormField id="coverage-name" label="Nombre de la cobertura" required error={errors.name?.message} hint="Se guarda en mayúsculas (RC BASICA, AMPLIA…).">
        <Input autoComplete="off" autoCapitalize="characters" {...register("name")} />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="coverage-vehicle-key" label="Clave vehicular" required error={errors.vehicle_key?.message}>
          <Controller
            control={control}
            name="vehicle_key"
            render={({ field }) => (
              <Select value={field.value} onValueChange={(v) => field.onChange(v)}>
                <SelectTrigger aria-label="Clave vehicular" onBlur={field.onBlur}>
                  <SelectValue placeholder="Elige la clave" />
                </SelectTrigger>
                <SelectContent>
                  {keys.map((k) => (
                    <SelectItem key={k.code} value={String(k.code)}>
                      {k.code} · {k.name} ({VEHICLE_TYPE_LABEL[k.vehicle_type] ?? k.vehicle_type})
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            )}
          />
        </FormField>
        <FormField id="coverage-service-type" label="Tipo de servicio" required error={errors.service_type?.message}>
          <Controller
            control={control}
            name="service_type"
            render={({ field }) => (
              <Select value={field.value} onValueChange={(v) => field.onChange(v)}>
                <SelectTrigger aria-label="Tipo de servicio">
                  <SelectValue placeholder="Elige el servicio" />
                </SelectTrigger>
                <SelectContent>
                  {Object.entries(SERVICE_TYPE_LABEL).map(([value, label]) => (
                    <SelectItem key={value} value={value}>
                      {label}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            )}
          />
        </FormField>
        <FormField
          id="coverage-cylinder-band"
          label="Cilindraje"
          required={selectedKey?.requires_cylinder_band ?? false}
          error={errors.cylinder_band?.message}
          hint={selectedKey?.requires_cylinder_band ? "Obligatorio para motocicletas y mototaxis." : "Solo motocicletas y mototaxis."}
        >
          <Controller
            control={control}
            name="cylinder_band"
            render={({ field }) => (
              <Select value={field.value || NO_BAND} onValueChange={(v) => field.onChange(v === NO_BAND ? "" : v)}>
                <SelectTrigger aria-label="Cilindraje">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value={NO_BAND}>Sin cilindraje</SelectItem>
                  {Object.entries(CYLINDER_BAND_LABEL).map(([value, label]) => (
                    <SelectItem key={value} value={value}>
                      {label}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            )}
          />
        </FormField>
        <FormField id="coverage-category" label="Tipo de cobertura" required error={errors.category?.message}>
          <Controller
            control={control}
            name="category"
            render={({ field }) => (
              <Select value={field.value} onValueChange={(v) => field.onChange(v)}>
                <SelectTrigger aria-label="Tipo de cobertura">
                  <SelectValue placeholder="Elige el tipo" />
                </SelectTrigger>
                <SelectContent>
                  {Object.entries(CATEGORY_LABEL).map(([value, label]) => (
                    <SelectItem key={value} value={value}>
                      {label}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            )}
          />
        </FormField>
        <FormField id="coverage-level" label="Nivel" required error={errors.level?.message} hint="Orden en su escalera, de menor a mayor (1-50).">
          <Input inputMode="numeric" {...register("level")} />
        </FormField>
        <FormField id="coverage-tows" label="Servicios de grúa incluidos" required error={errors.tow_services_included?.message}>
          <Input inputMode="numeric" {...register("tow_services_included")} />
        </FormField>
      </div>
      <fieldset className="grid gap-4 rounded-md border p-4">
        <legend className="px-1 text-sm font-medium">Precios (MXN)</legend>
        {quoted ? (
          <p className="text-sm text-muted-foreground">La familia AMPLIA se cotiza por vehículo: sus precios en el catálogo son 0.00.</p>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-3">
          <FormField id="coverage-credit-price" label="Precio a crédito" required error={errors.credit_price?.message} hint={moneyHint(watch("credit_price"), "Ej. 4200.00")}>
            <Input inputMode="decimal" {...register("credit_price")} />
          </FormField>
          <FormField id="coverage-initial-payment" label="Enganche" required error={errors.initial_payment?.message} hint={moneyHint(watch("initial_payment"), "Ej. 1200.00")}>
            <Input inputMode="decimal" {...register("initial_payment")} />
          </FormField>
          <FormField id="coverage-cash-price" label="Precio de contado" required error={errors.cash_price?.message} hint={moneyHint(watch("cash_price"), "Ej. 3800.00")}>
            <Input inputMode="decimal" {...register("cash_price")} />
          </FormField>
        </div>
      </fieldset>
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

/** The right-hand drawer with the coverage form (new when `coverage` is null). */
export function CoverageFormSheet({
  open,
  onOpenChange,
  coverage,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  coverage: Coverage | null;
}) {
  const queryClient = useQueryClient();
  const keys = useVehicleKeys();
  const guard = useDiscardGuard(onOpenChange);
  return (
    <>
      <Sheet open={open} onOpenChange={guard.handleOpenChange}>
        <SheetContent>
          <SheetHeader>
            <SheetTitle>{coverage ? `Editar cobertura ${coverage.name}` : "Nueva cobertura"}</SheetTitle>
            <SheetDescription>Los campos con * son obligatorios.</SheetDescription>
          </SheetHeader>
          {keys.error ? <Alert variant="destructive">No se pudieron cargar las claves vehiculares.</Alert> : null}
          {open && keys.data ? (
            <CoverageForm
              key={coverage?.id ?? "new"}
              coverage={coverage}
              keys={keys.data}
              onDirtyChange={guard.setDirty}
              onCancel={guard.requestClose}
              onSaved={(saved) => {
                guard.setDirty(false);
                queryClient.setQueryData(coverageKeys.detail(saved.id), saved);
                void queryClient.invalidateQueries({ queryKey: coverageKeys.all });
                toast(coverage ? "Cobertura actualizada" : "Cobertura creada", { description: saved.name, variant: "success" });
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
