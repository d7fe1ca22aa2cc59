"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useSessionStore } from "@/features/auth/api/session-store";
import { useCancellationCodes } from "@/features/policies/api/queries";
import { PageHeader } from "@/features/shell/components/screen-guard";
import { errorMessage } from "@/lib/errors";
import { formatDate, formatInteger, todayInMexico } from "@/lib/format";
import { useListParams } from "@/lib/list-params";
import { can } from "@/lib/permissions";
import { useDebouncedValue } from "@/lib/use-debounced-value";

import { type CancellationRow, useCancellations } from "../api/queries";
import { type CancellationPeriod, isPeriod, PERIODS, periodHint } from "../lib/period";
import { CancelByFolio } from "./cancel-by-folio";
import { CancellationDetailSheet } from "./cancellation-detail-sheet";
import { CodeBadge, userLabel } from "./cancellation-format";

const FILTERS = ["period", "code"] as const;
const ALL_CODES = "__all__";

function columns(onOpen: (id: number) => void): ColumnDef<CancellationRow>[] {
  return [
    {
      id: "folio",
      header: "Folio",
      enableSorting: true,
      enableHiding: false,
      cell: ({ row }) => (
        <Link
          href={`/polizas/${row.original.policy_id}`}
          className="font-medium text-primary underline-offset-2 hover:underline"
          data-highlight={row.original.highlight ? "true" : undefined}
        >
          {row.original.folio}
        </Link>
      ),
    },
    { id: "client", header: "Cliente", accessorKey: "client_name", enableSorting: true },
    { id: "cancelled_at", header: "Fecha", accessorFn: (c) => formatDate(c.cancelled_at), enableSorting: true },
    {
      id: "reason",
      header: "Explicación",
      enableSorting: false,
      cell: ({ row }) => (
        <span className="line-clamp-2 max-w-64" title={row.original.reason}>
          {row.original.reason}
        </span>
      ),
    },
    {
      id: "code",
      header: "Motivo",
      enableSorting: true,
      cell: ({ row }) => (
        <span title={row.original.code_description}>
          <CodeBadge code={row.original.code} highlight={row.original.highlight} />
        </span>
      ),
    },
    { id: "payments_made", header: "Pagos realizados", accessorFn: (c) => formatInteger(c.payments_made), enableSorting: false },
    {
      id: "notes",
      header: "Observaciones",
      enableSorting: false,
      cell: ({ row }) => (
        <span className="line-clamp-2 max-w-56" title={row.original.notes ?? undefined}>
          {row.original.notes || "—"}
        </span>
      ),
    },
    { id: "cancelled_by", header: "Canceló", accessorFn: (c) => userLabel(c.cancelled_by_user_id), enableSorting: false },
    {
      id: "undone",
      header: "Estado",
      enableSorting: false,
      cell: ({ row }) =>
        row.original.undone_at ? (
          <Badge tone="grey" title={`Deshecha el ${formatDate(row.original.undone_at)}`}>
            Deshecha
          </Badge>
        ) : (
          <Badge tone="red">Cancelada</Badge>
        ),
    },
    {
      id: "actions",
      header: "",
      enableSorting: false,
      enableHiding: false,
      cell: ({ row }) => (
        <Button variant="ghost" size="sm" onClick={() => onOpen(row.original.id)} aria-label={`Ver cancelación de la póliza ${row.original.folio}`}>
          Ver
        </Button>
      ),
    },
  ];
}

/** Cobranza › Cancelaciones (screens.md §1.9): filters in the URL, C5 rows orange, detail in a side sheet. */
export function CancellationsScreen() {
  const user = useSessionStore((s) => s.user);
  const [params, update] = useListParams({ size: 25, sort: "-cancelled_at", filters: FILTERS });
  const [search, setSearch] = React.useState(params.q);
  const q = useDebouncedValue(search, 300);
  const lastQ = React.useRef(q);
  React.useEffect(() => {
    if (q === lastQ.current) return;
    lastQ.current = q;
    update({ q });
  }, [q, update]);

  const period: CancellationPeriod = isPeriod(params.filters.period ?? "") ? (params.filters.period as CancellationPeriod) : "all";
  const code = (params.filters.code ?? "").toUpperCase();
  const list = useCancellations({ page: params.page, size: params.size, sort: params.sort, q: params.q, period, code });
  const codes = useCancellationCodes(true);
  const [openId, setOpenId] = React.useState<number | null>(null);
  const cols = React.useMemo(() => columns(setOpenId), []);
  const hint = periodHint(period, todayInMexico());

  return (
    <div>
      <PageHeader
        title="Cancelaciones"
        description="Pólizas canceladas con su motivo (C1–C5). Los motivos resaltados (C5) se muestran en naranja y bloquean las ofertas de renovación."
        actions={can(user, "policies.cancel") ? <CancelByFolio /> : null}
      />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <Input
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Buscar por folio, contrato o cliente"
          aria-label="Buscar cancelaciones"
          className="max-w-xs"
        />
        <Select value={period} onValueChange={(v) => update({ filters: { period: v === "all" ? "" : v } })}>
          <SelectTrigger className="w-40" aria-label="Periodo">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {PERIODS.map((p) => (
              <SelectItem key={p.value} value={p.value}>
                {p.label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <Select value={code || ALL_CODES} onValueChange={(v) => update({ filters: { code: v === ALL_CODES ? "" : v } })}>
          <SelectTrigger className="w-56" aria-label="Filtrar por motivo">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ALL_CODES}>Todos los motivos</SelectItem>
            {(codes.data ?? []).map((c) => (
              <SelectItem key={c.code} value={c.code}>
                {c.code} · {c.description}
              </SelectItem>
            ))}
            {code && codes.data && !codes.data.some((c) => c.code === code) ? <SelectItem value={code}>{code}</SelectItem> : null}
          </SelectContent>
        </Select>
        {hint ? <span className="text-sm text-muted-foreground">{hint}</span> : null}
      </div>
      {list.error ? (
        <Alert variant="destructive" className="mb-4">
          {errorMessage(list.error)}
        </Alert>
      ) : null}
      {/* A highlighted code (C5) paints its whole row orange, as on the Motivos de cancelación screen. */}
      <div className="[&_tbody_tr:has([data-highlight=true])]:bg-orange-50 [&_tbody_tr:has([data-highlight=true]):hover]:bg-orange-100/70">
        <DataTable
          label="Cancelaciones"
          columns={cols}
          rows={list.data?.items}
          total={list.data?.total}
          page={params.page}
          size={params.size}
          sort={params.sort}
          onPageChange={(page) => update({ page })}
          onSizeChange={(size) => update({ size })}
          onSortChange={(sort) => update({ sort })}
          getRowId={(c) => String(c.id)}
          isLoading={list.isPending}
          isFetching={list.isFetching}
          emptyMessage="Ninguna cancelación coincide con los filtros."
        />
      </div>
      <CancellationDetailSheet cancellationId={openId} onOpenChange={(open) => (open ? null : setOpenId(null))} />
    </div>
  );
}
