"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import * as React from "react";
import { Controller, useFormContext, useWatch } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useSessionStore } from "@/features/auth/api/session-store";
import { errorMessage } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { cn } from "@/lib/utils";

import type { Vehicle, VehicleKey } from "../api/queries";
import { type WizardValues, normalizeSerial, serialProblem } from "../lib/rules";
import { errorAt } from "./policy-wizard";

export const SERVICE_LABEL: Record<string, string> = { private: "Particular", commercial: "Público (comercial)" };
export const BAND_LABEL: Record<string, string> = {
  up_to_150: "Hasta 150 cc",
  "151_to_250": "151 a 250 cc",
  "251_to_500": "251 a 500 cc",
  over_500: "Más de 500 cc",
};

export function vehicleLabel(v: Pick<Vehicle, "make" | "model" | "year">): string {
  return [v.make, v.model, v.year].filter(Boolean).join(" ");
}

interface VehicleStepProps {
  vehicles: UseQueryResult<{ items: Vehicle[]; total: number }>;
  keys: UseQueryResult<VehicleKey[]>;
}

/** Paso 2: one of the client's vehicles, or a new one (registered when moving on). */
export function VehicleStep({ vehicles, keys }: VehicleStepProps) {
  const user = useSessionStore((s) => s.user);
  const mayCreate = can(user, "vehicles.create");
  const { control, setValue, register, clearErrors, formState, trigger } = useFormContext<WizardValues>();
  const mode = useWatch({ control, name: "vehicle_mode" });
  const vehicleId = useWatch({ control, name: "vehicle_id" });
  const keyCode = useWatch({ control, name: "vehicle.vehicle_key" });
  const serial = useWatch({ control, name: "vehicle.serial_number" });
  const year = useWatch({ control, name: "vehicle.year" });
  const errors = formState.errors;
  const items = vehicles.data?.items ?? [];
  const chosenKey = keys.data?.find((k) => String(k.code) === keyCode) ?? null;

  // A client without vehicles starts on "new".
  React.useEffect(() => {
    if (vehicles.data && !vehicles.data.items.length && mode === "existing" && mayCreate) setValue("vehicle_mode", "new");
  }, [vehicles.data, mode, mayCreate, setValue]);

  // The VIN is checked as it is typed (17 characters), not only on leaving the field.
  React.useEffect(() => {
    if (serial && (normalizeSerial(serial).length >= 17 || formState.touchedFields.vehicle?.serial_number)) void trigger("vehicle.serial_number");
  }, [serial, year, trigger, formState.touchedFields.vehicle?.serial_number]);

  const serialHint = (() => {
    if (!serial) return "17 caracteres, sin I, O ni Q. Opcional.";
    const y = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : null;
    return serialProblem(serial, y) ? `${normalizeSerial(serial).length} de 17 caracteres` : "Formato válido";
  })();

  const setMode = (m: "existing" | "new") => {
    setValue("vehicle_mode", m, { shouldDirty: true });
    clearErrors(["vehicle_id", "vehicle"]);
  };

  return (
    <div className="grid gap-4">
      <fieldset className="flex flex-wrap gap-4">
        <legend className="sr-only">Vehículo</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="vehicle-mode" checked={mode === "existing"} onChange={() => setMode("existing")} disabled={!items.length} />
          Un vehículo del cliente {vehicles.data ? `(${items.length})` : ""}
        </label>
        {mayCreate ? (
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="vehicle-mode" checked={mode === "new"} onChange={() => setMode("new")} />
            Vehículo nuevo
          </label>
        ) : null}
      </fieldset>

      {vehicles.error ? <Alert variant="destructive">{errorMessage(vehicles.error)}</Alert> : null}

      {mode === "existing" ? (
        <fieldset className="grid gap-2" aria-describedby={errorAt(errors, "vehicle_id") ? "vehicle_id-error" : undefined}>
          <legend className="mb-1 text-sm font-medium">
            Vehículos del cliente<span className="text-destructive" aria-hidden="true">*</span>
          </legend>
          {vehicles.isPending ? <p className="text-sm text-muted-foreground">Cargando vehículos…</p> : null}
          {vehicles.data && !items.length ? (
            <p className="text-sm text-muted-foreground">El cliente no tiene vehículos registrados.</p>
          ) : null}
          {items.map((v) => (
            <label
              key={v.id}
              className={cn("flex cursor-pointer flex-wrap items-center gap-3 rounded-md border p-3 text-sm", String(v.id) === vehicleId && "border-primary bg-primary/5")}
            >
              <input
                type="radio"
                name="vehicle-id"
                value={v.id}
                checked={String(v.id) === vehicleId}
                onChange={() => {
                  setValue("vehicle_id", String(v.id), { shouldDirty: true });
                  setValue("coverage_id", "", { shouldDirty: true });
                  setValue("payment_plan", "", { shouldDirty: true });
                  clearErrors("vehicle_id");
                }}
              />
              <span className="font-medium">{vehicleLabel(v)}</span>
              <span className="text-muted-foreground">
                {v.vehicle_key} {v.vehicle_key_name} · {SERVICE_LABEL[v.service_type] ?? v.service_type}
                {v.cylinder_band ? ` · ${BAND_LABEL[v.cylinder_band] ?? v.cylinder_band}` : ""}
              </span>
              <span className="text-muted-foreground">Placas {v.plates ?? "—"}</span>
              <span className="text-muted-foreground">NIV {v.serial_number ?? "—"}</span>
            </label>
          ))}
          {errorAt(errors, "vehicle_id") ? (
            <p id="vehicle_id-error" role="alert" className="text-xs font-medium text-destructive">
              {errorAt(errors, "vehicle_id")}
            </p>
          ) : null}
        </fieldset>
      ) : (
        <div className="grid gap-4">
          <p className="text-sm text-muted-foreground">El vehículo se registra a nombre del cliente al continuar.</p>
          <div className="grid gap-4 sm:grid-cols-3">
            <FormField id="vehicle.vehicle_key" label="Clave vehicular" required error={errorAt(errors, "vehicle.vehicle_key")}>
              <Controller
                control={control}
                name="vehicle.vehicle_key"
                render={({ field }) => (
                  <Select
                    value={field.value}
                    onValueChange={(v) => {
                      field.onChange(v);
                      const key = keys.data?.find((k) => String(k.code) === v);
                      if (!key?.requires_cylinder_band) setValue("vehicle.cylinder_band", "");
                    }}
                  >
                    <SelectTrigger aria-label="Clave vehicular">
                      <SelectValue placeholder={keys.isPending ? "Cargando…" : "Elige la clave"} />
                    </SelectTrigger>
                    <SelectContent>
                      {(keys.data ?? []).map((k) => (
                        <SelectItem key={k.code} value={String(k.code)}>
                          {k.code} {k.name}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                )}
              />
            </FormField>
            <FormField id="vehicle.service_type" label="Tipo de servicio" required error={errorAt(errors, "vehicle.service_type")}>
              <Controller
                control={control}
                name="vehicle.service_type"
                render={({ field }) => (
                  <Select value={field.value} onValueChange={field.onChange}>
                    <SelectTrigger aria-label="Tipo de servicio">
                      <SelectValue placeholder="Elige el servicio" />
                    </SelectTrigger>
                    <SelectContent>
                      {Object.entries(SERVICE_LABEL).map(([value, label]) => (
                        <SelectItem key={value} value={value}>
                          {label}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                )}
              />
            </FormField>
            {chosenKey?.requires_cylinder_band ? (
              <FormField id="vehicle.cylinder_band" label="Cilindraje" required error={errorAt(errors, "vehicle.cylinder_band")}>
                <Controller
                  control={control}
                  name="vehicle.cylinder_band"
                  render={({ field }) => (
                    <Select value={field.value} onValueChange={field.onChange}>
                      <SelectTrigger aria-label="Cilindraje">
                        <SelectValue placeholder="Elige el cilindraje" />
                      </SelectTrigger>
                      <SelectContent>
                        {Object.entries(BAND_LABEL).map(([value, label]) => (
                          <SelectItem key={value} value={value}>
                            {label}
                          </SelectItem>
                        ))}
                      </SelectContent>
                    </Select>
                  )}
                />
              </FormField>
            ) : null}
          </div>
          <div className="grid gap-4 sm:grid-cols-4">
            <FormField id="vehicle.make" label="Marca" required error={errorAt(errors, "vehicle.make")}>
              <Input autoComplete="off" {...register("vehicle.make")} />
            </FormField>
            <FormField id="vehicle.model" label="Modelo" required error={errorAt(errors, "vehicle.model")}>
              <Input autoComplete="off" {...register("vehicle.model")} />
            </FormField>
            <FormField id="vehicle.year" label="Año" required error={errorAt(errors, "vehicle.year")}>
              <Input inputMode="numeric" maxLength={4} {...register("vehicle.year")} />
            </FormField>
            <FormField id="vehicle.color" label="Color" error={errorAt(errors, "vehicle.color")}>
              <Input autoComplete="off" {...register("vehicle.color")} />
            </FormField>
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <FormField id="vehicle.serial_number" label="Número de serie (NIV)" error={errorAt(errors, "vehicle.serial_number")} hint={serialHint}>
              <Input autoComplete="off" autoCapitalize="characters" maxLength={25} {...register("vehicle.serial_number")} />
            </FormField>
            <FormField id="vehicle.plates" label="Placas" error={errorAt(errors, "vehicle.plates")} hint="Opcional">
              <Input autoComplete="off" autoCapitalize="characters" {...register("vehicle.plates")} />
            </FormField>
            <FormField id="vehicle.engine_number" label="Número de motor" error={errorAt(errors, "vehicle.engine_number")} hint="Opcional">
              <Input autoComplete="off" autoCapitalize="characters" {...register("vehicle.engine_number")} />
            </FormField>
          </div>
        </div>
      )}
    </div>
  );
}
