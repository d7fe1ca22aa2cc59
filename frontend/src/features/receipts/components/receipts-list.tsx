"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { MoreHorizontal, X } from "lucide-react";
import Link from "next/link";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useSessionStore } from "@/features/auth/api/session-store";
import { errorMessage } from "@/lib/errors";
import { formatDate, formatDateTime } from "@/lib/format";
import type { ListParams } from "@/lib/list-params";
import { can } from "@/lib/permissions";

import type { ReceiptListFilters } from "../api/keys";
import { type ReceiptRow, type ReceiptStats, useReceipts } from "../api/queries";
import { OFFICE, RECEIPT_KIND, RECEIPT_STATUS, type ReceiptStatusValue, canCancel, canMarkLost, rangeFilterError } from "../lib/receipt-forms";
import { CancelReceiptDialog, MarkLostDialog } from "./receipt-actions";

export const RECEIPT_FILTERS = ["status", "holder", "number_from", "number_to", "number"] as const;

export function filtersOf(params: ListParams): ReceiptListFilters {
  const f = params.filters;
  return {
    status: f.status ?? "",
    holder: f.holder ?? "",
    numberFrom: f.number_from ?? "",
    numberTo: f.number_to ?? "",
    number: f.number ?? "",
  };
}

export function ReceiptStatusBadge({ status }: { status: ReceiptStatusValue }) {
  const known = RECEIPT_STATUS[status];
  return (
    <Badge tone={known?.tone ?? "neutral"} data-status={status}>
      {known?.label ?? status}
    </Badge>
  );
}

const holderLabel = (r: ReceiptRow) => (r.at_office ? "OFICINA" : r.collector_name ? `${r.collector_code ? `${r.collector_code} · ` : ""}${r.collector_name}` : "—");

/** Tab "Recibos": filters (status, holder, number range), the table and each receipt's actions. */
export function ReceiptsList({
  params,
  update,
  stats,
}: {
  params: ListParams;
  update: (patch: Partial<Omit<ListParams, "filters">> & { filters?: Record<string, string> }) => void;
  stats: ReceiptStats | undefined;
}) {
  const user = useSessionStore((s) => s.user);
  const mayMarkLost = can(user, "receipts.mark_lost");
  const mayCancel = can(user, "receipts.cancel");
  const filters = filtersOf(params);
  const receipts = useReceipts({ page: params.page, size: params.size, sort: params.sort, filters });
  const [lost, setLost] = React.useState<ReceiptRow | null>(null);
  const [cancelling, setCancelling] = React.useState<ReceiptRow | null>(null);

  const columns = React.useMemo<ColumnDef<ReceiptRow>[]>(() => {
    const cols: ColumnDef<ReceiptRow>[] = [
      { id: "number", header: "Número", accessorKey: "number", enableSorting: true, enableHiding: false, cell: ({ row }) => <span className="font-medium">{row.original.number}</span> },
      {
        id: "folio",
        header: "Folio",
        enableSorting: false,
        cell: ({ row }) =>
          row.original.policy_id && row.original.policy_folio ? (
            <Link href={`/polizas/${row.original.policy_id}`} className="text-primary underline-offset-2 hover:underline">
              {row.original.policy_folio}
            </Link>
          ) : (
            "—"
          ),
      },
      { id: "collector", header: "Cobrador", enableSorting: false, accessorFn: holderLabel },
      { id: "payment", header: "Pago", enableSorting: false, accessorFn: (r) => (r.payment_id ? `#${r.payment_id}` : "—") },
      {
        id: "status",
        header: "Estatus",
        enableSorting: true,
        cell: ({ row }) => (
          <div className="flex flex-col items-start gap-1">
            <ReceiptStatusBadge status={row.original.status} />
            {row.original.loss_due_at ? (
              <span className="text-xs text-destructive">Extravío programado: {formatDateTime(row.original.loss_due_at)}</span>
            ) : row.original.skipped_at && row.original.status === "assigned" ? (
              <span className="text-xs text-orange-700">Saltado sin confirmar</span>
            ) : null}
          </div>
        ),
      },
      { id: "assigned_at", header: "Asignado", enableSorting: true, accessorFn: (r) => formatDate(r.assigned_at) },
      { id: "used_at", header: "Usado", enableSorting: true, accessorFn: (r) => formatDate(r.used_at) },
      { id: "delivered_at", header: "Entregado", enableSorting: true, accessorFn: (r) => formatDate(r.delivered_at) },
      { id: "kind", header: "Tipo", enableSorting: false, accessorFn: (r) => RECEIPT_KIND[r.kind] ?? r.kind },
    ];
    if (mayMarkLost || mayCancel) {
      cols.push({
        id: "actions",
        header: "Acciones",
        enableSorting: false,
        enableHiding: false,
        cell: ({ row }) => {
          const r = row.original;
          const lostOk = mayMarkLost && canMarkLost(r.status);
          const cancelOk = mayCancel && canCancel(r.status);
          if (!lostOk && !cancelOk) return null;
          return (
            <DropdownMenu>
              <DropdownMenuTrigger asChild>
                <Button variant="ghost" size="icon" className="size-8" aria-label={`Acciones del recibo ${r.number}`}>
                  <MoreHorizontal />
                </Button>
              </DropdownMenuTrigger>
              <DropdownMenuContent align="end">
                {lostOk ? <DropdownMenuItem onSelect={() => setLost(r)}>Marcar extraviado</DropdownMenuItem> : null}
                {cancelOk ? <DropdownMenuItem onSelect={() => setCancelling(r)}>Cancelar recibo</DropdownMenuItem> : null}
              </DropdownMenuContent>
            </DropdownMenu>
          );
        },
      });
    }
    return cols;
  }, [mayMarkLost, mayCancel]);

  const statuses = filters.status ? filters.status.split(",") : [];
  const holders = stats?.holders ?? [];
  const holderName = (value: string) =>
    value === OFFICE ? "OFICINA" : (holders.find((h) => String(h.collector_id) === value)?.name ?? `#${value}`);

  const chips: { key: string; label: string; remove: Record<string, string> }[] = [
    ...statuses.map((s) => ({
      key: `status-${s}`,
      label: `Estatus: ${RECEIPT_STATUS[s as ReceiptStatusValue]?.label ?? s}`,
      remove: { status: statuses.filter((x) => x !== s).join(",") },
    })),
    ...(filters.holder ? [{ key: "holder", label: `Cobrador: ${holderName(filters.holder)}`, remove: { holder: "" } }] : []),
    ...(filters.numberFrom || filters.numberTo
      ? [{ key: "range", label: `Números: ${filters.numberFrom || "…"} – ${filters.numberTo || "…"}`, remove: { number_from: "", number_to: "" } }]
      : []),
    ...(filters.number ? [{ key: "number", label: `Número empieza con: ${filters.number}`, remove: { number: "" } }] : []),
  ];

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-end gap-3">
        <Select
          value=""
          onValueChange={(v) => {
            if (!statuses.includes(v)) update({ filters: { status: [...statuses, v].join(",") } });
          }}
        >
          <SelectTrigger className="w-48" aria-label="Filtrar por estatus">
            <SelectValue placeholder="Estatus" />
          </SelectTrigger>
          <SelectContent>
            {Object.entries(RECEIPT_STATUS).map(([value, { label }]) => (
              <SelectItem key={value} value={value}>
                {label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <Select value={filters.holder} onValueChange={(v) => update({ filters: { holder: v } })}>
          <SelectTrigger className="w-56" aria-label="Filtrar por cobrador">
            <SelectValue placeholder="Cobrador" />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={OFFICE}>OFICINA</SelectItem>
            {holders
              .filter((h) => h.collector_id !== null)
              .map((h) => (
                <SelectItem key={h.collector_id} value={String(h.collector_id)}>
                  {h.code ? `${h.code} · ` : ""}
                  {h.name}
                </SelectItem>
              ))}
          </SelectContent>
        </Select>
        <RangeFilter from={filters.numberFrom} to={filters.numberTo} onApply={(from, to) => update({ filters: { number_from: from, number_to: to } })} />
      </div>
      {chips.length ? (
        <ul className="flex flex-wrap items-center gap-2" aria-label="Filtros aplicados">
          {chips.map((chip) => (
            <li key={chip.key}>
              <span className="inline-flex items-center gap-1 rounded-full border bg-muted px-2 py-0.5 text-xs">
                {chip.label}
                <button
                  type="button"
                  className="rounded-full p-0.5 hover:bg-background"
                  aria-label={`Quitar filtro ${chip.label}`}
                  onClick={() => update({ filters: chip.remove })}
                >
                  <X className="size-3" aria-hidden="true" />
                </button>
              </span>
            </li>
          ))}
          <li>
            <Button variant="ghost" size="sm" onClick={() => update({ filters: Object.fromEntries(RECEIPT_FILTERS.map((k) => [k, ""])) })}>
              Quitar todos
            </Button>
          </li>
        </ul>
      ) : null}
      {receipts.error ? <Alert variant="destructive">{errorMessage(receipts.error)}</Alert> : null}
      <DataTable
        label="Recibos"
        columns={columns}
        rows={receipts.data?.items}
        total={receipts.data?.total}
        page={params.page}
        size={params.size}
        sort={params.sort}
        onPageChange={(page) => update({ page })}
        onSizeChange={(size) => update({ size })}
        onSortChange={(sort) => update({ sort })}
        getRowId={(r) => String(r.id)}
        isLoading={receipts.isPending}
        isFetching={receipts.isFetching}
        emptyMessage="Ningún recibo coincide con los filtros."
      />
      <MarkLostDialog receipt={lost} onOpenChange={(open) => (open ? undefined : setLost(null))} />
      <CancelReceiptDialog receipt={cancelling} onOpenChange={(open) => (open ? undefined : setCancelling(null))} />
    </div>
  );
}

function RangeFilter({ from, to, onApply }: { from: string; to: string; onApply: (from: string, to: string) => void }) {
  const [text, setText] = React.useState({ from, to });
  const [error, setError] = React.useState<string | undefined>();
  React.useEffect(() => setText({ from, to }), [from, to]);
  return (
    <form
      className="grid gap-1"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const found = rangeFilterError(text.from, text.to);
        setError(found);
        if (!found) onApply(text.from.trim().toUpperCase(), text.to.trim().toUpperCase());
      }}
    >
      <div className="flex items-center gap-2">
        <Input
          value={text.from}
          onChange={(e) => setText((t) => ({ ...t, from: e.target.value }))}
          placeholder="Desde (A0001)"
          aria-label="Número desde"
          aria-invalid={error ? true : undefined}
          className="w-32"
        />
        <Input
          value={text.to}
          onChange={(e) => setText((t) => ({ ...t, to: e.target.value }))}
          placeholder="Hasta (A0050)"
          aria-label="Número hasta"
          aria-invalid={error ? true : undefined}
          className="w-32"
        />
        <Button type="submit" variant="outline" size="sm">
          Filtrar rango
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-xs font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </form>
  );
}
