"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Download, Plus, X } from "lucide-react";
import Link from "next/link";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { POLICY_STATUS, type PolicyStatus, PolicyStatusBadge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { useSessionStore } from "@/features/auth/api/session-store";
import { PageHeader } from "@/features/shell/components/screen-guard";
import { errorMessage } from "@/lib/errors";
import { formatDate, formatMoney, todayInMexico } from "@/lib/format";
import { useListParams } from "@/lib/list-params";
import { can } from "@/lib/permissions";
import { useDebouncedValue } from "@/lib/use-debounced-value";

import {
  exportPolicies,
  type PaymentPlanValue,
  type PolicyListFilters,
  type PolicyRow,
  type PolicyStatusValue,
  saveBlob,
  usePolicies,
  useSellers,
} from "../api/queries";
import { PAYMENT_PLAN_LABEL } from "../lib/policy-format";

const columns: ColumnDef<PolicyRow>[] = [
  {
    id: "folio",
    header: "Folio",
    accessorKey: "folio",
    enableSorting: true,
    enableHiding: false,
    cell: ({ row }) => (
      <Link href={`/polizas/${row.original.id}`} className="font-medium text-primary underline-offset-2 hover:underline">
        {row.original.folio}
      </Link>
    ),
  },
  { id: "contract_folio", header: "Contrato", accessorFn: (p) => p.contract_folio ?? "—", enableSorting: true },
  { id: "client", header: "Cliente", accessorKey: "client_name", enableSorting: true },
  {
    id: "vehicle",
    header: "Vehículo",
    enableSorting: false,
    accessorFn: (p) => [p.make, p.model, p.year].filter(Boolean).join(" "),
  },
  { id: "plates", header: "Placas", accessorFn: (p) => p.plates ?? "—", enableSorting: true },
  { id: "coverage", header: "Cobertura", accessorKey: "coverage_name", enableSorting: true },
  { id: "seller", header: "Vendedor", accessorKey: "seller_name", enableSorting: true },
  { id: "payment_plan", header: "Forma de pago", accessorFn: (p) => PAYMENT_PLAN_LABEL[p.payment_plan] ?? p.payment_plan, enableSorting: false },
  { id: "prima_total", header: "Prima", accessorFn: (p) => formatMoney(p.prima_total), enableSorting: false },
  { id: "effective_date", header: "Inicio", accessorFn: (p) => formatDate(p.effective_date), enableSorting: true },
  { id: "expiration_date", header: "Fin", accessorFn: (p) => formatDate(p.expiration_date), enableSorting: true },
  {
    id: "status",
    header: "Estatus",
    enableSorting: true,
    cell: ({ row }) => <PolicyStatusBadge status={row.original.status} />,
  },
];

const FILTERS = ["status", "payment_plan", "seller_id", "coverage_name", "effective_from", "effective_to"] as const;

const splitList = (value: string | undefined) => (value ? value.split(",").filter(Boolean) : []);

interface Chip {
  key: string;
  label: string;
  remove: Record<string, string>;
}

/** Pólizas (screens.md §1.4): the list with filters as removable chips, search and Excel export. */
export function PoliciesList() {
  const user = useSessionStore((s) => s.user);
  const readAll = can(user, "policies.read");
  const canReadEmployees = can(user, "employees.read");
  const [params, update] = useListParams({ size: 25, sort: "-folio", filters: FILTERS });
  const [search, setSearch] = React.useState(params.q);
  const q = useDebouncedValue(search, 300);
  const lastQ = React.useRef(q);
  React.useEffect(() => {
    if (q === lastQ.current) return;
    lastQ.current = q;
    update({ q });
  }, [q, update]);

  const f = params.filters;
  const status = splitList(f.status) as PolicyStatusValue[];
  const plans = splitList(f.payment_plan) as PaymentPlanValue[];
  const filters: PolicyListFilters = {
    q: params.q,
    status,
    payment_plan: plans,
    seller_id: f.seller_id ? Number(f.seller_id) : null,
    coverage_name: f.coverage_name ?? "",
    effective_from: f.effective_from ?? "",
    effective_to: f.effective_to ?? "",
  };
  const policies = usePolicies({ page: params.page, size: params.size, sort: params.sort, filters, own: !readAll });
  const sellers = useSellers(readAll && canReadEmployees);
  const sellerName = (id: string) => sellers.data?.items.find((s) => String(s.id) === id)?.full_name ?? `#${id}`;

  const chips: Chip[] = [
    ...status.map((s) => ({
      key: `status-${s}`,
      label: `Estatus: ${POLICY_STATUS[s as PolicyStatus]?.label ?? s}`,
      remove: { status: status.filter((x) => x !== s).join(",") },
    })),
    ...plans.map((p) => ({
      key: `plan-${p}`,
      label: `Forma de pago: ${PAYMENT_PLAN_LABEL[p] ?? p}`,
      remove: { payment_plan: plans.filter((x) => x !== p).join(",") },
    })),
    ...(f.seller_id ? [{ key: "seller", label: `Vendedor: ${sellerName(f.seller_id)}`, remove: { seller_id: "" } }] : []),
    ...(f.coverage_name ? [{ key: "coverage", label: `Cobertura: ${f.coverage_name}`, remove: { coverage_name: "" } }] : []),
    ...(f.effective_from ? [{ key: "from", label: `Inicio desde: ${formatDate(f.effective_from)}`, remove: { effective_from: "" } }] : []),
    ...(f.effective_to ? [{ key: "to", label: `Inicio hasta: ${formatDate(f.effective_to)}`, remove: { effective_to: "" } }] : []),
  ];

  const [exporting, setExporting] = React.useState(false);
  const onExport = async () => {
    setExporting(true);
    try {
      saveBlob(await exportPolicies(filters, params.sort), `polizas-${todayInMexico().replaceAll("-", "")}.xlsx`);
    } catch (error) {
      toast("No se pudo exportar", { description: errorMessage(error), variant: "error" });
    } finally {
      setExporting(false);
    }
  };

  return (
    <div>
      <PageHeader
        title="Pólizas"
        description={readAll ? "Todas las pólizas: estatus, cobertura, vendedor y vigencia." : "Las pólizas que vendiste."}
        actions={
          <>
            {can(user, "policies.create") ? (
              <Button asChild>
                <Link href="/polizas/nueva">
                  <Plus aria-hidden="true" />
                  Nueva póliza
                </Link>
              </Button>
            ) : null}
            {readAll ? (
              <Button variant="outline" onClick={onExport} disabled={exporting}>
                <Download aria-hidden="true" />
                {exporting ? "Exportando…" : "Exportar a Excel"}
              </Button>
            ) : null}
          </>
        }
      />
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <Input
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Buscar por folio, cliente, placas o serie"
          aria-label="Buscar pólizas"
          className="max-w-xs"
        />
        <Select
          value=""
          onValueChange={(v) => {
            if (!status.includes(v as PolicyStatusValue)) update({ filters: { status: [...status, v].join(",") } });
          }}
        >
          <SelectTrigger className="w-40" aria-label="Filtrar por estatus">
            <SelectValue placeholder="Estatus" />
          </SelectTrigger>
          <SelectContent>
            {Object.entries(POLICY_STATUS).map(([value, { label }]) => (
              <SelectItem key={value} value={value}>
                {label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <Select
          value=""
          onValueChange={(v) => {
            if (!plans.includes(v as PaymentPlanValue)) update({ filters: { payment_plan: [...plans, v].join(",") } });
          }}
        >
          <SelectTrigger className="w-44" aria-label="Filtrar por forma de pago">
            <SelectValue placeholder="Forma de pago" />
          </SelectTrigger>
          <SelectContent>
            {Object.entries(PAYMENT_PLAN_LABEL).map(([value, label]) => (
              <SelectItem key={value} value={value}>
                {label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        {sellers.data ? (
          <Select value={f.seller_id ?? ""} onValueChange={(v) => update({ filters: { seller_id: v } })}>
            <SelectTrigger className="w-48" aria-label="Filtrar por vendedor">
              <SelectValue placeholder="Vendedor" />
            </SelectTrigger>
            <SelectContent>
              {sellers.data.items.map((s) => (
                <SelectItem key={s.id} value={String(s.id)}>
                  {s.full_name}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        ) : null}
        <CoverageFilter value={f.coverage_name ?? ""} onApply={(v) => update({ filters: { coverage_name: v } })} />
        <label className="flex items-center gap-1 text-sm text-muted-foreground">
          Inicio desde
          <Input
            type="date"
            className="w-40"
            aria-label="Inicio de vigencia desde"
            value={f.effective_from ?? ""}
            onChange={(e) => update({ filters: { effective_from: e.target.value } })}
          />
        </label>
        <label className="flex items-center gap-1 text-sm text-muted-foreground">
          hasta
          <Input
            type="date"
            className="w-40"
            aria-label="Inicio de vigencia hasta"
            value={f.effective_to ?? ""}
            onChange={(e) => update({ filters: { effective_to: e.target.value } })}
          />
        </label>
      </div>
      {chips.length ? (
        <ul className="mb-4 flex flex-wrap items-center gap-2" aria-label="Filtros aplicados">
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
            <Button
              variant="ghost"
              size="sm"
              onClick={() => update({ filters: Object.fromEntries(FILTERS.map((k) => [k, ""])) })}
            >
              Quitar todos
            </Button>
          </li>
        </ul>
      ) : null}
      {policies.error ? (
        <Alert variant="destructive" className="mb-4">
          {errorMessage(policies.error)}
        </Alert>
      ) : null}
      <DataTable
        label="Pólizas"
        columns={columns}
        rows={policies.data?.items}
        total={policies.data?.total}
        page={params.page}
        size={params.size}
        sort={params.sort}
        onPageChange={(page) => update({ page })}
        onSizeChange={(size) => update({ size })}
        onSortChange={(sort) => update({ sort })}
        getRowId={(p) => String(p.id)}
        isLoading={policies.isPending}
        isFetching={policies.isFetching}
        emptyMessage="Ninguna póliza coincide con los filtros."
        columnToggle
      />
    </div>
  );
}

function CoverageFilter({ value, onApply }: { value: string; onApply: (v: string) => void }) {
  const [text, setText] = React.useState(value);
  React.useEffect(() => setText(value), [value]);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onApply(text.trim().toUpperCase());
      }}
    >
      <Input
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="Cobertura (Enter)"
        aria-label="Filtrar por cobertura"
        className="w-40"
      />
    </form>
  );
}
