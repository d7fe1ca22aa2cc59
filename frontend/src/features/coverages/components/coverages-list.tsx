"use client";

import type { ColumnDef } from "@tanstack/react-table";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DataTable } from "@/components/ui/data-table";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { useSessionStore } from "@/features/auth/api/session-store";
import { PageHeader } from "@/features/shell/components/screen-guard";
import { errorMessage } from "@/lib/errors";
import { formatMoney } from "@/lib/format";
import { useListParams } from "@/lib/list-params";
import { can } from "@/lib/permissions";
import { useDebouncedValue } from "@/lib/use-debounced-value";

import { type Coverage, useCoverages, useSetCoverageActive, useVehicleKeys } from "../api/queries";
import { CYLINDER_BAND_LABEL, SERVICE_TYPE_LABEL, VEHICLE_TYPE_LABEL } from "../lib/labels";

const ALL = "all";

const price = (c: Coverage, value: string) => (c.is_quoted ? <span className="text-muted-foreground">Se cotiza</span> : formatMoney(value));

interface RowActions {
  mayEdit: boolean;
  onEdit: (c: Coverage) => void;
  onToggle: (c: Coverage) => void;
  onSchemes: (c: Coverage) => void;
}

export function coverageColumns(actions: RowActions): ColumnDef<Coverage>[] {
  return [
    { id: "id", header: "ID", accessorKey: "id", enableSorting: true },
    { id: "vehicle_type", header: "Tipo de vehículo", accessorFn: (c) => VEHICLE_TYPE_LABEL[c.vehicle_type] ?? c.vehicle_type, enableSorting: false },
    { id: "vehicle_key", header: "Clave vehicular", accessorFn: (c) => `${c.vehicle_key} ${c.vehicle_key_name}`, enableSorting: true },
    { id: "name", header: "Cobertura", accessorKey: "name", enableSorting: true, enableHiding: false, cell: ({ row }) => <span className="font-medium">{row.original.name}</span> },
    { id: "service_type", header: "Servicio", accessorFn: (c) => SERVICE_TYPE_LABEL[c.service_type] ?? c.service_type, enableSorting: false },
    { id: "cylinder_band", header: "Cilindraje", accessorFn: (c) => (c.cylinder_band ? CYLINDER_BAND_LABEL[c.cylinder_band] : "—"), enableSorting: false },
    { id: "credit_price", header: "Precio a crédito", enableSorting: true, cell: ({ row }) => price(row.original, row.original.credit_price) },
    { id: "initial_payment", header: "Enganche", enableSorting: false, cell: ({ row }) => price(row.original, row.original.initial_payment) },
    { id: "cash_price", header: "Precio de contado", enableSorting: true, cell: ({ row }) => price(row.original, row.original.cash_price) },
    { id: "tow_services_included", header: "Grúas incluidas", accessorKey: "tow_services_included", enableSorting: false },
    {
      id: "is_active",
      header: "Activa",
      enableSorting: false,
      cell: ({ row }) => (row.original.is_active ? <Badge tone="green">Activa</Badge> : <Badge tone="grey">Inactiva</Badge>),
    },
    {
      id: "actions",
      header: "Acciones",
      enableSorting: false,
      enableHiding: false,
      cell: ({ row }) => {
        const c = row.original;
        return (
          <span className="flex flex-nowrap gap-1 whitespace-nowrap">
            <Button size="sm" variant="ghost" onClick={() => actions.onSchemes(c)} aria-label={`Formas de pago de ${c.name} (${c.id})`}>
              Formas de pago
            </Button>
            {actions.mayEdit ? (
              <>
                <Button size="sm" variant="ghost" onClick={() => actions.onEdit(c)} aria-label={`Editar ${c.name} (${c.id})`}>
                  Editar
                </Button>
                <Button size="sm" variant="ghost" onClick={() => actions.onToggle(c)} aria-label={`${c.is_active ? "Desactivar" : "Activar"} ${c.name} (${c.id})`}>
                  {c.is_active ? "Desactivar" : "Activar"}
                </Button>
              </>
            ) : null}
          </span>
        );
      },
    },
  ];
}

/** Coberturas (screens.md §1.18): the catalogue with its filters, server-side paged and sorted. */
export function CoveragesList({
  actions,
  onEdit,
  onSchemes,
}: {
  actions?: React.ReactNode;
  onEdit: (c: Coverage) => void;
  onSchemes: (c: Coverage) => void;
}) {
  const user = useSessionStore((s) => s.user);
  const mayEdit = can(user, "coverages.edit");
  const [params, update] = useListParams({ size: 50, sort: null, filters: ["vehicle_key", "service_type", "estado"] });
  const [search, setSearch] = React.useState(params.q);
  const q = useDebouncedValue(search, 300);
  const lastQ = React.useRef(q);
  React.useEffect(() => {
    if (q === lastQ.current) return;
    lastQ.current = q;
    update({ q });
  }, [q, update]);

  const vehicleKey = params.filters.vehicle_key ?? "";
  const serviceType = params.filters.service_type ?? "";
  // Only who edits the catalogue may list deactivated coverages (the API refuses the others).
  const includeInactive = mayEdit && params.filters.estado === "todas";
  const keys = useVehicleKeys();
  const coverages = useCoverages({ page: params.page, size: params.size, sort: params.sort, q: params.q, vehicleKey, serviceType, includeInactive });

  const setActive = useSetCoverageActive();
  const [confirm, setConfirm] = React.useState<Coverage | null>(null);
  const columns = React.useMemo(
    () => coverageColumns({ mayEdit, onEdit, onSchemes, onToggle: (c) => (c.is_active ? setConfirm(c) : activate(c)) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- activate is stable enough (mutate)
    [mayEdit, onEdit, onSchemes],
  );
  function activate(c: Coverage) {
    setActive.mutate(
      { id: c.id, active: true },
      {
        onSuccess: (saved) => toast("Cobertura activada", { description: saved.name, variant: "success" }),
        onError: (error) => toast.error("No se pudo activar", errorMessage(error)),
      },
    );
  }

  return (
    <div>
      <PageHeader title="Coberturas" description="Catálogo de coberturas y precios por clave vehicular, servicio y cilindraje." actions={actions} />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <Input
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Buscar por nombre (RC, AMPLIA…)"
          aria-label="Buscar coberturas"
          className="max-w-xs"
        />
        <Select value={vehicleKey || ALL} onValueChange={(v) => update({ filters: { vehicle_key: v === ALL ? "" : v } })}>
          <SelectTrigger className="w-64" aria-label="Filtrar por tipo de vehículo">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ALL}>Todos los vehículos</SelectItem>
            {(keys.data ?? []).map((k) => (
              <SelectItem key={k.code} value={String(k.code)}>
                {VEHICLE_TYPE_LABEL[k.vehicle_type] ?? k.vehicle_type} · clave {k.code} {k.name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <Select value={serviceType || ALL} onValueChange={(v) => update({ filters: { service_type: v === ALL ? "" : v } })}>
          <SelectTrigger className="w-44" aria-label="Filtrar por servicio">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ALL}>Todos los servicios</SelectItem>
            {Object.entries(SERVICE_TYPE_LABEL).map(([value, label]) => (
              <SelectItem key={value} value={value}>
                {label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        {mayEdit ? (
          <Select value={includeInactive ? "todas" : "activas"} onValueChange={(v) => update({ filters: { estado: v === "todas" ? "todas" : "" } })}>
            <SelectTrigger className="w-56" aria-label="Filtrar por estado">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="activas">Solo activas</SelectItem>
              <SelectItem value="todas">Activas e inactivas</SelectItem>
            </SelectContent>
          </Select>
        ) : null}
      </div>
      {coverages.error ? (
        <Alert variant="destructive" className="mb-4">
          {errorMessage(coverages.error)}
        </Alert>
      ) : null}
      <DataTable
        label="Coberturas"
        columns={columns}
        rows={coverages.data?.items}
        total={coverages.data?.total}
        page={params.page}
        size={params.size}
        sort={params.sort}
        onPageChange={(page) => update({ page })}
        onSizeChange={(size) => update({ size })}
        onSortChange={(sort) => update({ sort })}
        getRowId={(c) => String(c.id)}
        isLoading={coverages.isPending}
        isFetching={coverages.isFetching}
        emptyMessage="Ninguna cobertura coincide con los filtros."
      />

      <ConfirmDialog
        open={confirm !== null}
        onOpenChange={(open) => (open ? null : setConfirm(null))}
        title="Desactivar cobertura"
        description={`${confirm ? `${confirm.name} (clave ${confirm.vehicle_key})` : ""} ya no se podrá vender. Las pólizas que ya la tienen no cambian.`}
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
                toast("Cobertura desactivada", { description: saved.name, variant: "success" });
                setConfirm(null);
              },
            },
          )
        }
      />
    </div>
  );
}
