"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { History, X } from "lucide-react";
import Link from "next/link";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { UserFilter } from "@/features/access/components/user-filter";
import { PageHeader } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";
import { errorMessage } from "@/lib/errors";
import { formatDate, formatDateTime } from "@/lib/format";
import { useListParams } from "@/lib/list-params";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { describeUserAgent } from "@/lib/user-agent";

import { type AuditEntry, useAuditLog } from "../api/queries";
import { auditDiff } from "../lib/diff";
import { ACTION_LABELS, TABLE_LABELS, actionLabel, tableLabel } from "../lib/labels";
import { AuditDiff } from "./audit-diff";

const FILTERS = ["user_id", "username", "table", "record_id", "action", "date_from", "date_to"] as const;

/** The URL of a record's history in the Bitácora (other screens link here). */
export function recordHistoryHref(table: string, recordId: string | number): string {
  return `${SCREENS.audit.href}?${new URLSearchParams({ table, record_id: String(recordId) }).toString()}`;
}

/**
 * A text filter typed freely, written to the URL once typing stops. Only typing writes: a change
 * of the URL from elsewhere (a link, "quitar filtro", "ver toda la bitácora") is followed, never
 * written back with the stale text.
 */
function useDebouncedFilter(value: string, write: (v: string) => void) {
  const [text, setTextState] = React.useState(value);
  const typing = React.useRef(false);
  const debounced = useDebouncedValue(text, 400);
  React.useEffect(() => {
    if (!typing.current) setTextState(value);
  }, [value]);
  React.useEffect(() => {
    if (!typing.current || debounced !== text) return;
    typing.current = false;
    if (debounced.trim() !== value) write(debounced.trim());
  }, [debounced, text, value, write]);
  const setText = React.useCallback((v: string) => {
    typing.current = true;
    setTextState(v);
  }, []);
  return [text, setText] as const;
}

function changedFields(entry: AuditEntry): string {
  const rows = auditDiff(entry.before, entry.after).filter((r) => r.status !== "same");
  if (rows.length === 0) return "—";
  const names = rows.slice(0, 3).map((r) => r.label);
  return rows.length > 3 ? `${names.join(", ")} y ${rows.length - 3} más` : names.join(", ");
}

/**
 * Bitácora: the audit log, newest first, filters in the URL (user, table, record, action, dates),
 * server-side paging; a side panel with the before/after of a row; "historial del registro" is the
 * same screen filtered to one table + record id (/admin/bitacora?table=policy&record_id=123).
 */
export function AuditScreen() {
  const [params, update] = useListParams({ size: 50, filters: FILTERS });
  const f = params.filters as Record<(typeof FILTERS)[number], string>;
  const [open, setOpen] = React.useState<AuditEntry | null>(null);

  const setFilter = React.useCallback((patch: Partial<Record<(typeof FILTERS)[number], string>>) => update({ filters: patch }), [update]);
  const writeTable = React.useCallback((v: string) => setFilter({ table: v }), [setFilter]);
  const writeRecord = React.useCallback((v: string) => setFilter({ record_id: v }), [setFilter]);
  const writeAction = React.useCallback((v: string) => setFilter({ action: v }), [setFilter]);
  const [table, setTable] = useDebouncedFilter(f.table, writeTable);
  const [recordId, setRecordId] = useDebouncedFilter(f.record_id, writeRecord);
  const [action, setAction] = useDebouncedFilter(f.action, writeAction);

  const userId = /^[1-9][0-9]*$/.test(f.user_id) ? Number(f.user_id) : null;
  const rangeError = f.date_from && f.date_to && f.date_to < f.date_from ? "La fecha final no puede ser anterior a la inicial." : undefined;
  const log = useAuditLog({
    page: params.page,
    size: params.size,
    userId,
    table: f.table,
    recordId: f.record_id,
    action: f.action,
    dateFrom: rangeError ? "" : f.date_from,
    dateTo: rangeError ? "" : f.date_to,
  });
  const history = f.table && f.record_id ? { table: f.table, recordId: f.record_id } : null;

  const columns = React.useMemo<ColumnDef<AuditEntry>[]>(
    () => [
      { id: "occurred_at", header: "Fecha y hora", enableSorting: false, enableHiding: false, cell: ({ row }) => formatDateTime(row.original.occurred_at) },
      {
        id: "user",
        header: "Usuario",
        enableSorting: false,
        cell: ({ row }) =>
          row.original.user_id ? (
            <button
              type="button"
              className="text-primary hover:underline"
              title="Ver solo lo que hizo este usuario"
              onClick={() => setFilter({ user_id: String(row.original.user_id), username: row.original.username ?? "" })}
            >
              {row.original.username ?? `#${row.original.user_id}`}
            </button>
          ) : (
            <span className="text-muted-foreground">Sistema</span>
          ),
      },
      {
        id: "record",
        header: "Registro",
        enableSorting: false,
        cell: ({ row }) => (
          <span>
            {tableLabel(row.original.table_name)}
            {row.original.record_id ? <span className="ml-1 font-mono text-xs text-muted-foreground">#{row.original.record_id}</span> : null}
          </span>
        ),
      },
      { id: "action", header: "Acción", enableSorting: false, cell: ({ row }) => <Badge>{actionLabel(row.original.action)}</Badge> },
      { id: "changes", header: "Campos", enableSorting: false, cell: ({ row }) => <span className="text-muted-foreground">{changedFields(row.original)}</span> },
      { id: "ip", header: "IP", enableSorting: false, cell: ({ row }) => <span className="font-mono text-xs">{row.original.ip ?? "—"}</span> },
      {
        id: "actions",
        header: "",
        enableSorting: false,
        enableHiding: false,
        cell: ({ row }) => (
          <span className="flex justify-end gap-1">
            <Button variant="outline" size="sm" onClick={() => setOpen(row.original)} aria-label={`Ver cambios del registro ${row.original.id}`}>
              Ver cambios
            </Button>
            {row.original.record_id ? (
              <Button variant="ghost" size="sm" asChild>
                <Link
                  href={recordHistoryHref(row.original.table_name, row.original.record_id)}
                  aria-label={`Historial de ${tableLabel(row.original.table_name)} #${row.original.record_id}`}
                  title="Historial del registro"
                >
                  <History className="size-4" />
                </Link>
              </Button>
            ) : null}
          </span>
        ),
      },
    ],
    [setFilter],
  );

  return (
    <div>
      <PageHeader title="Bitácora" description="Quién cambió qué y cuándo, con los valores de antes y después. Lo más reciente primero." />
      {history ? (
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-primary/30 bg-primary/5 px-4 py-3">
          <p className="flex items-center gap-2 text-sm font-medium">
            <History aria-hidden="true" className="size-4" />
            Historial del registro: {tableLabel(history.table)} #{history.recordId}
          </p>
          <Button variant="outline" size="sm" onClick={() => setFilter({ table: "", record_id: "" })}>
            Ver toda la bitácora
          </Button>
        </div>
      ) : null}
      <div className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <FormField id="audit-table" label="Tabla">
          <Input list="audit-tables" value={table} onChange={(e) => setTable(e.target.value)} placeholder="p. ej. policy" autoComplete="off" />
        </FormField>
        <FormField id="audit-record" label="ID del registro">
          <Input value={recordId} onChange={(e) => setRecordId(e.target.value)} autoComplete="off" />
        </FormField>
        <FormField id="audit-action" label="Acción">
          <Input list="audit-actions" value={action} onChange={(e) => setAction(e.target.value)} placeholder="p. ej. update" autoComplete="off" />
        </FormField>
        <div className="grid gap-1.5">
          <span className="text-sm font-medium leading-none">Usuario</span>
          <UserFilter value={f.user_id} onChange={(id) => setFilter({ user_id: id, username: "" })} />
          {userId !== null ? null : <span className="text-xs text-muted-foreground">También: clic en un usuario de la tabla.</span>}
        </div>
        <FormField id="audit-from" label="Desde">
          <Input type="date" value={f.date_from} onChange={(e) => setFilter({ date_from: e.target.value })} />
        </FormField>
        <FormField id="audit-to" label="Hasta" error={rangeError}>
          <Input type="date" value={f.date_to} onChange={(e) => setFilter({ date_to: e.target.value })} />
        </FormField>
      </div>
      <datalist id="audit-tables">
        {Object.entries(TABLE_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </datalist>
      <datalist id="audit-actions">
        {Object.entries(ACTION_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </datalist>
      <ActiveChips filters={f} onRemove={setFilter} />
      {log.error ? (
        <Alert variant="destructive" className="mb-4">
          {errorMessage(log.error)}
        </Alert>
      ) : null}
      <DataTable
        label="Bitácora"
        columns={columns}
        rows={log.data?.items}
        total={log.data?.total}
        page={params.page}
        size={params.size}
        sort={null}
        onPageChange={(page) => update({ page })}
        onSizeChange={(size) => update({ size })}
        onSortChange={() => undefined}
        getRowId={(e) => String(e.id)}
        isLoading={log.isPending}
        isFetching={log.isFetching}
        emptyMessage="No hay movimientos con estos filtros."
      />
      <Sheet open={open !== null} onOpenChange={(o) => (o ? null : setOpen(null))}>
        <SheetContent className="sm:max-w-2xl">
          {open ? (
            <>
              <SheetHeader>
                <SheetTitle>
                  {actionLabel(open.action)} · {tableLabel(open.table_name)}
                  {open.record_id ? ` #${open.record_id}` : ""}
                </SheetTitle>
                <SheetDescription>
                  {formatDateTime(open.occurred_at)} · {open.username ?? (open.user_id ? `Usuario #${open.user_id}` : "Sistema")}
                </SheetDescription>
              </SheetHeader>
              <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 text-sm">
                <dt className="text-muted-foreground">IP</dt>
                <dd className="font-mono text-xs">{open.ip ?? "—"}</dd>
                <dt className="text-muted-foreground">Navegador</dt>
                <dd>{open.user_agent ? describeUserAgent(open.user_agent) : "—"}</dd>
                <dt className="text-muted-foreground">Dispositivo</dt>
                <dd className="font-mono text-xs">{open.device_id ?? "—"}</dd>
                <dt className="text-muted-foreground">Solicitud</dt>
                <dd className="font-mono text-xs">{open.request_id ?? "—"}</dd>
              </dl>
              <AuditDiff before={open.before} after={open.after} />
              {open.record_id ? (
                <Button variant="outline" asChild className="justify-self-start">
                  <Link href={recordHistoryHref(open.table_name, open.record_id)} onClick={() => setOpen(null)}>
                    <History className="size-4" /> Historial del registro
                  </Link>
                </Button>
              ) : null}
            </>
          ) : null}
        </SheetContent>
      </Sheet>
    </div>
  );
}

function ActiveChips({
  filters,
  onRemove,
}: {
  filters: Record<(typeof FILTERS)[number], string>;
  onRemove: (patch: Partial<Record<(typeof FILTERS)[number], string>>) => void;
}) {
  const chips: { key: string; label: string; patch: Partial<Record<(typeof FILTERS)[number], string>> }[] = [];
  if (filters.user_id) chips.push({ key: "user", label: `Usuario: ${filters.username || `#${filters.user_id}`}`, patch: { user_id: "", username: "" } });
  if (filters.table) chips.push({ key: "table", label: `Tabla: ${tableLabel(filters.table)}`, patch: { table: "" } });
  if (filters.record_id) chips.push({ key: "record", label: `Registro: #${filters.record_id}`, patch: { record_id: "" } });
  if (filters.action) chips.push({ key: "action", label: `Acción: ${actionLabel(filters.action)}`, patch: { action: "" } });
  if (filters.date_from) chips.push({ key: "from", label: `Desde: ${formatDate(filters.date_from)}`, patch: { date_from: "" } });
  if (filters.date_to) chips.push({ key: "to", label: `Hasta: ${formatDate(filters.date_to)}`, patch: { date_to: "" } });
  if (chips.length === 0) return null;
  return (
    <div className="mb-4 flex flex-wrap gap-2" aria-label="Filtros activos">
      {chips.map((c) => (
        <Badge key={c.key} tone="primary" className="gap-1 py-1">
          {c.label}
          <button type="button" aria-label={`Quitar ${c.label}`} onClick={() => onRemove(c.patch)}>
            <X className="size-3" />
          </button>
        </Badge>
      ))}
    </div>
  );
}
