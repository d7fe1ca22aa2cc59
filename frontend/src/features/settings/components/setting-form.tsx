"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { ApiError } from "@protegrt/api-client";
import * as React from "react";
import { Controller, useForm } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DiscardDialog } from "@/components/ui/discard-dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { errorMessage } from "@/lib/errors";
import { formatMoney } from "@/lib/format";

import { type Setting, patchSetting } from "../api/queries";
import {
  type EditorField,
  type SettingFormValues,
  editorFields,
  fieldForServerPath,
  fromFormValues,
  normalizeMoney,
  settingSchema,
  toFormValues,
} from "../lib/setting-form";
import { SETTINGS_META } from "../lib/settings-meta";

const textareaClass =
  "min-h-24 w-full rounded-md border border-input bg-card px-3 py-2 font-mono text-sm shadow-xs focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring/30 aria-[invalid=true]:border-destructive";

const HINTS: Partial<Record<EditorField["kind"], string>> = {
  money: "Pesos con dos decimales, p. ej. 5000.00",
  percent: "Porcentaje, p. ej. 5.00",
  time: "24 horas, HH:MM",
  integer_list: "Separados por comas",
  cidr_list: "Un rango por línea, p. ej. 10.8.0.0/24",
  text_list: "Uno por línea",
};

interface SettingFormProps {
  setting: Pick<Setting, "key" | "value">;
  onSaved: (saved: Setting) => void;
  onCancel: () => void;
  /** The call that saves (tests pass their own). */
  save?: (key: string, value: unknown) => Promise<Setting>;
}

/** The typed editor of one setting: a field per leaf of its value, validated as typed. */
export function SettingForm({ setting, onSaved, onCancel, save = patchSetting }: SettingFormProps) {
  const fields = React.useMemo(() => editorFields(setting.key, setting.value), [setting.key, setting.value]);
  const schema = React.useMemo(() => settingSchema(fields), [fields]);
  const form = useForm<SettingFormValues>({
    resolver: zodResolver(schema),
    defaultValues: toFormValues(fields, setting.value),
    mode: "onChange",
  });
  const { register, handleSubmit, formState, setError, control, watch } = form;
  const [formError, setFormError] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);
  const [confirmValue, setConfirmValue] = React.useState<unknown>(undefined);
  const [confirmDiscard, setConfirmDiscard] = React.useState(false);
  const network = SETTINGS_META[setting.key]?.network === true;

  const send = async (value: unknown) => {
    setSaving(true);
    setFormError(null);
    try {
      onSaved(await save(setting.key, value));
    } catch (error) {
      let unplaced = error instanceof ApiError ? Object.keys(error.fields).length === 0 : true;
      if (error instanceof ApiError) {
        for (const [path, message] of Object.entries(error.fields)) {
          const target = fieldForServerPath(fields, path);
          if (target) setError(target.name, { type: "server", message: `${target.prefix}${message}` });
          else unplaced = true;
        }
      }
      if (unplaced || !(error instanceof ApiError) || error.status !== 422) setFormError(errorMessage(error));
    } finally {
      setSaving(false);
      setConfirmValue(undefined);
    }
  };

  const submit = (values: SettingFormValues) => {
    const value = fromFormValues(fields, values, setting.value);
    if (network) setConfirmValue(value);
    else void send(value);
  };

  const cancel = () => (formState.isDirty ? setConfirmDiscard(true) : onCancel());
  const id = (f: EditorField) => `setting-${setting.key}-${f.name}`;

  return (
    <form noValidate onSubmit={handleSubmit(submit)} className="grid gap-4" aria-label={`Editar ${SETTINGS_META[setting.key]?.label ?? setting.key}`}>
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((f) => {
          const error = formState.errors[f.name]?.message;
          if (f.kind === "boolean") {
            return (
              <Controller
                key={f.name}
                control={control}
                name={f.name}
                render={({ field }) => (
                  <div className="flex items-center gap-2 self-end pb-2">
                    <Checkbox id={id(f)} checked={field.value === "true"} onCheckedChange={(v) => field.onChange(v === true ? "true" : "false")} />
                    <Label htmlFor={id(f)}>{f.label}</Label>
                  </div>
                )}
              />
            );
          }
          if (f.kind === "enum") {
            return (
              <FormField key={f.name} id={id(f)} label={f.label} required error={error}>
                <Controller
                  control={control}
                  name={f.name}
                  render={({ field }) => (
                    <Select value={field.value} onValueChange={field.onChange}>
                      <SelectTrigger aria-label={f.label}>
                        <SelectValue />
                      </SelectTrigger>
                      <SelectContent>
                        {(f.options ?? []).map((o) => (
                          <SelectItem key={o.value} value={o.value}>
                            {o.label}
                          </SelectItem>
                        ))}
                      </SelectContent>
                    </Select>
                  )}
                />
              </FormField>
            );
          }
          const list = f.kind === "cidr_list" || f.kind === "text_list";
          const current = watch(f.name) ?? "";
          const moneyPreview = f.kind === "money" && !error ? normalizeMoney(current) : null;
          const hint = moneyPreview ? `${formatMoney(moneyPreview)} MXN` : (HINTS[f.kind] ?? (f.unit ? `En ${f.unit}` : undefined));
          return (
            <FormField key={f.name} id={id(f)} label={f.label} required error={error} hint={hint} className={list ? "sm:col-span-2" : undefined}>
              {list ? (
                <textarea className={textareaClass} spellCheck={false} {...register(f.name)} />
              ) : (
                <Input
                  inputMode={f.kind === "integer" ? "numeric" : f.kind === "time" || f.kind === "text" || f.kind === "letter" ? undefined : "decimal"}
                  autoComplete="off"
                  {...register(f.name)}
                />
              )}
            </FormField>
          );
        })}
      </div>
      <div className="flex justify-end gap-2">
        <Button variant="outline" onClick={cancel} disabled={saving}>
          Cancelar
        </Button>
        <Button type="submit" disabled={saving || !formState.isDirty}>
          {saving ? "Guardando…" : "Guardar"}
        </Button>
      </div>

      <ConfirmDialog
        open={confirmValue !== undefined}
        onOpenChange={(o) => (o ? null : setConfirmValue(undefined))}
        title="¿Cambiar la restricción de red?"
        description="Un valor equivocado puede impedir el acceso a todo el personal (los administradores siempre pueden entrar). El cambio aplica en la siguiente solicitud de cada persona."
        confirmLabel="Confirmar cambio"
        pendingLabel="Guardando…"
        destructive={false}
        pending={saving}
        onConfirm={() => void send(confirmValue)}
      />
      <DiscardDialog
        open={confirmDiscard}
        onKeep={() => setConfirmDiscard(false)}
        onDiscard={() => {
          setConfirmDiscard(false);
          onCancel();
        }}
      />
    </form>
  );
}
