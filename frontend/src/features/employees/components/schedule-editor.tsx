"use client";

import type { Schemas } from "@protegrt/api-client";
import { ApiError } from "@protegrt/api-client";
import { Plus, Trash2 } from "lucide-react";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/errors";

import { useEmployeeSchedule, useReplaceSchedule } from "../api/queries";
import { MAX_WINDOWS_PER_DAY, type ScheduleRow, WEEKDAYS, shortTime, toScheduleBody, validateSchedule } from "../schemas";

type Window = Schemas["ScheduleWindowRead"];

let nextKey = 1;
const newKey = () => `w${nextKey++}`;
const toRows = (windows: readonly Window[]): ScheduleRow[] =>
  windows.map((w) => ({ key: newKey(), weekday: w.weekday, start: shortTime(w.start_time), end: shortTime(w.end_time) }));
const sameRows = (a: readonly ScheduleRow[], b: readonly ScheduleRow[]) =>
  JSON.stringify(toScheduleBody(a)) === JSON.stringify(toScheduleBody(b));

interface ScheduleEditorProps {
  windows: readonly Window[];
  readOnly: boolean;
  /** Saves the whole week (PUT); resolves with what the server kept. */
  onSave: (body: ReturnType<typeof toScheduleBody>) => Promise<Window[]>;
}

/**
 * The weekly work schedule (also used by the geofencing rule): up to 4 windows per day, times in
 * Mexico City, windows of one day may touch but not overlap. Saved as a whole (PUT).
 */
export function ScheduleEditor({ windows, readOnly, onSave }: ScheduleEditorProps) {
  const [saved, setSaved] = React.useState<ScheduleRow[]>(() => toRows(windows));
  const [rows, setRows] = React.useState<ScheduleRow[]>(saved);
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [formError, setFormError] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);
  const dirty = !sameRows(rows, saved);

  const change = (key: string, patch: Partial<ScheduleRow>) => {
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    setErrors((e) => {
      const { [key]: _, ...rest } = e;
      return rest;
    });
  };
  const add = (weekday: number) => {
    const ofDay = rows.filter((r) => r.weekday === weekday);
    const last = ofDay[ofDay.length - 1];
    setRows((rs) => [...rs, { key: newKey(), weekday, start: last ? last.end : "09:00", end: last ? "" : "18:00" }]);
  };
  const remove = (key: string) => setRows((rs) => rs.filter((r) => r.key !== key));
  const copyMonday = () => {
    const monday = rows.filter((r) => r.weekday === 0);
    setRows((rs) => [
      ...rs.filter((r) => r.weekday === 0 || r.weekday > 4),
      ...[1, 2, 3, 4].flatMap((weekday) => monday.map((m) => ({ ...m, key: newKey(), weekday }))),
    ]);
    setErrors({});
  };

  const save = async () => {
    setFormError(null);
    const found = validateSchedule(rows);
    setErrors(found);
    if (Object.keys(found).length) return;
    // The server names a refused window by its position in the body: send them in this order.
    const ordered = [...rows].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
    setSaving(true);
    try {
      const kept = toRows(await onSave(toScheduleBody(ordered)));
      setSaved(kept);
      setRows(kept);
      toast("Horario guardado", { variant: "success" });
    } catch (error) {
      const placed: Record<string, string> = {};
      if (error instanceof ApiError) {
        for (const [field, message] of Object.entries(error.fields)) {
          const row = ordered[Number(field.split(".")[0])];
          if (row) placed[row.key] = message;
        }
      }
      setErrors(placed);
      setFormError(Object.keys(placed).length ? "Revisa los horarios marcados." : errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="schedule-title" className="grid gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="schedule-title" className="text-base font-semibold">
          Horario semanal
        </h2>
        {!readOnly ? (
          <Button variant="outline" size="sm" onClick={copyMonday} disabled={!rows.some((r) => r.weekday === 0)}>
            Copiar el lunes de martes a viernes
          </Button>
        ) : null}
      </div>
      <p className="text-xs text-muted-foreground">Hora de Ciudad de México, 24 h. Un día sin horario es de descanso.</p>
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <ul className="grid gap-2">
        {WEEKDAYS.map((day, weekday) => {
          const ofDay = rows.filter((r) => r.weekday === weekday);
          return (
            <li key={day} className="grid gap-2 rounded-md border p-3 sm:grid-cols-[8rem_1fr]" aria-label={day}>
              <span className="text-sm font-medium">{day}</span>
              <div className="grid gap-2">
                {ofDay.length === 0 ? <span className="text-sm text-muted-foreground">Descanso</span> : null}
                {ofDay.map((r, i) => (
                  <div key={r.key} className="grid gap-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <Input
                        aria-label={`${day}, entrada ${i + 1}`}
                        value={r.start}
                        placeholder="hh:mm"
                        inputMode="numeric"
                        maxLength={5}
                        className="w-24"
                        readOnly={readOnly}
                        aria-invalid={errors[r.key] ? true : undefined}
                        onChange={(e) => change(r.key, { start: e.target.value })}
                      />
                      <span aria-hidden="true">–</span>
                      <Input
                        aria-label={`${day}, salida ${i + 1}`}
                        value={r.end}
                        placeholder="hh:mm"
                        inputMode="numeric"
                        maxLength={5}
                        className="w-24"
                        readOnly={readOnly}
                        aria-invalid={errors[r.key] ? true : undefined}
                        onChange={(e) => change(r.key, { end: e.target.value })}
                      />
                      {!readOnly ? (
                        <Button variant="ghost" size="icon" aria-label={`Quitar ${day} ${r.start}–${r.end}`} onClick={() => remove(r.key)}>
                          <Trash2 />
                        </Button>
                      ) : null}
                    </div>
                    {errors[r.key] ? (
                      <p role="alert" className="text-xs font-medium text-destructive">
                        {errors[r.key]}
                      </p>
                    ) : null}
                  </div>
                ))}
                {!readOnly && ofDay.length < MAX_WINDOWS_PER_DAY ? (
                  <Button variant="link" size="sm" className="justify-self-start px-0" onClick={() => add(weekday)}>
                    <Plus /> Agregar horario el {day.toLowerCase()}
                  </Button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      {!readOnly ? (
        <div className="flex justify-end gap-2">
          <Button
            variant="outline"
            disabled={!dirty || saving}
            onClick={() => {
              setRows(saved);
              setErrors({});
              setFormError(null);
            }}
          >
            Deshacer cambios
          </Button>
          <Button disabled={!dirty || saving} onClick={save}>
            {saving ? "Guardando…" : "Guardar horario"}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

/** The schedule of one employee, loaded and saved through the API. */
export function EmployeeSchedule({ employeeId, readOnly }: { employeeId: number; readOnly: boolean }) {
  const schedule = useEmployeeSchedule(employeeId);
  const replace = useReplaceSchedule(employeeId);
  if (schedule.error) return <Alert variant="destructive">{errorMessage(schedule.error)}</Alert>;
  if (!schedule.data) return <Skeleton className="h-64 w-full" />;
  return <ScheduleEditor windows={schedule.data} readOnly={readOnly} onSave={(body) => replace.mutateAsync(body)} />;
}
