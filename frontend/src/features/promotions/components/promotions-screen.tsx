"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Calculator, Plus } from "lucide-react";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DataTable } from "@/components/ui/data-table";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { Skeleton } from "@/components/ui/skeleton";
import { toast } from "@/components/ui/toast";
import { useSessionStore } from "@/features/auth/api/session-store";
import { useCoverageOptions } from "@/features/coverages/api/queries";
import { VEHICLE_TYPE_LABEL, type VehicleType } from "@/features/coverages/lib/labels";
import { PAYMENT_PLAN_LABEL } from "@/features/policies/lib/policy-format";
import { PageHeader } from "@/features/shell/components/screen-guard";
import { errorMessage } from "@/lib/errors";
import { formatDate, formatInteger, formatMoney } from "@/lib/format";
import { useListParams } from "@/lib/list-params";
import { can } from "@/lib/permissions";
import { useDebouncedValue } from "@/lib/use-debounced-value";

import { type Promotion, usePromotionSummary, usePromotions, useSetPromotionActive } from "../api/queries";
import { BENEFIT_LABEL, conditionsSummary } from "../schemas";
import { PromotionApplicationsDialog } from "./promotion-applications";
import { PromotionFormSheet } from "./promotion-form";
import { SimulatePanel } from "./simulate-panel";

const ALL = "all";

export const PROMOTION_STATUS: Record<string, { label: string; tone: BadgeTone }> = {
  current: { label: "Vigente", tone: "green" },
  scheduled: { label: "Programada", tone: "blue" },
  expired: { label: "Vencida", tone: "grey" },
  inactive: { label: "Inactiva", tone: "red" },
};

export function PromotionStatusBadge({ status }: { status: string }) {
  const known = PROMOTION_STATUS[status] ?? { label: status, tone: "neutral" as const };
  return (
    <Badge tone={known.tone} data-status={status}>
      {known.label}
    </Badge>
  );
}

/** KPIs of GET /promotions/summary. */
export function PromotionKpis() {
  const summary = usePromotionSummary();
  if (summary.error) return <Alert variant="destructive" className="mb-4">{errorMessage(summary.error)}</Alert>;
  const s = summary.data;
  const items: [string, string][] = s
    ? [
        ["Vigentes", formatInteger(s.current)],
        ["Programadas", formatInteger(s.scheduled)],
        ["Vencidas", formatInteger(s.expired)],
        ["Inactivas", formatInteger(s.inactive)],
        ["Usos hoy", formatInteger(s.uses_today)],
        ["Descuento otorgado", formatMoney(s.total_discount)],
      ]
    : [];
  return (
    <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-6" aria-label="Indicadores de promociones">
      {s
        ? items.map(([label, value]) => (
            <Card key={label} className="p-4">
              <dt className="text-xs text-muted-foreground">{label}</dt>
              <dd className="mt-1 text-xl font-semibold tabular-nums">{value}</dd>
            </Card>
          ))
        : Array.from({ length: 6 }, (_, i) => <Skeleton key={i} className="h-20" />)}
    </dl>
  );
}

interface RowActions {
  mayEdit: boolean;
  onEdit: (p: Promotion) => void;
  onToggle: (p: Promotion) => void;
  onHistory: (p: Promotion) => void;
  onSimulate: (p: Promotion) => void;
}

export function promotionColumns(actions: RowActions): ColumnDef<Promotion>[] {
  return [
    { id: "code", header: "Clave", accessorKey: "code", enableSorting: true, enableHiding: false, cell: ({ row }) => <span className="font-mono font-medium">{row.original.code}</span> },
    { id: "name", header: "Nombre", accessorKey: "name", enableSorting: true },
    {
      id: "benefits",
      header: "Beneficios",
      enableSorting: false,
      cell: ({ row }) => (
        <ul className="grid gap-0.5">
          {row.original.rules.map((r) => {
            const conditions = conditionsSummary(r.conditions, (p) => PAYMENT_PLAN_LABEL[p] ?? p, (v) => VEHICLE_TYPE_LABEL[v as VehicleType] ?? v);
            return (
              <li key={r.id}>
                {r.benefit}
                {conditions.length ? <span className="block text-xs text-muted-foreground">{conditions.join(" · ")}</span> : null}
              </li>
            );
          })}
        </ul>
      ),
    },
    { id: "starts_on", header: "Vigencia", enableSorting: true, accessorFn: (p) => `${formatDate(p.starts_on)} – ${formatDate(p.ends_on)}` },
    {
      id: "uses",
      header: "Usos / límite",
      enableSorting: false,
      accessorFn: (p) => `${formatInteger(p.uses)} / ${p.usage_limit_total != null ? formatInteger(p.usage_limit_total) : "sin límite"}`,
    },
    { id: "total_discount", header: "Descuento otorgado", enableSorting: false, accessorFn: (p) => formatMoney(p.total_discount) },
    { id: "status", header: "Estatus", enableSorting: false, cell: ({ row }) => <PromotionStatusBadge status={row.original.status} /> },
    {
      id: "actions",
      header: "Acciones",
      enableSorting: false,
      enableHiding: false,
      cell: ({ row }) => {
        const p = row.original;
        return (
          <span className="flex flex-nowrap gap-1 whitespace-nowrap">
            <Button size="sm" variant="ghost" onClick={() => actions.onSimulate(p)} aria-label={`Simular ${p.code}`}>
              Simular
            </Button>
            <Button size="sm" variant="ghost" onClick={() => actions.onHistory(p)} aria-label={`Historial de uso de ${p.code}`}>
              Historial
            </Button>
            {actions.mayEdit ? (
              <>
                <Button size="sm" variant="ghost" onClick={() => actions.onEdit(p)} aria-label={`Editar ${p.code}`}>
                  Editar
                </Button>
                <Button size="sm" variant="ghost" onClick={() => actions.onToggle(p)} aria-label={`${p.is_active ? "Desactivar" : "Activar"} ${p.code}`}>
                  {p.is_active ? "Desactivar" : "Activar"}
                </Button>
              </>
            ) : null}
          </span>
        );
      },
    },
  ];
}

/** Promociones (screens.md §1.11): KPIs, the list, create/edit with rules, simulate, usage history. */
export function PromotionsScreen() {
  const user = useSessionStore((s) => s.user);
  const mayEdit = can(user, "promotions.edit");
  const [params, update] = useListParams({ size: 25, sort: null, filters: ["status", "benefit_type"] });
  const [search, setSearch] = React.useState(params.q);
  const q = useDebouncedValue(search, 300);
  const lastQ = React.useRef(q);
  React.useEffect(() => {
    if (q === lastQ.current) return;
    lastQ.current = q;
    update({ q });
  }, [q, update]);
  const status = params.filters.status ?? "";
  const benefitType = params.filters.benefit_type ?? "";
  const promotions = usePromotions({ page: params.page, size: params.size, sort: params.sort, q: params.q, status, benefitType });

  const [editing, setEditing] = React.useState<Promotion | null>(null);
  const [formOpen, setFormOpen] = React.useState(false);
  const [history, setHistory] = React.useState<Promotion | null>(null);
  const [simulating, setSimulating] = React.useState<{ code: string } | null>(null);
  const [confirm, setConfirm] = React.useState<Promotion | null>(null);
  const setActive = useSetPromotionActive();
  const coverages = useCoverageOptions({}, simulating !== null);

  const activate = React.useCallback(
    (p: Promotion) =>
      setActive.mutate(
        { id: p.id, active: true },
        {
          onSuccess: (saved) => toast("Promoción activada", { description: saved.code, variant: "success" }),
          onError: (error) => toast.error("No se pudo activar", errorMessage(error)),
        },
      ),
    [setActive],
  );
  const columns = React.useMemo(
    () =>
      promotionColumns({
        mayEdit,
        onEdit: (p) => {
          setEditing(p);
          setFormOpen(true);
        },
        onToggle: (p) => (p.is_active ? setConfirm(p) : activate(p)),
        onHistory: setHistory,
        onSimulate: (p) => setSimulating({ code: p.code }),
      }),
    [mayEdit, activate],
  );

  const actions = (
    <>
      <Button variant="outline" onClick={() => setSimulating({ code: "" })}>
        <Calculator className="size-4" /> Simular
      </Button>
      {mayEdit ? (
        <Button
          onClick={() => {
            setEditing(null);
            setFormOpen(true);
          }}
        >
          <Plus className="size-4" /> Nueva promoción
        </Button>
      ) : null}
    </>
  );

  return (
    <div>
      <PageHeader title="Promociones" description="Descuentos por reglas y condiciones; simula su efecto en los pagos antes de venderlas." actions={actions} />
      <PromotionKpis />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <Input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Buscar por clave o nombre" aria-label="Buscar promociones" className="max-w-xs" />
        <Select value={status || ALL} onValueChange={(v) => update({ filters: { status: v === ALL ? "" : v } })}>
          <SelectTrigger className="w-44" aria-label="Filtrar por estatus">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ALL}>Todos los estatus</SelectItem>
            {Object.entries(PROMOTION_STATUS).map(([value, s]) => (
              <SelectItem key={value} value={value}>
                {s.label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <Select value={benefitType || ALL} onValueChange={(v) => update({ filters: { benefit_type: v === ALL ? "" : v } })}>
          <SelectTrigger className="w-56" aria-label="Filtrar por beneficio">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ALL}>Todos los beneficios</SelectItem>
            {Object.entries(BENEFIT_LABEL).map(([value, label]) => (
              <SelectItem key={value} value={value}>
                {label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      {promotions.error ? (
        <Alert variant="destructive" className="mb-4">
          {errorMessage(promotions.error)}
        </Alert>
      ) : null}
      <DataTable
        label="Promociones"
        columns={columns}
        rows={promotions.data?.items}
        total={promotions.data?.total}
        page={params.page}
        size={params.size}
        sort={params.sort}
        onPageChange={(page) => update({ page })}
        onSizeChange={(size) => update({ size })}
        onSortChange={(sort) => update({ sort })}
        getRowId={(p) => String(p.id)}
        isLoading={promotions.isPending}
        isFetching={promotions.isFetching}
        emptyMessage="Ninguna promoción coincide con los filtros."
      />

      <PromotionFormSheet open={formOpen} onOpenChange={setFormOpen} promotion={editing} />
      <PromotionApplicationsDialog promotion={history} onOpenChange={(o) => (o ? null : setHistory(null))} />

      <Sheet open={simulating !== null} onOpenChange={(o) => (o ? null : setSimulating(null))}>
        <SheetContent className="sm:max-w-3xl">
          <SheetHeader>
            <SheetTitle>Simular promociones</SheetTitle>
            <SheetDescription>El efecto en los pagos de una póliza nueva. No se guarda nada.</SheetDescription>
          </SheetHeader>
          {coverages.error ? <Alert variant="destructive">{errorMessage(coverages.error)}</Alert> : null}
          {simulating && coverages.data ? (
            <SimulatePanel
              key={simulating.code}
              coverages={coverages.data}
              promotions={promotions.data?.items ?? []}
              initialCode={simulating.code}
            />
          ) : simulating ? (
            <Skeleton className="h-40 w-full" />
          ) : null}
        </SheetContent>
      </Sheet>

      <ConfirmDialog
        open={confirm !== null}
        onOpenChange={(o) => (o ? null : setConfirm(null))}
        title="Desactivar promoción"
        description={`${confirm ? `${confirm.code} · ${confirm.name}` : ""}: ya no se podrá aplicar a pólizas nuevas. Las pólizas que ya la tienen conservan su descuento.`}
        confirmLabel="Desactivar"
        pendingLabel="Desactivando…"
        pending={setActive.isPending}
        error={setActive.error}
        onConfirm={() =>
          confirm &&
          setActive.mutate(
            { id: confirm.id, active: false },
            {
              onSuccess: (saved) => {
                toast("Promoción desactivada", { description: saved.code, variant: "success" });
                setConfirm(null);
              },
            },
          )
        }
      />
    </div>
  );
}
