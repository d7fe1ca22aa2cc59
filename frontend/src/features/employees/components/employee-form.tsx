"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import * as React from "react";
import { Controller, type Path, useController, useForm } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { DiscardDialog } from "@/components/ui/discard-dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { toast } from "@/components/ui/toast";
import { applyServerErrors } from "@/lib/errors";

import { MunicipalitySelect } from "@/features/clients/components/municipality-select";

import { employeeKeys } from "../api/keys";
import { saveEmployee } from "../api/queries";
import { EMPTY_EMPLOYEE_FORM, type Employee, type EmployeeFormValues, GENDERS, employeeFormSchema, fromEmployee, toEmployeeBody } from "../schemas";

const FIELDS: readonly Path<EmployeeFormValues>[] = [
  "first_name",
  "last_name",
  "second_last_name",
  "birth_date",
  "gender",
  "phone",
  "phone_alt",
  "email",
  "telegram_id",
  "rfc",
  "curp",
  "hire_date",
  "termination_date",
  "emergency_contact_name",
  "emergency_contact_phone",
  "is_seller",
  "is_collector",
  "is_adjuster",
  "receipt_limit",
  "address.street",
  "address.exterior_number",
  "address.interior_number",
  "address.neighborhood",
  "address.postal_code",
  "address.municipality_id",
];

/** The server's field names that have no box of their own land on the closest one. */
const SERVER_ALIASES: Record<string, Path<EmployeeFormValues>> = { code: "is_seller", address: "address.street" };

export type SaveEmployee = (body: ReturnType<typeof toEmployeeBody>, id: number | null) => Promise<Employee>;

interface EmployeeFormProps {
  /** Null: a new employee. */
  employee: Employee | null;
  onSaved: (employee: Employee) => void;
  onCancel: () => void;
  onDirtyChange?: (dirty: boolean) => void;
  /** The call that saves (tests pass their own). */
  save?: SaveEmployee;
}

const FLAG_LABELS = [
  ["is_seller", "Vendedor", "Clave V#"],
  ["is_collector", "Cobrador", "Clave C#"],
  ["is_adjuster", "Ajustador", "Clave M#"],
] as const;

/** Ficha del empleado (screens.md §1.17): person, HR and business flags. The code is the server's. */
export function EmployeeForm({ employee, onSaved, onCancel, onDirtyChange, save = saveEmployee }: EmployeeFormProps) {
  const editing = employee !== null;
  const form = useForm<EmployeeFormValues>({
    resolver: zodResolver(employeeFormSchema),
    defaultValues: employee ? fromEmployee(employee) : EMPTY_EMPLOYEE_FORM,
    mode: "onTouched",
    reValidateMode: "onChange",
  });
  const { register, handleSubmit, formState, setError, control, watch } = form;
  const municipality = useController({ control, name: "address.municipality_id" });
  const errors = formState.errors;
  const [formError, setFormError] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);

  React.useEffect(() => onDirtyChange?.(formState.isDirty), [formState.isDirty, onDirtyChange]);

  const submit = async (values: EmployeeFormValues) => {
    if (saving) return;
    setFormError(null);
    setSaving(true);
    try {
      onSaved(await save(toEmployeeBody(values, editing), employee?.id ?? null));
    } catch (error) {
      const fields = (error as { fields?: Record<string, string> }).fields ?? {};
      for (const [from, to] of Object.entries(SERVER_ALIASES)) {
        if (fields[from]) setError(to, { type: "server", message: fields[from] });
      }
      setFormError(applyServerErrors(error, setError, FIELDS));
    } finally {
      setSaving(false);
    }
  };

  const field = (name: Path<EmployeeFormValues>) => {
    let e: unknown = errors;
    for (const p of name.split(".")) e = (e as Record<string, unknown> | undefined)?.[p];
    return (e as { message?: string } | undefined)?.message;
  };

  const collector = watch("is_collector");
  const seller = watch("is_seller");

  return (
    <form noValidate onSubmit={handleSubmit(submit)} className="grid gap-4" aria-label="Datos del empleado">
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <fieldset className="grid gap-4 rounded-md border p-4">
        <legend className="px-1 text-sm font-medium">Datos personales</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <FormField id="first_name" label="Nombre(s)" required error={field("first_name")}>
            <Input autoComplete="off" {...register("first_name")} />
          </FormField>
          <FormField id="last_name" label="Apellido paterno" required error={field("last_name")}>
            <Input autoComplete="off" {...register("last_name")} />
          </FormField>
          <FormField id="second_last_name" label="Apellido materno" error={field("second_last_name")}>
            <Input autoComplete="off" {...register("second_last_name")} />
          </FormField>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="birth_date" label="Fecha de nacimiento" error={field("birth_date")} hint="dd/mm/aaaa">
            <Input inputMode="numeric" placeholder="dd/mm/aaaa" {...register("birth_date")} />
          </FormField>
          <FormField id="gender" label="Género" error={field("gender")}>
            <Controller
              control={control}
              name="gender"
              render={({ field: f }) => (
                <Select value={f.value || "none"} onValueChange={(v) => f.onChange(v === "none" ? "" : v)}>
                  <SelectTrigger aria-label="Género">
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    <SelectItem value="none">Sin indicar</SelectItem>
                    {Object.entries(GENDERS).map(([value, label]) => (
                      <SelectItem key={value} value={value}>
                        {label}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              )}
            />
          </FormField>
          <FormField id="rfc" label="RFC" error={field("rfc")}>
            <Input autoCapitalize="characters" {...register("rfc")} />
          </FormField>
          <FormField id="curp" label="CURP" error={field("curp")}>
            <Input autoCapitalize="characters" maxLength={18} {...register("curp")} />
          </FormField>
        </div>
      </fieldset>

      <fieldset className="grid gap-4 rounded-md border p-4">
        <legend className="px-1 text-sm font-medium">Contacto</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="phone" label="Teléfono" error={field("phone")} hint="10 dígitos">
            <Input type="tel" inputMode="tel" {...register("phone")} />
          </FormField>
          <FormField id="phone_alt" label="Otro teléfono" error={field("phone_alt")}>
            <Input type="tel" inputMode="tel" {...register("phone_alt")} />
          </FormField>
          <FormField id="email" label="Correo electrónico" error={field("email")}>
            <Input type="email" {...register("email")} />
          </FormField>
          <FormField id="telegram_id" label="ID de Telegram" error={field("telegram_id")} hint="Número del chat (avisos)">
            <Input inputMode="numeric" {...register("telegram_id")} />
          </FormField>
          <FormField id="emergency_contact_name" label="Contacto de emergencia" error={field("emergency_contact_name")}>
            <Input {...register("emergency_contact_name")} />
          </FormField>
          <FormField id="emergency_contact_phone" label="Teléfono de emergencia" error={field("emergency_contact_phone")}>
            <Input type="tel" inputMode="tel" {...register("emergency_contact_phone")} />
          </FormField>
        </div>
      </fieldset>

      <fieldset className="grid gap-4 rounded-md border p-4">
        <legend className="px-1 text-sm font-medium">Domicilio (opcional)</legend>
        <FormField id="address.street" label="Calle" error={field("address.street")}>
          <Input {...register("address.street")} />
        </FormField>
        <div className="grid gap-4 sm:grid-cols-3">
          <FormField id="address.exterior_number" label="Núm. exterior" error={field("address.exterior_number")}>
            <Input {...register("address.exterior_number")} />
          </FormField>
          <FormField id="address.interior_number" label="Núm. interior" error={field("address.interior_number")}>
            <Input {...register("address.interior_number")} />
          </FormField>
          <FormField id="address.postal_code" label="Código postal" error={field("address.postal_code")}>
            <Input inputMode="numeric" maxLength={5} {...register("address.postal_code")} />
          </FormField>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="address.neighborhood" label="Colonia" error={field("address.neighborhood")}>
            <Input {...register("address.neighborhood")} />
          </FormField>
          <FormField id="address.municipality_id" label="Municipio" error={field("address.municipality_id")}>
            <MunicipalitySelect
              value={municipality.field.value}
              onChange={(v) => municipality.field.onChange(v)}
              onBlur={municipality.field.onBlur}
              initialLabel={employee?.address ? `${employee.address.municipality}, ${employee.address.state}` : undefined}
            />
          </FormField>
        </div>
      </fieldset>

      <fieldset className="grid gap-4 rounded-md border p-4">
        <legend className="px-1 text-sm font-medium">Datos laborales</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="hire_date" label="Fecha de ingreso" required error={field("hire_date")} hint="dd/mm/aaaa">
            <Input inputMode="numeric" placeholder="dd/mm/aaaa" {...register("hire_date")} />
          </FormField>
          {editing ? (
            <FormField id="termination_date" label="Fecha de baja" error={field("termination_date")} hint="dd/mm/aaaa; para dar de baja usa «Desactivar»">
              <Input inputMode="numeric" placeholder="dd/mm/aaaa" {...register("termination_date")} />
            </FormField>
          ) : null}
        </div>
        <div className="grid gap-2" role="group" aria-labelledby="flags-label">
          <p id="flags-label" className="text-sm font-medium">
            Trabajo de campo
          </p>
          <div className="flex flex-wrap gap-4">
            {FLAG_LABELS.map(([name, label, hint]) => (
              <Controller
                key={name}
                control={control}
                name={name}
                render={({ field: f }) => (
                  <div className="flex items-center gap-2">
                    <Checkbox id={name} checked={f.value} onCheckedChange={(v) => f.onChange(v === true)} onBlur={f.onBlur} />
                    <Label htmlFor={name}>
                      {label} <span className="text-xs text-muted-foreground">({hint})</span>
                    </Label>
                  </div>
                )}
              />
            ))}
          </div>
          <p className="text-xs text-muted-foreground">
            {employee?.code
              ? `Clave asignada: ${employee.code}. Las claves no cambian ni se reutilizan.`
              : "La clave (V#, C# o M#) la asigna el sistema al guardar."}
          </p>
          {field("is_seller") ? (
            <p role="alert" className="text-xs font-medium text-destructive">
              {field("is_seller")}
            </p>
          ) : null}
        </div>
        {collector || seller ? (
          <FormField id="receipt_limit" label="Límite de recibos" error={field("receipt_limit")} hint="Vacío: el valor general (50)">
            <Input inputMode="numeric" className="max-w-32" {...register("receipt_limit")} />
          </FormField>
        ) : null}
      </fieldset>

      <div className="flex justify-end gap-2">
        <Button type="button" variant="outline" onClick={onCancel}>
          Cancelar
        </Button>
        <Button type="submit" disabled={saving}>
          {saving ? "Guardando…" : "Guardar"}
        </Button>
      </div>
    </form>
  );
}

/** The right-hand drawer with the employee form (new when `employee` is null). */
export function EmployeeFormSheet({
  open,
  onOpenChange,
  employee,
  onSaved,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  employee: Employee | null;
  onSaved?: (employee: Employee) => void;
}) {
  const queryClient = useQueryClient();
  const [dirty, setDirty] = React.useState(false);
  const [confirming, setConfirming] = React.useState(false);
  const close = () => {
    setDirty(false);
    setConfirming(false);
    onOpenChange(false);
  };
  const requestClose = () => (dirty ? setConfirming(true) : close());
  return (
    <>
      <Sheet open={open} onOpenChange={(o) => (o ? onOpenChange(true) : requestClose())}>
        <SheetContent>
          <SheetHeader>
            <SheetTitle>{employee ? "Editar empleado" : "Nuevo empleado"}</SheetTitle>
            <SheetDescription>Los campos con * son obligatorios.</SheetDescription>
          </SheetHeader>
          {open ? (
            <EmployeeForm
              key={employee?.id ?? "new"}
              employee={employee}
              onDirtyChange={setDirty}
              onCancel={requestClose}
              onSaved={(saved) => {
                queryClient.setQueryData(employeeKeys.detail(saved.id), saved);
                void queryClient.invalidateQueries({ queryKey: employeeKeys.lists() });
                void queryClient.invalidateQueries({ queryKey: ["admin", "users"] });
                toast(employee ? "Empleado actualizado" : "Empleado creado", {
                  description: saved.code ? `${saved.full_name} · clave ${saved.code}` : saved.full_name,
                  variant: "success",
                });
                close();
                onSaved?.(saved);
              }}
            />
          ) : null}
        </SheetContent>
      </Sheet>
      <DiscardDialog
        open={confirming}
        onKeep={() => setConfirming(false)}
        onDiscard={close}
        description="Lo que escribiste no se ha guardado y se perderá."
      />
    </>
  );
}
