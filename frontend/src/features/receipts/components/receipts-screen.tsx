"use client";

import type { Schemas } from "@protegrt/api-client";
import type { ColumnDef } from "@tanstack/react-table";
import { AlertTriangle, Download } from "lucide-react";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { toast } from "@/components/ui/toast";
import { useSessionStore } from "@/features/auth/api/session-store";
import { saveBlob } from "@/features/policies/api/queries";
import { PageHeader } from "@/features/shell/components/screen-guard";
import { errorMessage } from "@/lib/errors";
import { formatDateTime, formatInteger, todayInMexico } from "@/lib/format";
import { useIdempotencyKey } from "@/lib/idempotency";
import { useListParams } from "@/lib/list-params";
import { can } from "@/lib/permissions";

import { type BatchRow, exportReceipts, useAssignReceipts, useBatches, useCreateBatch, useReceiptStats } from "../api/queries";
import { KPI_STATUSES, type HolderStats, freePlaces, receiptNumber } from "../lib/receipt-forms";
import { AssignForm } from "./assign-form";
import { BatchForm } from "./batch-form";
import { RECEIPT_FILTERS, ReceiptsList, filtersOf } from "./receipts-list";
import { VerificationTab } from "./verification-tab";

const TABS = ["recibos", "lotes", "asignacion", "verificacion"] as const;
type Tab = (typeof TABS)[number];

/** Recibos (screens.md §1.7): KPIs, the receipts list, batches, assignment and verification. */
export function ReceiptsScreen() {
  const user = useSessionStore((s) => s.user);
  const [params, update] = useListParams({ size: 25, sort: "number", filters: [...RECEIPT_FILTERS, "tab"] });
  const tab: Tab = (TABS as readonly string[]).includes(params.filters.tab ?? "") ? (params.filters.tab as Tab) : "recibos";
  const stats = useReceiptStats();
  const mayVerify = can(user, "receipts.verify");

  const [exporting, setExporting] = React.useState(false);
  const onExport = async () => {
    setExporting(true);
    try {
      saveBlob(await exportReceipts(filtersOf(params), params.sort), `recibos-${todayInMexico().replaceAll("-", "")}.xlsx`);
    } catch (error) {
      toast.error("No se pudo exportar", errorMessage(error));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div>
      <PageHeader
        title="Recibos"
        description="Talonarios, asignación a cobradores, verificación, extravíos y cancelaciones."
        actions={
          <Button variant="outline" onClick={onExport} disabled={exporting}>
            <Download aria-hidden="true" />
            {exporting ? "Exportando…" : "Exportar a Excel"}
          </Button>
        }
      />
      <Kpis stats={stats.data} loading={stats.isPending} />
      {stats.error ? (
        <Alert variant="destructive" className="mb-4">
          {errorMessage(stats.error)}
        </Alert>
      ) : null}
      <Tabs value={tab} onValueChange={(v) => update({ filters: { tab: v === "recibos" ? "" : v } })}>
        <TabsList>
          <TabsTrigger value="recibos">Recibos</TabsTrigger>
          <TabsTrigger value="lotes">Lotes</TabsTrigger>
          <TabsTrigger value="asignacion">Asignación</TabsTrigger>
          {mayVerify ? <TabsTrigger value="verificacion">Verificación</TabsTrigger> : null}
        </TabsList>
        <TabsContent value="recibos">
          <ReceiptsList params={params} update={update} stats={stats.data} />
        </TabsContent>
        <TabsContent value="lotes">
          <BatchesTab />
        </TabsContent>
        <TabsContent value="asignacion">
          <AssignmentTab holders={stats.data?.holders ?? []} />
        </TabsContent>
        {mayVerify ? (
          <TabsContent value="verificacion">
            <VerificationTab holders={stats.data?.holders ?? []} />
          </TabsContent>
        ) : null}
      </Tabs>
    </div>
  );
}

const KPI_LABEL: Record<string, string> = {
  unassigned: "Sin asignar",
  assigned: "Asignados",
  used: "Usados",
  delivered: "Entregados",
  lost: "Extraviados",
};

function Kpis({ stats, loading }: { stats: Schemas["ReceiptStats"] | undefined; loading: boolean }) {
  return (
    <section aria-label="Indicadores de recibos" className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-5">
      {KPI_STATUSES.map((status) => (
        <Card key={status}>
          <CardContent className="p-4">
            <p className="text-sm text-muted-foreground">{KPI_LABEL[status]}</p>
            {loading ? (
              <Skeleton className="mt-1 h-7 w-16" />
            ) : (
              <p className="text-2xl font-semibold" data-testid={`kpi-${status}`}>
                {formatInteger(stats?.totals[status] ?? 0)}
              </p>
            )}
          </CardContent>
        </Card>
      ))}
    </section>
  );
}

const batchColumns: ColumnDef<BatchRow>[] = [
  { id: "range", header: "Rango", enableSorting: false, accessorFn: (b: BatchRow) => `${receiptNumber(b.prefix, b.first_seq)} – ${receiptNumber(b.prefix, b.last_seq)}` },
  { id: "created", header: "Creados", enableSorting: false, accessorFn: (b: BatchRow) => formatInteger(b.created_count) },
  { id: "skipped", header: "Omitidos (ya existían)", enableSorting: false, accessorFn: (b: BatchRow) => formatInteger(b.skipped_count) },
  { id: "kind", header: "Tipo", enableSorting: false, accessorFn: (b: BatchRow) => (b.kind === "paper" ? "Papel" : "Electrónico") },
  { id: "created_at", header: "Alta", enableSorting: false, accessorFn: (b: BatchRow) => formatDateTime(b.created_at) },
];

function BatchesTab() {
  const user = useSessionStore((s) => s.user);
  const mayCreate = can(user, "receipts.create");
  const [page, setPage] = React.useState(1);
  const [size, setSize] = React.useState(10);
  const batches = useBatches(page, size);
  const create = useCreateBatch();
  const idem = useIdempotencyKey(); // one key per batch: the same on a retry, a new one after success
  const [result, setResult] = React.useState<Schemas["BatchResult"] | null>(null);
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
      {mayCreate ? (
        <Card>
          <CardHeader>
            <CardTitle>Alta de lote</CardTitle>
            <CardDescription>Un talonario de papel: una letra y un rango de números.</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4">
            <BatchForm
              save={(body) => create.mutateAsync({ body, idempotencyKey: idem.key })}
              onSaved={(r) => {
                idem.renew();
                setResult(r);
                toast.success(`Lote creado: ${formatInteger(r.created)} recibos`);
              }}
            />
            {result ? (
              <Alert variant={result.warning ? "warning" : "default"}>
                Se crearon {formatInteger(result.created)} recibos ({receiptNumber(result.batch.prefix, result.batch.first_seq)} –{" "}
                {receiptNumber(result.batch.prefix, result.batch.last_seq)}).{result.warning ? ` ${result.warning}` : ""}
              </Alert>
            ) : null}
          </CardContent>
        </Card>
      ) : null}
      <div className={mayCreate ? "" : "lg:col-span-2"}>
        {batches.error ? <Alert variant="destructive">{errorMessage(batches.error)}</Alert> : null}
        <DataTable
          label="Lotes de recibos"
          columns={batchColumns}
          rows={batches.data?.items}
          total={batches.data?.total}
          page={page}
          size={size}
          sort={null}
          onPageChange={setPage}
          onSizeChange={(s) => {
            setSize(s);
            setPage(1);
          }}
          onSortChange={() => undefined}
          getRowId={(b) => String(b.id)}
          isLoading={batches.isPending}
          isFetching={batches.isFetching}
          emptyMessage="Aún no hay lotes."
          columnToggle={false}
        />
      </div>
    </div>
  );
}

/** Each holder's stock against their limit, with the low-stock alert (< 10 % of the limit). */
function HoldersTable({ holders }: { holders: readonly HolderStats[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border bg-card">
      <Table aria-label="Existencia por cobrador">
        <TableHeader>
          <TableRow>
            <TableHead>Cobrador</TableHead>
            <TableHead>En mano</TableHead>
            <TableHead>Usados</TableHead>
            <TableHead>Extraviados</TableHead>
            <TableHead>Activos</TableHead>
            <TableHead>Límite</TableHead>
            <TableHead>Lugar</TableHead>
            <TableHead>Alerta</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {holders.length === 0 ? (
            <TableRow>
              <TableCell colSpan={8} className="h-16 text-center text-muted-foreground">
                No hay cobradores con recibos.
              </TableCell>
            </TableRow>
          ) : (
            holders.map((h) => {
              const free = freePlaces(h);
              return (
                <TableRow key={h.at_office ? "office" : String(h.collector_id)}>
                  <TableCell className="font-medium">
                    {h.code ? `${h.code} · ` : ""}
                    {h.name}
                  </TableCell>
                  <TableCell>{formatInteger(h.stock)}</TableCell>
                  <TableCell>{formatInteger(h.counts.used ?? 0)}</TableCell>
                  <TableCell>{formatInteger(h.counts.lost ?? 0)}</TableCell>
                  <TableCell>{formatInteger(h.active)}</TableCell>
                  <TableCell>{h.receipt_limit === null ? "Sin límite" : formatInteger(h.receipt_limit)}</TableCell>
                  <TableCell>{free === null ? "—" : formatInteger(free)}</TableCell>
                  <TableCell>
                    {h.low_stock ? (
                      <Badge tone="orange">
                        <AlertTriangle className="size-3" aria-hidden="true" />
                        Existencia baja
                      </Badge>
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })
          )}
        </TableBody>
      </Table>
    </div>
  );
}

function AssignmentTab({ holders }: { holders: readonly HolderStats[] }) {
  const user = useSessionStore((s) => s.user);
  const mayAssign = can(user, "receipts.assign");
  const assign = useAssignReceipts();
  const idem = useIdempotencyKey(); // one key per assignment: the same on a retry, a new one after success
  const [result, setResult] = React.useState<Schemas["AssignResult"] | null>(null);
  const low = holders.filter((h) => h.low_stock);
  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      {mayAssign ? (
        <Card>
          <CardHeader>
            <CardTitle>Asignar recibos</CardTitle>
            <CardDescription>Solo se asignan recibos sin asignar del rango, dentro del límite del cobrador.</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4">
            <AssignForm
              holders={holders}
              save={(body) => assign.mutateAsync({ body, idempotencyKey: idem.key })}
              onSaved={(r) => {
                idem.renew();
                setResult(r);
                toast.success(`Se asignaron ${formatInteger(r.assigned)} recibos`);
              }}
            />
            {result ? (
              <Alert variant={result.warning ? "warning" : "default"} data-testid="assign-result">
                Asignados: {formatInteger(result.assigned)}
                {result.assigned_ranges.length ? ` (${result.assigned_ranges.join(", ")})` : ""}.{result.warning ? ` ${result.warning}` : ""}
              </Alert>
            ) : null}
          </CardContent>
        </Card>
      ) : null}
      <div className={`grid content-start gap-3 ${mayAssign ? "" : "xl:col-span-2"}`}>
        <h2 className="text-base font-semibold">Existencia por cobrador</h2>
        {low.length ? (
          <Alert variant="warning">
            Existencia baja (menos del 10 % de su límite): {low.map((h) => `${h.name} (${h.stock})`).join(", ")}.
          </Alert>
        ) : null}
        <HoldersTable holders={holders} />
      </div>
    </div>
  );
}
