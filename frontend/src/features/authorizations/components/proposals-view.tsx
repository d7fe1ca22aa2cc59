"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Clock, X } from "lucide-react";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { errorMessage } from "@/lib/errors";
import { formatDateTime, formatMoney } from "@/lib/format";
import { useListParams } from "@/lib/list-params";
import { cn } from "@/lib/utils";

import type { ProposalFilter } from "../api/keys";
import { type Proposal, useProposals } from "../api/queries";
import { PAYMENT_METHOD, PROPOSAL_STATUS, statusOf } from "../lib/proposal-rules";
import { type PanelUser, ProposalPanel } from "./proposal-panel";

export const FILTERS: { value: ProposalFilter; label: string }[] = [
  { value: "all", label: "Todas" },
  { value: "pending", label: "Pendientes" },
  { value: "approved", label: "Aprobadas" },
  { value: "rejected", label: "Rechazadas" },
];

function isFilter(value: string): value is ProposalFilter {
  return FILTERS.some((f) => f.value === value);
}

/** Quick filters as a group of toggle buttons. */
export function FilterButtons<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <div role="group" aria-label={label} className="inline-flex flex-wrap gap-1 rounded-lg bg-muted p-1">
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          aria-pressed={value === o.value}
          onClick={() => onChange(o.value)}
          className={cn(
            "rounded-md px-3 py-1 text-sm font-medium text-muted-foreground transition-colors",
            value === o.value && "bg-card text-foreground shadow-sm",
          )}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

/** Propuestas de cobro (screens §1.6): the list with its quick filters and the side panel. */
export function ProposalsView({ user, threshold }: { user: PanelUser; threshold: string | null | undefined }) {
  // Newest first: arrivals (live) show at the top; the 48 h flag marks the old ones.
  const [params, update] = useListParams({ size: 25, sort: "-created_at", filters: ["estado"] });
  const rawFilter = params.filters["estado"] ?? "";
  const filter: ProposalFilter = isFilter(rawFilter) ? rawFilter : "pending";
  const proposals = useProposals({ page: params.page, size: params.size, sort: params.sort, filter });
  const [selected, setSelected] = React.useState<number | null>(null);

  const columns = React.useMemo<ColumnDef<Proposal>[]>(
    () => [
      {
        id: "folio",
        header: "Folio",
        enableHiding: false,
        cell: ({ row }) => (
          <button
            type="button"
            onClick={() => setSelected(row.original.id)}
            aria-label={`Revisar la propuesta ${row.original.id} de la póliza ${row.original.folio}`}
            aria-pressed={selected === row.original.id}
            className="font-medium text-primary underline-offset-2 hover:underline"
          >
            {row.original.folio}
          </button>
        ),
      },
      { id: "client", header: "Cliente", accessorKey: "client_name" },
      {
        id: "collector",
        header: "Cobrador",
        accessorFn: (p) => (p.author_code ? `${p.author_code} · ${p.author_name}` : p.author_name),
      },
      {
        id: "amount",
        header: "Monto",
        enableSorting: true,
        cell: ({ row }) => (
          <span className="tabular-nums">
            {formatMoney(row.original.amount)}
            {row.original.needs_manager ? (
              <Badge tone="purple" className="ml-1">
                Gerente
              </Badge>
            ) : null}
          </span>
        ),
      },
      { id: "method", header: "Método", accessorFn: (p) => PAYMENT_METHOD[p.method] ?? p.method },
      { id: "created_at", header: "Fecha", enableSorting: true, accessorFn: (p) => formatDateTime(p.created_at) },
      {
        id: "status",
        header: "Estatus",
        enableSorting: true,
        cell: ({ row }) => {
          const s = statusOf(PROPOSAL_STATUS, row.original.status);
          return (
            <span className="inline-flex flex-wrap items-center gap-1">
              <Badge tone={s.tone}>{s.label}</Badge>
              {row.original.is_stale ? (
                <Badge tone="red" title="Más de 48 h sin revisar">
                  <Clock aria-hidden="true" className="size-3" />
                  +48 h
                </Badge>
              ) : null}
            </span>
          );
        },
      },
    ],
    [selected],
  );

  return (
    <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_34rem]">
      <div className="min-w-0">
        <div className="mb-3">
          <FilterButtons
            label="Filtrar propuestas"
            options={FILTERS}
            value={filter}
            onChange={(v) => update({ filters: { estado: v === "pending" ? "" : v } })}
          />
        </div>
        {proposals.error ? (
          <Alert variant="destructive" className="mb-3">
            {errorMessage(proposals.error)}
          </Alert>
        ) : null}
        <DataTable
          label="Propuestas de cobro"
          columns={columns}
          rows={proposals.data?.items}
          total={proposals.data?.total}
          page={params.page}
          size={params.size}
          sort={params.sort}
          onPageChange={(page) => update({ page })}
          onSizeChange={(size) => update({ size })}
          onSortChange={(sort) => update({ sort })}
          getRowId={(p) => String(p.id)}
          isLoading={proposals.isPending}
          isFetching={proposals.isFetching}
          emptyMessage={filter === "pending" ? "No hay propuestas por revisar." : "Ninguna propuesta coincide con el filtro."}
        />
      </div>
      <aside aria-label="Detalle de la propuesta" className="min-w-0 rounded-lg border bg-card p-4 xl:sticky xl:top-20 xl:max-h-[calc(100vh-6rem)] xl:overflow-y-auto">
        {selected ? (
          <div className="grid gap-3">
            <div className="flex justify-end">
              <Button variant="ghost" size="sm" onClick={() => setSelected(null)}>
                <X aria-hidden="true" className="size-4" />
                Cerrar
              </Button>
            </div>
            <ProposalPanel key={selected} proposalId={selected} user={user} threshold={threshold} />
          </div>
        ) : (
          <p className="text-sm text-muted-foreground">Elige una propuesta de la lista para revisarla. Se revisan de una en una.</p>
        )}
      </aside>
    </div>
  );
}
