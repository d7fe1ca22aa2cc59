"use client";

import type { Schemas } from "@protegrt/api-client";
import { ApiError } from "@protegrt/api-client";
import { Plus, Trash2 } from "lucide-react";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";

import { type OverrideRow, type RowErrors, toOverrideBody, toRow, validateOverrides } from "../lib/overrides";

let nextKey = 1;
const newKey = () => `o${nextKey++}`;

interface OverridesEditorProps {
  overrides: readonly Schemas["OverrideRead"][];
  permissions: readonly Schemas["PermissionRead"][];
  readOnly: boolean;
  onSave: (body: Schemas["OverrideIn"][]) => Promise<Schemas["OverrideRead"][]>;
}

/**
 * Individual permissions of one person: grants on top of their roles, or revokes of something a
 * role gives, each with its reason and an optional expiry (Mexico City time). Saved as a whole.
 */
export function OverridesEditor({ overrides, permissions, readOnly, onSave }: OverridesEditorProps) {
  const fromServer = React.useCallback((list: readonly Schemas["OverrideRead"][]) => list.map((o) => toRow(o, newKey())), []);
  const [saved, setSaved] = React.useState<OverrideRow[]>(() => fromServer(overrides));
  const [rows, setRows] = React.useState<OverrideRow[]>(saved);
  const [errors, setErrors] = React.useState<Record<string, RowErrors>>({});
  const [formError, setFormError] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);
  const strip = (l: readonly OverrideRow[]) => JSON.stringify(l.map(({ key: _, ...r }) => r));
  const dirty = strip(rows) !== strip(saved);
  const byCode = React.useMemo(() => new Map(permissions.map((p) => [p.code, p])), [permissions]);
  const meta = new Map(overrides.map((o) => [o.permission, o]));

  const change = (key: string, patch: Partial<OverrideRow>) => {
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    setErrors(({ [key]: _, ...rest }) => rest);
  };

  const save = async () => {
    setFormError(null);
    const found = validateOverrides(rows);
    setErrors(found);
    if (Object.keys(found).length) return;
    setSaving(true);
    try {
      const kept = fromServer(await onSave(toOverrideBody(rows)));
      setSaved(kept);
      setRows(kept);
      toast("Permisos individuales guardados", { variant: "success" });
    } catch (error) {
      const placed: Record<string, RowErrors> = {};
      if (error instanceof ApiError) {
        for (const [field, message] of Object.entries(error.fields)) {
          const [index, name] = field.split(".");
          const row = rows[Number(index)];
          if (!row) continue;
          const slot = name === "expires_at" ? "expiry" : name === "reason" ? "reason" : "permission";
          placed[row.key] = { ...placed[row.key], [slot]: message };
        }
      }
      setErrors(placed);
      setFormError(Object.keys(placed).length ? "Revisa las filas marcadas." : errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="overrides-title" className="grid gap-3">
      <h2 id="overrides-title" className="text-base font-semibold">
        Permisos individuales
      </h2>
      <p className="text-xs text-muted-foreground">
        «Conceder» agrega un permiso que sus roles no dan; «Revocar» quita uno que sí dan. El vencimiento es en hora de Ciudad de México; vacío: no vence.
      </p>
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      {rows.length === 0 ? <p className="text-sm text-muted-foreground">Sin permisos individuales: solo lo que dan sus roles.</p> : null}
      <ul className="grid gap-3">
        {rows.map((row, i) => {
          const e = errors[row.key] ?? {};
          const origin = meta.get(row.permission);
          const n = i + 1;
          return (
            <li key={row.key} className="grid gap-2 rounded-md border p-3" aria-label={`Permiso individual ${n}`}>
              <div className="grid gap-2 sm:grid-cols-[1fr_10rem]">
                <div className="grid gap-1">
                  <Select value={row.permission} onValueChange={(v) => change(row.key, { permission: v })} disabled={readOnly}>
                    <SelectTrigger aria-label={`Permiso ${n}`} aria-invalid={e.permission ? true : undefined}>
                      <SelectValue placeholder="Elige el permiso" />
                    </SelectTrigger>
                    <SelectContent>
                      {permissions.map((p) => (
                        <SelectItem key={p.code} value={p.code}>
                          {p.code}
                          {p.description ? ` — ${p.description}` : ""}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                  {e.permission ? (
                    <p role="alert" className="text-xs font-medium text-destructive">
                      {e.permission}
                    </p>
                  ) : null}
                </div>
                <Select value={row.effect} onValueChange={(v) => change(row.key, { effect: v as OverrideRow["effect"] })} disabled={readOnly}>
                  <SelectTrigger aria-label={`Efecto ${n}`}>
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    <SelectItem value="grant">Conceder</SelectItem>
                    <SelectItem value="revoke">Revocar</SelectItem>
                  </SelectContent>
                </Select>
              </div>
              <div className="grid gap-2 sm:grid-cols-[1fr_8rem_6rem_auto]">
                <div className="grid gap-1">
                  <Input
                    aria-label={`Motivo ${n}`}
                    placeholder="Motivo"
                    value={row.reason}
                    readOnly={readOnly}
                    aria-invalid={e.reason ? true : undefined}
                    onChange={(ev) => change(row.key, { reason: ev.target.value })}
                  />
                  {e.reason ? (
                    <p role="alert" className="text-xs font-medium text-destructive">
                      {e.reason}
                    </p>
                  ) : null}
                </div>
                <Input
                  aria-label={`Vence el día ${n}`}
                  placeholder="dd/mm/aaaa"
                  inputMode="numeric"
                  value={row.expiryDate}
                  readOnly={readOnly}
                  aria-invalid={e.expiry ? true : undefined}
                  onChange={(ev) => change(row.key, { expiryDate: ev.target.value })}
                />
                <Input
                  aria-label={`Vence a la hora ${n}`}
                  placeholder="23:59"
                  inputMode="numeric"
                  maxLength={5}
                  value={row.expiryTime}
                  readOnly={readOnly}
                  aria-invalid={e.expiry ? true : undefined}
                  onChange={(ev) => change(row.key, { expiryTime: ev.target.value })}
                />
                {!readOnly ? (
                  <Button variant="ghost" size="icon" aria-label={`Quitar permiso individual ${n}`} onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}>
                    <Trash2 />
                  </Button>
                ) : null}
              </div>
              {e.expiry ? (
                <p role="alert" className="text-xs font-medium text-destructive">
                  {e.expiry}
                </p>
              ) : null}
              <p className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                <Badge tone={row.effect === "grant" ? "green" : "red"}>{row.effect === "grant" ? "Concedido" : "Revocado"}</Badge>
                {row.permission && byCode.get(row.permission)?.module ? <span>Módulo {byCode.get(row.permission)!.module}</span> : null}
                {origin ? <span>Desde {formatDateTime(origin.created_at)}</span> : <span>Nuevo</span>}
              </p>
            </li>
          );
        })}
      </ul>
      {!readOnly ? (
        <div className="flex flex-wrap justify-between gap-2">
          <Button
            variant="outline"
            onClick={() => setRows((rs) => [...rs, { key: newKey(), permission: "", effect: "grant", reason: "", expiryDate: "", expiryTime: "" }])}
          >
            <Plus /> Agregar permiso individual
          </Button>
          <div className="flex gap-2">
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
              {saving ? "Guardando…" : "Guardar permisos individuales"}
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
