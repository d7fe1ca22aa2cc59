"use client";

import { Ban, Printer, RotateCcw, UserRoundCog, PauseCircle, PlayCircle } from "lucide-react";
import Link from "next/link";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge, PolicyStatusBadge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { SimplePager } from "@/components/ui/simple-pager";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { toast } from "@/components/ui/toast";
import { useSessionStore } from "@/features/auth/api/session-store";
import { PageHeader } from "@/features/shell/components/screen-guard";
import { errorMessage } from "@/lib/errors";
import { formatDate, formatDateTime, formatMoney } from "@/lib/format";
import { can } from "@/lib/permissions";

import { type PolicyDetail as Policy, policyPdf, usePolicy, usePolicyHistory } from "../api/queries";
import { PAYMENT_PLAN_LABEL, installmentRow } from "../lib/policy-format";
import { CancelPolicyDialog, ChangeSellerDialog, SuspensionDialog, UndoCancellationDialog } from "./policy-actions";

type DialogName = "cancel" | "undo" | "suspend" | "lift" | "seller" | null;

/** Detalle de póliza (screens.md §1.4): header with actions, tabs Información, Mensualidades, Historial. */
export function PolicyDetail({ id }: { id: number }) {
  const policy = usePolicy(id);
  if (policy.error) return <Alert variant="destructive">{errorMessage(policy.error)}</Alert>;
  if (!policy.data) {
    return (
      <div className="grid gap-3" aria-busy="true">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-40 w-full" />
      </div>
    );
  }
  return <PolicyView policy={policy.data} />;
}

function PolicyView({ policy }: { policy: Policy }) {
  const user = useSessionStore((s) => s.user);
  const [dialog, setDialog] = React.useState<DialogName>(null);
  const [printing, setPrinting] = React.useState(false);
  const close = (open: boolean) => {
    if (!open) setDialog(null);
  };
  const cancelled = policy.status === "cancelled";
  const suspended = policy.status === "suspended";

  const onPrint = async () => {
    // Opened synchronously so the browser does not treat it as a pop-up; filled when the PDF arrives.
    const tab = window.open("", "_blank");
    setPrinting(true);
    try {
      const url = URL.createObjectURL(await policyPdf(policy.id));
      if (tab) tab.location.href = url;
      else window.location.assign(url);
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      tab?.close();
      toast("No se pudo generar el PDF", { description: errorMessage(error), variant: "error" });
    } finally {
      setPrinting(false);
    }
  };

  return (
    <div>
      <PageHeader
        title={`Póliza ${policy.folio}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <PolicyStatusBadge status={policy.status} />
            <span>{policy.client.full_name}</span>
            {policy.card ? <Badge tone="neutral">Tarjeta: {policy.card.holder_label}</Badge> : <Badge tone="neutral">Sin tarjeta</Badge>}
          </span>
        }
        actions={
          <>
            {can(user, "policies.read") ? (
              <Button variant="outline" onClick={onPrint} disabled={printing}>
                <Printer aria-hidden="true" />
                Imprimir
              </Button>
            ) : null}
            {can(user, "payments.read") ? (
              <Button variant="outline" asChild>
                <Link href={`/cobranza/pagos?poliza=${policy.id}`}>Pagos</Link>
              </Button>
            ) : null}
            {can(user, "policies.change_seller") && can(user, "employees.read") && !cancelled ? (
              <Button variant="outline" onClick={() => setDialog("seller")}>
                <UserRoundCog aria-hidden="true" />
                Cambiar vendedor
              </Button>
            ) : null}
            {can(user, "policies.suspend") && !cancelled && !suspended && policy.status !== "expired" ? (
              <Button variant="outline" onClick={() => setDialog("suspend")}>
                <PauseCircle aria-hidden="true" />
                Suspender
              </Button>
            ) : null}
            {can(user, "policies.suspend") && suspended ? (
              <Button variant="outline" onClick={() => setDialog("lift")}>
                <PlayCircle aria-hidden="true" />
                Levantar suspensión
              </Button>
            ) : null}
            {can(user, "cancellations.undo") && cancelled && policy.cancellation ? (
              <Button variant="outline" onClick={() => setDialog("undo")}>
                <RotateCcw aria-hidden="true" />
                Deshacer cancelación
              </Button>
            ) : null}
            {can(user, "policies.cancel") && !cancelled && policy.status !== "expired" ? (
              <Button variant="destructive" onClick={() => setDialog("cancel")}>
                <Ban aria-hidden="true" />
                Cancelar
              </Button>
            ) : null}
          </>
        }
      />
      <Tabs defaultValue="info">
        <TabsList>
          <TabsTrigger value="info">Información</TabsTrigger>
          <TabsTrigger value="installments">Mensualidades</TabsTrigger>
          <TabsTrigger value="history">Historial</TabsTrigger>
        </TabsList>
        <TabsContent value="info">
          <PolicyInfo policy={policy} />
        </TabsContent>
        <TabsContent value="installments">
          <InstallmentsTimeline installments={policy.installments} />
        </TabsContent>
        <TabsContent value="history">
          <PolicyHistory policyId={policy.id} />
        </TabsContent>
      </Tabs>

      <CancelPolicyDialog policyId={policy.id} installments={policy.installments.length} open={dialog === "cancel"} onOpenChange={close} />
      {policy.cancellation ? (
        <UndoCancellationDialog policyId={policy.id} cancellationId={policy.cancellation.id} open={dialog === "undo"} onOpenChange={close} />
      ) : null}
      <SuspensionDialog policyId={policy.id} lift={dialog === "lift"} open={dialog === "suspend" || dialog === "lift"} onOpenChange={close} />
      <ChangeSellerDialog policyId={policy.id} currentSellerId={policy.seller.id} open={dialog === "seller"} onOpenChange={close} />
    </div>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-sm">{children}</dd>
    </div>
  );
}

function PolicyInfo({ policy }: { policy: Policy }) {
  const v = policy.vehicle;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {policy.cancellation ? (
        <Alert variant="destructive" className="lg:col-span-2">
          Cancelada el {formatDateTime(policy.cancellation.cancelled_at)} · {policy.cancellation.code} ({policy.cancellation.code_description}):{" "}
          {policy.cancellation.reason}
        </Alert>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle>Póliza</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid grid-cols-2 gap-3">
            <Field label="Folio">{policy.folio}</Field>
            <Field label="Folio de contrato">{policy.contract_folio ?? "—"}</Field>
            <Field label="Cobertura">{policy.coverage.name}</Field>
            <Field label="Forma de pago">{PAYMENT_PLAN_LABEL[policy.payment_plan] ?? policy.payment_plan}</Field>
            <Field label="Prima total">{formatMoney(policy.prima_total)}</Field>
            <Field label="Descuento">{formatMoney(policy.total_discount)}</Field>
            <Field label="Fecha de venta">{formatDate(policy.sale_date)}</Field>
            <Field label="Vigencia">
              {formatDate(policy.effective_date)} – {formatDate(policy.expiration_date)}
            </Field>
            <Field label="Vendedor">{policy.seller.full_name}</Field>
            <Field label="Servicios de grúa">{policy.tow_services_available}</Field>
            {policy.status_reason ? <Field label="Motivo del estatus">{policy.status_reason}</Field> : null}
            {policy.promotions.length ? <Field label="Promociones">{policy.promotions.length}</Field> : null}
          </dl>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Cliente y vehículo</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid grid-cols-2 gap-3">
            <Field label="Cliente">{policy.client.full_name}</Field>
            <Field label="WhatsApp">{policy.client.phone_whatsapp}</Field>
            <Field label="Vehículo">{[v.make, v.model, v.year].filter(Boolean).join(" ")}</Field>
            <Field label="Placas">{v.plates ?? "—"}</Field>
            <Field label="Serie">{v.serial_number ?? "—"}</Field>
            <Field label="Color">{v.color ?? "—"}</Field>
            <Field label="Tarjeta">{policy.card ? policy.card.holder_label : "—"}</Field>
          </dl>
        </CardContent>
      </Card>
    </div>
  );
}

export function InstallmentsTimeline({ installments }: { installments: Policy["installments"] }) {
  if (!installments.length) return <p className="text-sm text-muted-foreground">La póliza no tiene mensualidades.</p>;
  return (
    <ol className="grid gap-2" aria-label="Mensualidades">
      {installments.map((i) => {
        const row = installmentRow(i);
        return (
          <li key={i.id} className="rounded-md border p-3" data-testid="installment">
            <div className="flex flex-wrap items-center gap-3">
              <span className="font-medium">{row.number}</span>
              <span className="text-sm text-muted-foreground">Vence {row.dueDate}</span>
              <span className="text-sm">{row.amount}</span>
              <Badge tone={row.status.tone}>{row.status.label}</Badge>
            </div>
            {row.partials.length ? (
              <ul className="mt-2 grid gap-1 pl-4 text-sm">
                {row.partials.map((p) => (
                  <li key={p.label} className={p.reversed ? "text-muted-foreground line-through" : undefined}>
                    {p.label}: {p.amount} el {p.date}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

const ACTION_LABEL: Record<string, string> = { INSERT: "Alta", UPDATE: "Cambio", DELETE: "Baja" };

function PolicyHistory({ policyId }: { policyId: number }) {
  const [page, setPage] = React.useState(1);
  const size = 20;
  const history = usePolicyHistory(policyId, page, size);
  if (history.error) return <Alert variant="destructive">{errorMessage(history.error)}</Alert>;
  const data = history.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / size)) : 1;
  return (
    <div>
      <Table aria-label="Historial">
        <TableHeader>
          <TableRow>
            <TableHead>Fecha</TableHead>
            <TableHead>Acción</TableHead>
            <TableHead>Tabla</TableHead>
            <TableHead>Usuario</TableHead>
            <TableHead>Cambios</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {(data?.items ?? []).map((h) => (
            <TableRow key={h.id}>
              <TableCell>{formatDateTime(h.occurred_at)}</TableCell>
              <TableCell>{ACTION_LABEL[h.action] ?? h.action}</TableCell>
              <TableCell>{h.table_name}</TableCell>
              <TableCell>{h.user_id ?? "Sistema"}</TableCell>
              <TableCell className="max-w-md truncate text-xs text-muted-foreground">
                {h.after ? Object.keys(h.after).join(", ") : "—"}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {data && data.total === 0 ? <p className="mt-2 text-sm text-muted-foreground">Sin movimientos.</p> : null}
      <SimplePager className="mt-3" page={page} pages={pages} onPageChange={setPage} />
    </div>
  );
}
