"use client";

import type { Schemas } from "@protegrt/api-client";
import type { ColumnDef } from "@tanstack/react-table";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toast";
import { useSessionStore } from "@/features/auth/api/session-store";
import { PageHeader } from "@/features/shell/components/screen-guard";
import { errorMessage } from "@/lib/errors";
import { formatDate, formatDateTime, formatInteger, formatMoney } from "@/lib/format";
import { useIdempotencyKey } from "@/lib/idempotency";
import { can } from "@/lib/permissions";

import { type DeliveryRow, useCashCollectors, useConfirmDelivery, useDeliveries, useDelivery, useEmployeeNames, useExpectedCash } from "../api/queries";
import { toCents } from "../lib/money";
import { DeliveryForm, mxn } from "./delivery-form";

/** Entregas de efectivo (screens.md §2.16 on the web): receive a collector's cash; the history. */
export function CashScreen() {
  const user = useSessionStore((s) => s.user);
  const mayConfirm = can(user, "cash.confirm");
  const names = useEmployeeNames(can(user, "employees.read"));
  const [lastDelivery, setLastDelivery] = React.useState<Schemas["DeliveryRead"] | null>(null);
  const [openDelivery, setOpenDelivery] = React.useState<number | null>(null);
  const nameOf = (id: number) => names.data?.names.get(id) ?? (names.isLoading ? "…" : `Empleado #${id}`);

  return (
    <div className="grid gap-6">
      <PageHeader
        title="Entregas de efectivo"
        description="El efectivo de los cobros aprobados que cada cobrador entrega en oficina. Un faltante queda como deuda del cobrador."
      />
      {mayConfirm ? <ReceiveCash onDelivered={setLastDelivery} /> : null}
      {lastDelivery ? <DeliveryResult delivery={lastDelivery} collectorName={nameOf(lastDelivery.collector_id)} onOpen={() => setOpenDelivery(lastDelivery.id)} /> : null}
      <DeliveriesHistory collectors={names.data?.field} nameOf={nameOf} onOpen={setOpenDelivery} />
      <DeliveryDetailDialog id={openDelivery} nameOf={nameOf} onOpenChange={(open) => (open ? undefined : setOpenDelivery(null))} />
    </div>
  );
}

function ReceiveCash({ onDelivered }: { onDelivered: (d: Schemas["DeliveryRead"]) => void }) {
  const collectors = useCashCollectors(true);
  const [collectorId, setCollectorId] = React.useState<number | null>(null);
  const expected = useExpectedCash(collectorId);
  const confirm = useConfirmDelivery();
  const idem = useIdempotencyKey(collectorId !== null); // one key per delivery: the same on a retry
  const chosen = collectors.data?.find((c) => c.collector_id === collectorId);
  const collectorName = chosen ? chosen.name : collectorId !== null ? `Empleado #${collectorId}` : "";

  return (
    <Card>
      <CardHeader>
        <CardTitle>Recibir efectivo</CardTitle>
        <CardDescription>Elige al cobrador, revisa lo esperado, cuenta el efectivo y registra lo recibido.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        {collectors.error ? <Alert variant="destructive">{errorMessage(collectors.error)}</Alert> : null}
        <div className="grid max-w-md gap-1.5">
          <label htmlFor="cash-collector" className="text-sm font-medium">
            Cobrador
          </label>
          <Select value={collectorId === null ? "" : String(collectorId)} onValueChange={(v) => setCollectorId(Number(v))}>
            <SelectTrigger id="cash-collector" aria-label="Cobrador">
              <SelectValue
                placeholder={collectors.isPending ? "Cargando…" : collectors.data?.length ? "Elige un cobrador" : "Nadie tiene efectivo por entregar"}
              />
            </SelectTrigger>
            <SelectContent>
              {(collectors.data ?? []).map((c) => (
                <SelectItem key={c.collector_id} value={String(c.collector_id)}>
                  {c.code ? `${c.code} · ` : ""}
                  {c.name} — {formatMoney(c.amount)} ({c.proposals} {c.proposals === 1 ? "cobro" : "cobros"})
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        {collectorId !== null ? (
          expected.isPending ? (
            <Skeleton className="h-24 w-full" />
          ) : expected.error ? (
            <Alert variant="destructive">{errorMessage(expected.error)}</Alert>
          ) : expected.data ? (
            <>
              <ExpectedTable expected={expected.data} />
              {expected.data.items.length ? (
                <DeliveryForm
                  key={`${collectorId}-${expected.data.total}-${expected.data.items.length}`}
                  collectorName={collectorName}
                  expected={expected.data}
                  save={(body) => confirm.mutateAsync({ body, idempotencyKey: idem.key })}
                  onSaved={(delivery) => {
                    idem.renew();
                    toast.success("Entrega registrada", toCents(delivery.shortage) > 0n ? `Faltante de ${mxn(delivery.shortage)} registrado como deuda.` : undefined);
                    setCollectorId(null);
                    onDelivered(delivery);
                  }}
                />
              ) : (
                <Alert>{collectorName} no tiene efectivo pendiente de entregar.</Alert>
              )}
            </>
          ) : null
        ) : null}
      </CardContent>
    </Card>
  );
}

function ExpectedTable({ expected }: { expected: Schemas["ExpectedCash"] }) {
  return (
    <div className="rounded-lg border">
      <Table aria-label="Efectivo esperado">
        <TableHeader>
          <TableRow>
            <TableHead>Folio</TableHead>
            <TableHead>Cliente</TableHead>
            <TableHead>Pago</TableHead>
            <TableHead>Fecha de cobro</TableHead>
            <TableHead>Aprobado</TableHead>
            <TableHead>Recibo</TableHead>
            <TableHead className="text-right">Monto</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {expected.items.map((i) => (
            <TableRow key={i.proposal_id}>
              <TableCell className="font-medium">{i.folio}</TableCell>
              <TableCell>{i.client_name}</TableCell>
              <TableCell>Pago {i.payment_number}</TableCell>
              <TableCell>{formatDate(i.local_date)}</TableCell>
              <TableCell>{formatDateTime(i.approved_at)}</TableCell>
              <TableCell>{i.receipt_number}</TableCell>
              <TableCell className="text-right">{formatMoney(i.amount)}</TableCell>
            </TableRow>
          ))}
          <TableRow className="bg-muted/50 hover:bg-muted/50">
            <TableCell colSpan={6} className="font-semibold">
              Total esperado
            </TableCell>
            <TableCell className="text-right font-semibold" data-testid="expected-total">
              {formatMoney(expected.total)}
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}

function DeliveryResult({ delivery, collectorName, onOpen }: { delivery: Schemas["DeliveryRead"]; collectorName: string; onOpen: () => void }) {
  const short = toCents(delivery.shortage) > 0n;
  return (
    <Card aria-label="Entrega registrada" role="region">
      <CardHeader>
        <CardTitle>Entrega registrada</CardTitle>
        <CardDescription>
          {collectorName}, {formatDateTime(delivery.confirmed_at)}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        <dl className="grid max-w-md grid-cols-2 gap-2 text-sm">
          <dt className="text-muted-foreground">Esperado</dt>
          <dd className="text-right">{mxn(delivery.expected_amount)}</dd>
          <dt className="text-muted-foreground">Recibido</dt>
          <dd className="text-right">{mxn(delivery.received_amount)}</dd>
          <dt className="text-muted-foreground">Faltante</dt>
          <dd className={`text-right font-semibold ${short ? "text-destructive" : ""}`}>{mxn(delivery.shortage)}</dd>
        </dl>
        {delivery.debt ? (
          <Alert variant="destructive" data-testid="collector-debt">
            Deuda del cobrador registrada: {mxn(delivery.debt.amount)} ({delivery.debt.status === "open" ? "abierta" : "liquidada"}). Se
            descuenta de sus comisiones.
          </Alert>
        ) : (
          <Alert>Sin faltante: no se registró deuda.</Alert>
        )}
        <div>
          <Button variant="outline" size="sm" onClick={onOpen}>
            Ver detalle de la entrega
          </Button>
        </div>
      </CardContent>
    </Card>
  );
}

function DeliveriesHistory({
  collectors,
  nameOf,
  onOpen,
}: {
  collectors: readonly { id: number; name: string }[] | undefined;
  nameOf: (id: number) => string;
  onOpen: (id: number) => void;
}) {
  const [page, setPage] = React.useState(1);
  const [size, setSize] = React.useState(10);
  const [collectorId, setCollectorId] = React.useState<number | null>(null);
  const deliveries = useDeliveries({ page, size, collectorId });
  const columns = React.useMemo<ColumnDef<DeliveryRow>[]>(
    () => [
      { id: "confirmed_at", header: "Fecha", enableSorting: false, accessorFn: (d) => formatDateTime(d.confirmed_at) },
      { id: "collector", header: "Cobrador", enableSorting: false, accessorFn: (d) => nameOf(d.collector_id) },
      { id: "expected", header: "Esperado", enableSorting: false, accessorFn: (d) => formatMoney(d.expected_amount) },
      { id: "received", header: "Recibido", enableSorting: false, accessorFn: (d) => formatMoney(d.received_amount) },
      {
        id: "shortage",
        header: "Faltante",
        enableSorting: false,
        cell: ({ row }) =>
          toCents(row.original.shortage) > 0n ? <Badge tone="red">{formatMoney(row.original.shortage)}</Badge> : <span className="text-muted-foreground">—</span>,
      },
      {
        id: "detail",
        header: "",
        enableSorting: false,
        enableHiding: false,
        cell: ({ row }) => (
          <Button variant="ghost" size="sm" onClick={() => onOpen(row.original.id)}>
            Ver detalle
          </Button>
        ),
      },
    ],
    [nameOf, onOpen],
  );
  return (
    <section className="grid gap-3" aria-labelledby="deliveries-title">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="deliveries-title" className="text-lg font-semibold">
          Historial de entregas
        </h2>
        {collectors ? (
          <Select
            value={collectorId === null ? "all" : String(collectorId)}
            onValueChange={(v) => {
              setCollectorId(v === "all" ? null : Number(v));
              setPage(1);
            }}
          >
            <SelectTrigger className="w-64" aria-label="Filtrar por cobrador">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="all">Todos los cobradores</SelectItem>
              {collectors.map((c) => (
                <SelectItem key={c.id} value={String(c.id)}>
                  {c.name}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        ) : null}
      </div>
      {deliveries.error ? <Alert variant="destructive">{errorMessage(deliveries.error)}</Alert> : null}
      <DataTable
        label="Entregas de efectivo"
        columns={columns}
        rows={deliveries.data?.items}
        total={deliveries.data?.total}
        page={page}
        size={size}
        sort={null}
        onPageChange={setPage}
        onSizeChange={(s) => {
          setSize(s);
          setPage(1);
        }}
        onSortChange={() => undefined}
        getRowId={(d) => String(d.id)}
        isLoading={deliveries.isPending}
        isFetching={deliveries.isFetching}
        emptyMessage="Aún no hay entregas registradas."
        columnToggle={false}
      />
    </section>
  );
}

function DeliveryDetailDialog({ id, nameOf, onOpenChange }: { id: number | null; nameOf: (id: number) => string; onOpenChange: (open: boolean) => void }) {
  const delivery = useDelivery(id);
  const d = delivery.data;
  return (
    <Dialog open={id !== null} onOpenChange={onOpenChange}>
      <DialogContent className="max-w-xl">
        <DialogHeader>
          <DialogTitle>Entrega de efectivo</DialogTitle>
          <DialogDescription>{d ? `${nameOf(d.collector_id)}, ${formatDateTime(d.confirmed_at)}` : "Cargando…"}</DialogDescription>
        </DialogHeader>
        {delivery.error ? <Alert variant="destructive">{errorMessage(delivery.error)}</Alert> : null}
        {d ? (
          <div className="grid gap-3 text-sm">
            <dl className="grid grid-cols-2 gap-2">
              <dt className="text-muted-foreground">Esperado</dt>
              <dd className="text-right">{mxn(d.expected_amount)}</dd>
              <dt className="text-muted-foreground">Recibido</dt>
              <dd className="text-right">{mxn(d.received_amount)}</dd>
              <dt className="text-muted-foreground">Diferencia</dt>
              <dd className="text-right">{mxn(d.difference)}</dd>
              <dt className="text-muted-foreground">Faltante</dt>
              <dd className="text-right font-semibold">{mxn(d.shortage)}</dd>
            </dl>
            {d.debt ? (
              <Alert variant="destructive">
                Deuda del cobrador: {mxn(d.debt.amount)} ({d.debt.status === "open" ? "abierta" : "liquidada"}), registrada el{" "}
                {formatDateTime(d.debt.created_at)}.
              </Alert>
            ) : null}
            {d.notes ? <p>Notas: {d.notes}</p> : null}
            <p className="text-muted-foreground">
              Cubre {formatInteger(d.items.length)} {d.items.length === 1 ? "propuesta de cobro" : "propuestas de cobro"}:{" "}
              {d.items.map((i) => `#${i.proposal_id} (${formatMoney(i.amount)})`).join(", ")}.
            </p>
          </div>
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
