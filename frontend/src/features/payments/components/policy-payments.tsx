"use client";

import { AlertOctagon, AlertTriangle, Ban, CheckCircle2, Clock, FileText, History, Pencil, Printer, Receipt, Shuffle, TriangleAlert } from "lucide-react";
import Link from "next/link";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge, PolicyStatusBadge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toast";
import { useSessionStore } from "@/features/auth/api/session-store";
import { PAYMENT_PLAN_LABEL } from "@/features/policies/lib/policy-format";
import { errorMessage } from "@/lib/errors";
import { formatDate, formatDateTime, formatMoney } from "@/lib/format";
import { type PermissionHolder, can } from "@/lib/permissions";
import { cn } from "@/lib/utils";

import {
  type Installment,
  type LedgerEntry,
  type PolicyPayments as PolicyPaymentsData,
  openPdf,
  receiptPdf,
  statementPdf,
  usePolicyPayments,
  useRestructurePreview,
} from "../api/queries";
import { addAmounts, percentOf } from "../lib/money";
import { DELIVERY_LABEL, SOURCE_LABEL, methodLabel, partialLabel, paymentStatus } from "../lib/payment-format";
import { CounterPaymentDialog } from "./counter-payment-dialog";
import { EditPaymentDialog } from "./edit-payment-dialog";
import { ProblemDialog, RestructureDialog, ReverseDialog } from "./payment-actions";

const STATUS_ICON = { paid: CheckCircle2, pending: Clock, late: AlertTriangle, overdue: AlertOctagon, cancelled: Ban } as const;
const ICON_COLOUR: Record<string, string> = {
  paid: "text-emerald-600",
  pending: "text-yellow-600",
  late: "text-orange-600",
  overdue: "text-red-600",
  cancelled: "text-slate-500",
};

/** What the signed-in user may do here (the API checks every call again). */
export function paymentPermissions(user: PermissionHolder | null | undefined) {
  return {
    create: can(user, "payments.create"),
    partial: can(user, "payments.partial"),
    edit: can(user, "payments.edit"),
    revert: can(user, "payments.revert"),
    restructure: can(user, "payments.restructure"),
    audit: can(user, "audit.read"),
    collectors: can(user, "employees.read"),
    receipts: can(user, "receipts.read"),
  };
}
export type PaymentPermissions = ReturnType<typeof paymentPermissions>;

type DialogState =
  | { kind: "counter"; installment: Installment }
  | { kind: "edit"; installment: Installment }
  | { kind: "problem"; installment: Installment }
  | { kind: "reverse"; entry: LedgerEntry }
  | { kind: "restructure" }
  | null;

/** The right side of Cobranza › Pagos: the folio's box, its progress and its installments. */
export function PolicyPaymentsPanel({ policyId }: { policyId: number }) {
  const query = usePolicyPayments(policyId);
  if (query.error) return <Alert variant="destructive">{errorMessage(query.error)}</Alert>;
  if (!query.data) {
    return (
      <div className="grid gap-3" aria-busy="true">
        <Skeleton className="h-32 w-full" />
        <Skeleton className="h-64 w-full" />
      </div>
    );
  }
  return <PolicyPaymentsView data={query.data} />;
}

export function PolicyPaymentsView({ data }: { data: PolicyPaymentsData }) {
  const user = useSessionStore((s) => s.user);
  const perms = paymentPermissions(user);
  const [dialog, setDialog] = React.useState<DialogState>(null);
  const close = (open: boolean) => {
    if (!open) setDialog(null);
  };
  const policy = data.policy;
  return (
    <div className="flex min-w-0 flex-col gap-4">
      <PolicyBox data={data} perms={perms} onRestructure={() => setDialog({ kind: "restructure" })} />
      <ProgressTimeline data={data} />
      <InstallmentsTable data={data} perms={perms} onAction={setDialog} />

      {dialog?.kind === "counter" ? (
        <CounterPaymentDialog installment={dialog.installment} mayPartial={perms.partial} suggestReceipt={perms.receipts} open onOpenChange={close} />
      ) : null}
      {dialog?.kind === "edit" ? (
        <EditPaymentDialog installment={dialog.installment} canPickCollector={perms.collectors} open onOpenChange={close} />
      ) : null}
      {dialog?.kind === "problem" ? <ProblemDialog installment={dialog.installment} open onOpenChange={close} /> : null}
      {dialog?.kind === "reverse" ? <ReverseDialog entry={dialog.entry} open onOpenChange={close} /> : null}
      {dialog?.kind === "restructure" ? <RestructureDialog policyId={policy.id} folio={policy.folio} open onOpenChange={close} /> : null}
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

function PolicyBox({ data, perms, onRestructure }: { data: PolicyPaymentsData; perms: PaymentPermissions; onRestructure: () => void }) {
  const p = data.policy;
  const [printing, setPrinting] = React.useState(false);
  // The default preview tells whether the policy may be restructured at all, and why not.
  const preview = useRestructurePreview(p.id, 6, perms.restructure);
  const refused = preview.data && !preview.data.eligible ? preview.data.reasons : null;
  const onStatement = async () => {
    setPrinting(true);
    try {
      await openPdf(() => statementPdf(p.id));
    } catch (error) {
      toast("No se pudo generar el estado de cuenta", { description: errorMessage(error), variant: "error" });
    } finally {
      setPrinting(false);
    }
  };
  return (
    <Card>
      <CardHeader className="flex-row flex-wrap items-start justify-between gap-3">
        <div>
          <CardTitle>
            <Link href={`/polizas/${p.id}`} className="text-primary underline-offset-2 hover:underline">
              Póliza {p.folio}
            </Link>
          </CardTitle>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
            <PolicyStatusBadge status={p.status} />
            <span>{p.client_name}</span>
            {p.is_restructured ? <Badge tone="purple">Reestructurada</Badge> : null}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button variant="outline" size="sm" onClick={() => void onStatement()} disabled={printing}>
            <FileText aria-hidden="true" />
            {printing ? "Generando…" : "Estado de cuenta"}
          </Button>
          {perms.restructure ? (
            <Button
              variant="outline"
              size="sm"
              onClick={onRestructure}
              disabled={!preview.data || !!refused}
              aria-describedby={refused ? "restructure-refused" : undefined}
            >
              <Shuffle aria-hidden="true" />
              Reestructurar
            </Button>
          ) : null}
        </div>
      </CardHeader>
      <CardContent className="grid gap-3">
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
          <Field label="Cobertura">{p.coverage_name}</Field>
          <Field label="Forma de pago">{PAYMENT_PLAN_LABEL[p.payment_plan] ?? p.payment_plan}</Field>
          <Field label="Prima total">{formatMoney(p.prima_total)}</Field>
          <Field label="Vigencia">
            {formatDate(p.effective_date)} – {formatDate(p.expiration_date)}
          </Field>
          <Field label="Tarjeta">{p.card_holder ?? "—"}</Field>
          <Field label="Pagado">{formatMoney(data.paid_total)}</Field>
          <Field label="Saldo pendiente">
            <strong>{formatMoney(data.remaining_total)}</strong>
          </Field>
        </dl>
        {refused ? (
          <p id="restructure-refused" className="text-xs text-muted-foreground">
            No se puede reestructurar: {refused.join(" ")}
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}

/** Payment progress: the share paid and one step per installment in its colour. */
function ProgressTimeline({ data }: { data: PolicyPaymentsData }) {
  const live = data.installments.filter((i) => i.status !== "cancelled");
  const pct = percentOf(data.paid_total, addAmounts(data.paid_total, data.remaining_total));
  return (
    <section aria-label="Avance de pagos" className="rounded-lg border bg-card p-4">
      <div className="mb-2 flex items-center justify-between text-sm">
        <span className="font-medium">Avance de pagos</span>
        <span>
          {live.filter((i) => i.status === "paid").length} de {live.length} pagos · {pct}%
        </span>
      </div>
      <div className="h-2 w-full overflow-hidden rounded-full bg-muted" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-label="Porcentaje pagado">
        <div className={cn("h-full bg-emerald-500", WIDTH_CLASS[Math.round(pct / 5) * 5])} />
      </div>
      <ol className="mt-3 flex flex-wrap gap-2" aria-label="Línea de tiempo de pagos">
        {data.installments.map((i) => {
          const Icon = STATUS_ICON[i.status as keyof typeof STATUS_ICON] ?? Clock;
          const status = paymentStatus(i.status);
          return (
            <li key={i.id} className="flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs" title={`${status.label} · vence ${formatDate(i.due_date)}`}>
              <Icon aria-hidden="true" className={cn("size-3.5", ICON_COLOUR[i.status])} />
              Pago {i.payment_number}
              <span className="sr-only">: {status.label}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

// Static class names (Tailwind only ships classes it can see; inline styles are refused by the CSP).
const WIDTH_CLASS: Record<number, string> = {
  0: "w-0",
  5: "w-[5%]",
  10: "w-[10%]",
  15: "w-[15%]",
  20: "w-[20%]",
  25: "w-[25%]",
  30: "w-[30%]",
  35: "w-[35%]",
  40: "w-[40%]",
  45: "w-[45%]",
  50: "w-[50%]",
  55: "w-[55%]",
  60: "w-[60%]",
  65: "w-[65%]",
  70: "w-[70%]",
  75: "w-[75%]",
  80: "w-[80%]",
  85: "w-[85%]",
  90: "w-[90%]",
  95: "w-[95%]",
  100: "w-full",
};

function collectorOf(i: Installment): string {
  if (i.collector_id === null) return "—";
  const entry = [...i.entries].reverse().find((e) => e.collector_id === i.collector_id && e.collector_label);
  return entry?.collector_label ?? `Cobrador #${i.collector_id}`;
}

/** The entry that may be reversed: the latest payment or partial no reversal compensates. */
export function reversibleEntry(i: Installment): LedgerEntry | null {
  const live = i.entries.filter((e) => e.kind !== "reversal" && e.reversed_by_id === null);
  return live.length ? (live[live.length - 1] ?? null) : null;
}

function InstallmentsTable({
  data,
  perms,
  onAction,
}: {
  data: PolicyPaymentsData;
  perms: PaymentPermissions;
  onAction: (d: DialogState) => void;
}) {
  const [openTrail, setOpenTrail] = React.useState<number | null>(null);
  return (
    <div className="rounded-lg border bg-card">
      <Table aria-label="Pagos de la póliza">
        <TableHeader>
          <TableRow>
            <TableHead>Pago</TableHead>
            <TableHead>Recibo</TableHead>
            <TableHead>Vence</TableHead>
            <TableHead>Pagado el</TableHead>
            <TableHead className="text-right">Monto</TableHead>
            <TableHead>Forma</TableHead>
            <TableHead>Cobrador</TableHead>
            <TableHead>Estatus</TableHead>
            <TableHead>Entregado en oficina</TableHead>
            <TableHead>Comentarios</TableHead>
            <TableHead>
              <span className="sr-only">Acciones</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {data.installments.map((i) => {
            const status = paymentStatus(i.status);
            const Icon = STATUS_ICON[i.status as keyof typeof STATUS_ICON] ?? Clock;
            const payable = i.status !== "paid" && i.status !== "cancelled" && i.remaining !== "0.00";
            const trailOpen = openTrail === i.id;
            return (
              <React.Fragment key={i.id}>
                <TableRow data-testid={`installment-${i.payment_number}`} className={cn(i.status === "cancelled" && "text-muted-foreground")}>
                  <TableCell className="font-medium">{i.payment_number}</TableCell>
                  <TableCell>{i.receipt_number ?? "—"}</TableCell>
                  <TableCell>{formatDate(i.due_date)}</TableCell>
                  <TableCell>{formatDate(i.paid_date)}</TableCell>
                  <TableCell className="text-right">
                    {formatMoney(i.amount)}
                    {i.partial_paid !== "0.00" && i.status !== "paid" ? (
                      <span className="block text-xs text-muted-foreground">Saldo {formatMoney(i.remaining)}</span>
                    ) : null}
                  </TableCell>
                  <TableCell>{methodLabel(i.payment_method)}</TableCell>
                  <TableCell>{collectorOf(i)}</TableCell>
                  <TableCell>
                    <Badge tone={status.tone} data-status={i.status}>
                      <Icon aria-hidden="true" className="size-3.5" />
                      {status.label}
                    </Badge>
                    {i.has_problem ? (
                      <Badge tone="red" className="ml-1">
                        <TriangleAlert aria-hidden="true" className="size-3.5" />
                        Problema
                      </Badge>
                    ) : null}
                  </TableCell>
                  <TableCell>
                    {i.office_delivery_status ? DELIVERY_LABEL[i.office_delivery_status] : "—"}
                    {i.office_delivery_date ? <span className="block text-xs text-muted-foreground">{formatDate(i.office_delivery_date)}</span> : null}
                  </TableCell>
                  <TableCell className="max-w-56 whitespace-pre-line text-xs">{i.comments ?? "—"}</TableCell>
                  <TableCell>
                    <div className="flex justify-end gap-1">
                      {perms.create && payable ? (
                        <Button
                          size="icon"
                          className="size-8"
                          aria-label={`Cobrar pago ${i.payment_number}`}
                          title="Cobrar en mostrador"
                          onClick={() => onAction({ kind: "counter", installment: i })}
                        >
                          <Receipt aria-hidden="true" />
                        </Button>
                      ) : null}
                      {perms.edit && i.status !== "cancelled" ? (
                        <Button
                          size="icon"
                          variant="outline"
                          className="size-8"
                          aria-label={`Editar pago ${i.payment_number}`}
                          title="Editar pago"
                          onClick={() => onAction({ kind: "edit", installment: i })}
                        >
                          <Pencil aria-hidden="true" />
                        </Button>
                      ) : null}
                      {perms.edit ? (
                        <Button
                          size="icon"
                          variant="outline"
                          className="size-8"
                          aria-label={`Problema en el pago ${i.payment_number}`}
                          title="Problema de pago"
                          onClick={() => onAction({ kind: "problem", installment: i })}
                        >
                          <TriangleAlert aria-hidden="true" />
                        </Button>
                      ) : null}
                      <Button
                        size="icon"
                        variant="ghost"
                        className="size-8"
                        aria-expanded={trailOpen}
                        aria-label={`Movimientos del pago ${i.payment_number}`}
                        title="Movimientos y bitácora"
                        onClick={() => setOpenTrail(trailOpen ? null : i.id)}
                      >
                        <History aria-hidden="true" />
                      </Button>
                    </div>
                  </TableCell>
                </TableRow>
                {i.partials.map((pp) => (
                  <TableRow key={`p-${pp.id}`} className={cn("bg-muted/30 text-sm", pp.status === "reversed" && "text-muted-foreground line-through")}>
                    <TableCell colSpan={2} className="pl-6">
                      {partialLabel(i.payment_number, pp.partial_number, pp.of)}
                    </TableCell>
                    <TableCell />
                    <TableCell>{formatDate(pp.paid_date)}</TableCell>
                    <TableCell className="text-right">{formatMoney(pp.amount)}</TableCell>
                    <TableCell>{methodLabel(pp.payment_method)}</TableCell>
                    <TableCell colSpan={2}>
                      Recibo {pp.receipt_number ?? "—"}
                      {pp.status === "reversed" ? " · revertido" : ""}
                    </TableCell>
                    <TableCell colSpan={3} />
                  </TableRow>
                ))}
                {trailOpen ? (
                  <TableRow className="hover:bg-transparent">
                    <TableCell colSpan={11}>
                      <AuditTrail installment={i} perms={perms} onReverse={(entry) => onAction({ kind: "reverse", entry })} />
                    </TableCell>
                  </TableRow>
                ) : null}
              </React.Fragment>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

/** The installment's ledger (payments, partials, reversals) and, for auditors, the full log. */
function AuditTrail({ installment, perms, onReverse }: { installment: Installment; perms: PaymentPermissions; onReverse: (e: LedgerEntry) => void }) {
  const reversible = reversibleEntry(installment);
  const [printing, setPrinting] = React.useState<number | null>(null);
  const onPrint = async (id: number) => {
    setPrinting(id);
    try {
      await openPdf(() => receiptPdf(id));
    } catch (error) {
      toast("No se pudo generar el recibo", { description: errorMessage(error), variant: "error" });
    } finally {
      setPrinting(null);
    }
  };
  return (
    <section aria-label={`Movimientos del pago ${installment.payment_number}`} className="grid gap-2">
      {installment.entries.length === 0 ? (
        <p className="text-sm text-muted-foreground">Sin movimientos de dinero.</p>
      ) : (
        <ol className="grid gap-1 text-sm">
          {installment.entries.map((e) => (
            <li key={e.id} className={cn("flex flex-wrap items-center gap-2 rounded border p-2", e.reversed_by_id !== null && "text-muted-foreground")}>
              <span className="font-medium">{e.label}</span>
              <span>{formatMoney(e.amount)}</span>
              <span>{methodLabel(e.method)}</span>
              <span>Recibo {e.receipt_number ?? "—"}</span>
              <span>{SOURCE_LABEL[e.source] ?? e.source}</span>
              {e.collector_label ? <span>{e.collector_label}</span> : null}
              <span className="text-xs text-muted-foreground">
                Fecha de pago {formatDate(e.paid_date)} · registrado {formatDateTime(e.created_at)}
                {e.created_by_user_id ? ` · usuario #${e.created_by_user_id}` : ""}
              </span>
              {e.reason ? <span className="text-xs">Motivo: {e.reason}</span> : null}
              {e.reversed_by_id !== null ? <Badge tone="grey">Revertido</Badge> : null}
              <span className="ml-auto flex gap-1">
                {e.kind !== "reversal" ? (
                  <Button size="sm" variant="ghost" onClick={() => void onPrint(e.id)} disabled={printing === e.id} aria-label={`Imprimir recibo de ${e.label}`}>
                    <Printer aria-hidden="true" />
                  </Button>
                ) : null}
                {perms.revert && reversible?.id === e.id ? (
                  <Button size="sm" variant="outline" onClick={() => onReverse(e)}>
                    Revertir
                  </Button>
                ) : null}
              </span>
            </li>
          ))}
        </ol>
      )}
      {perms.revert && installment.entries.some((e) => e.kind !== "reversal" && e.reversed_by_id === null) ? (
        <p className="text-xs text-muted-foreground">Solo se revierte el movimiento más reciente; los anteriores, después.</p>
      ) : null}
      {perms.audit ? (
        <Link
          className="text-sm text-primary underline-offset-2 hover:underline"
          href={`/admin/bitacora?table=payment&record_id=${installment.id}`}
        >
          Ver la bitácora completa del pago {installment.payment_number}
        </Link>
      ) : null}
    </section>
  );
}
