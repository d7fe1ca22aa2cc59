"use client";

import Link from "next/link";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge, POLICY_STATUS, type PolicyStatus } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { Skeleton } from "@/components/ui/skeleton";
import { useSessionStore } from "@/features/auth/api/session-store";
import { UndoCancellationDialog } from "@/features/policies/components/policy-actions";
import { installmentStatus } from "@/features/policies/lib/policy-format";
import { errorMessage } from "@/lib/errors";
import { formatDateTime, formatInteger } from "@/lib/format";
import { can } from "@/lib/permissions";

import { type CancellationDetail, useCancellation, useRefreshCancellations } from "../api/queries";
import { CodeBadge, userLabel } from "./cancellation-format";

const CARD_HOLDER: Record<string, string> = { collector: "Cobrador", office: "Oficina", archive: "Archivo", deposit: "Depósito" };
const CARD_STATUS: Record<string, string> = { active: "Activa", paid_off: "Liquidada", cancelled: "Cancelada", recovery: "Recuperación" };

interface Snapshot {
  policy?: { status?: string; status_reason?: string | null };
  payments?: { id: number; number: number; status: string }[];
  card?: { holder?: string; holder_employee_id?: number | null; status?: string } | null;
}

/** Detalle de una cancelación in a side sheet, with "Deshacer cancelación" for who holds cancellations.undo. */
export function CancellationDetailSheet({ cancellationId, onOpenChange }: { cancellationId: number | null; onOpenChange: (open: boolean) => void }) {
  const detail = useCancellation(cancellationId);
  return (
    <Sheet open={cancellationId !== null} onOpenChange={onOpenChange}>
      <SheetContent>
        <SheetHeader>
          <SheetTitle>{detail.data ? `Cancelación de la póliza ${detail.data.folio}` : "Cancelación"}</SheetTitle>
          <SheetDescription>Qué se canceló, por qué, a quién se avisó y qué se restaura al deshacerla.</SheetDescription>
        </SheetHeader>
        {detail.error ? <Alert variant="destructive">{errorMessage(detail.error)}</Alert> : null}
        {detail.isPending && cancellationId !== null ? <Skeleton className="h-64 w-full" /> : null}
        {detail.data ? <DetailBody cancellation={detail.data} /> : null}
      </SheetContent>
    </Sheet>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-2 text-sm">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

function notifyText(requested: boolean, at: string | null | undefined): string {
  if (!requested) return "No";
  return at ? `Avisado el ${formatDateTime(at)}` : "Sí (aviso pendiente)";
}

export function DetailBody({ cancellation: c }: { cancellation: CancellationDetail }) {
  const user = useSessionStore((s) => s.user);
  const [undoOpen, setUndoOpen] = React.useState(false);
  const refresh = useRefreshCancellations();
  const snapshot = (c.snapshot ?? {}) as Snapshot;
  const previousStatus = snapshot.policy?.status;
  const payments = snapshot.payments ?? [];
  const card = snapshot.card;
  const undone = Boolean(c.undone_at);

  return (
    <div className="grid gap-5">
      {c.highlight ? (
        <Alert className="border-orange-300 bg-orange-50 text-orange-900">
          Motivo {c.code} resaltado: se marca en naranja en las listas y en el reporte de renovaciones.
        </Alert>
      ) : null}
      <dl className="grid gap-2">
        <Field label="Póliza">
          <Link href={`/polizas/${c.policy_id}`} className="font-medium text-primary underline-offset-2 hover:underline">
            {c.folio}
          </Link>
        </Field>
        <Field label="Cliente">{c.client_name}</Field>
        <Field label="Fecha">{formatDateTime(c.cancelled_at)}</Field>
        <Field label="Motivo">
          <span className="inline-flex flex-wrap items-center gap-2">
            <CodeBadge code={c.code} highlight={c.highlight} />
            {c.code_description}
          </span>
        </Field>
        <Field label="Explicación">{c.reason}</Field>
        <Field label="Pagos realizados">{formatInteger(c.payments_made)}</Field>
        <Field label="Mensualidades canceladas">{formatInteger(c.installments_cancelled)}</Field>
        <Field label="Observaciones">{c.notes || "—"}</Field>
        <Field label="Canceló">{userLabel(c.cancelled_by_user_id)}</Field>
        <Field label="Estado">{undone ? <Badge tone="grey">Deshecha</Badge> : <Badge tone="red">Cancelada</Badge>}</Field>
        {undone ? (
          <>
            <Field label="Deshecha el">{formatDateTime(c.undone_at)}</Field>
            <Field label="Deshizo">{userLabel(c.undone_by_user_id)}</Field>
            <Field label="Motivo de deshacer">{c.undo_reason || "—"}</Field>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="notify-title" className="grid gap-2">
        <h3 id="notify-title" className="text-sm font-semibold">
          Avisos
        </h3>
        <dl className="grid gap-2">
          <Field label="Vendedor (Telegram)">{notifyText(c.notify_seller, c.seller_notified_at)}</Field>
          <Field label="Cobrador (app)">{notifyText(c.notify_collector, c.collector_notified_at)}</Field>
          <Field label="Cliente (WhatsApp)">{notifyText(c.notify_client, c.client_notified_at)}</Field>
        </dl>
      </section>

      <section aria-labelledby="snapshot-title" className="grid gap-2">
        <h3 id="snapshot-title" className="text-sm font-semibold">
          {undone ? "Lo que se restauró" : "Lo que se restaura al deshacer"}
        </h3>
        <dl className="grid gap-2">
          <Field label="Estatus anterior">
            {previousStatus ? (
              <Badge tone={POLICY_STATUS[previousStatus as PolicyStatus]?.tone ?? "neutral"}>
                {POLICY_STATUS[previousStatus as PolicyStatus]?.label ?? previousStatus}
              </Badge>
            ) : (
              "—"
            )}
          </Field>
          <Field label="Mensualidades">
            {payments.length ? (
              <ul className="grid gap-1">
                {payments.map((p) => (
                  <li key={p.id}>
                    Mensualidad {p.number}: estaba {installmentStatus(p.status).label.toLowerCase()}
                  </li>
                ))}
              </ul>
            ) : (
              "Ninguna mensualidad se canceló."
            )}
          </Field>
          <Field label="Tarjeta de cobranza">
            {card
              ? `${CARD_HOLDER[card.holder ?? ""] ?? card.holder ?? "—"}${card.holder_employee_id ? ` (empleado #${card.holder_employee_id})` : ""} · ${CARD_STATUS[card.status ?? ""] ?? card.status ?? "—"}`
              : "Sin tarjeta"}
          </Field>
        </dl>
      </section>

      {!undone && can(user, "cancellations.undo") ? (
        <div className="flex justify-end">
          <Button variant="outline" onClick={() => setUndoOpen(true)}>
            Deshacer cancelación
          </Button>
          <UndoCancellationDialog
            policyId={c.policy_id}
            cancellationId={c.id}
            open={undoOpen}
            onOpenChange={(open) => {
              setUndoOpen(open);
              if (!open) void refresh();
            }}
          />
        </div>
      ) : null}
    </div>
  );
}
