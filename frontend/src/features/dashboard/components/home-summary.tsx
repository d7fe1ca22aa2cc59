"use client";

import { RefreshCw } from "lucide-react";
import Link from "next/link";

import { Alert } from "@/components/ui/alert";
import { Badge, POLICY_STATUS, type PolicyStatus, PolicyStatusBadge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { Me } from "@/features/auth/api/session-store";
import { SCREENS, canOpen } from "@/features/shell/navigation";
import { errorMessage } from "@/lib/errors";
import { formatDateTime, formatInteger, formatMoney } from "@/lib/format";
import { can, canAny } from "@/lib/permissions";

import { type DashboardSummary, SUMMARY_PERMISSIONS, useDashboardSummary } from "../api/queries";

type Sections = Pick<DashboardSummary, "policies" | "payments" | "cancellations" | "proposals">;

/**
 * Each section only when the API sent it (it sends a section only for its read permission) and
 * the user holds that permission: the UI never shows what the user may not read.
 */
export function visibleSections(user: Me, summary: DashboardSummary): Sections {
  return {
    policies: canAny(user, ["policies.read", "policies.read_own"]) ? summary.policies : null,
    payments: can(user, "payments.read") ? summary.payments : null,
    cancellations: can(user, "cancellations.read") ? summary.cancellations : null,
    proposals: can(user, "proposals.read") ? summary.proposals : null,
  };
}

/** The policies list filtered by a status (and, for a seller's home, by the seller). */
export function statusHref(status: string, sellerId: number | null): string {
  const params = new URLSearchParams({ status });
  if (sellerId !== null) params.set("seller_id", String(sellerId));
  return `/polizas?${params.toString()}`;
}

const KIND_LABEL: Record<string, string> = { payment: "Pago", partial: "Abono" };

interface ActivityItem {
  key: string;
  at: string;
  kind: string;
  title: string;
  detail: string;
  href: string;
  badge: React.ReactNode;
}

/** Latest policies, payments and cancellations, newest first. */
export function recentActivity(sections: Sections, limit = 12): ActivityItem[] {
  const items: ActivityItem[] = [
    ...(sections.policies?.recent ?? []).map((p) => ({
      key: `policy-${p.id}`,
      at: p.created_at,
      kind: "Póliza nueva",
      title: `Póliza ${p.folio}`,
      detail: `${p.client_name} · ${formatMoney(p.prima_total)}`,
      href: `/polizas/${p.id}`,
      badge: <PolicyStatusBadge status={p.status} />,
    })),
    ...(sections.payments?.recent ?? []).map((p) => ({
      key: `payment-${p.id}`,
      at: p.created_at,
      kind: KIND_LABEL[p.kind] ?? "Pago",
      title: `${formatMoney(p.amount)} · Póliza ${p.folio}`,
      detail: `${p.client_name} · pago ${p.payment_number}`,
      href: `/polizas/${p.policy_id}`,
      badge: p.reversed ? <Badge tone="grey">Revertido</Badge> : <Badge tone="green">Recibido</Badge>,
    })),
    ...(sections.cancellations?.recent ?? []).map((c) => ({
      key: `cancellation-${c.id}`,
      at: c.cancelled_at,
      kind: "Cancelación",
      title: `Póliza ${c.folio} · ${c.code}`,
      detail: c.client_name,
      href: `/polizas/${c.policy_id}`,
      badge: c.undone ? <Badge tone="grey">Deshecha</Badge> : <Badge tone="red">Cancelada</Badge>,
    })),
  ];
  return items.sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, limit);
}

function Stat({ label, value, detail, href, linkLabel }: { label: string; value: string; detail?: string; href?: string; linkLabel?: string }) {
  return (
    <div className="rounded-md border p-3" data-testid={`stat-${label}`}>
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums">{value}</dd>
      {detail ? <dd className="text-sm text-muted-foreground">{detail}</dd> : null}
      {href && linkLabel ? (
        <dd className="mt-1 text-sm">
          <Link href={href} className="text-primary underline-offset-2 hover:underline">
            {linkLabel}
          </Link>
        </dd>
      ) : null}
    </div>
  );
}

function PoliciesByStatus({ policies, sellerId, ownOnly }: { policies: NonNullable<Sections["policies"]>; sellerId: number | null; ownOnly: boolean }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Pólizas por estatus</CardTitle>
        <CardDescription>
          {ownOnly ? "Tus pólizas" : "Todas las pólizas"}: {formatInteger(policies.total)}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ul className="grid gap-2 sm:grid-cols-2" aria-label="Pólizas por estatus">
          {policies.by_status.map((row) => {
            const label = POLICY_STATUS[row.status as PolicyStatus]?.label ?? row.status;
            return (
              <li key={row.status}>
                <Link
                  href={statusHref(row.status, sellerId)}
                  aria-label={`${label}: ${formatInteger(row.count)}`}
                  data-status={row.status}
                  className="flex items-center justify-between rounded-md border px-3 py-2 text-sm hover:bg-accent"
                >
                  <PolicyStatusBadge status={row.status} />
                  <span className="font-semibold tabular-nums" data-testid={`count-${row.status}`}>
                    {formatInteger(row.count)}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      </CardContent>
    </Card>
  );
}

function TodayActivity({ sections, user }: { sections: Sections; user: Me }) {
  const { policies, payments, cancellations, proposals } = sections;
  if (!policies && !payments && !cancellations && !proposals) return null;
  const authorizations = canOpen(user, SCREENS.authorizations) ? SCREENS.authorizations.href : undefined;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Actividad de hoy</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-3 sm:grid-cols-2">
          {policies ? <Stat label="Pólizas nuevas" value={formatInteger(policies.new_today)} /> : null}
          {payments ? (
            <Stat
              label="Pagos recibidos"
              value={formatInteger(payments.received_today)}
              detail={`${formatMoney(payments.received_today_total)} MXN`}
            />
          ) : null}
          {cancellations ? <Stat label="Cancelaciones" value={formatInteger(cancellations.today)} /> : null}
          {proposals ? (
            <Stat
              label="Propuestas por autorizar"
              value={formatInteger(proposals.pending)}
              detail={`${formatInteger(proposals.stale)} con más de ${proposals.stale_hours} h`}
              href={authorizations}
              linkLabel="Ir a autorizaciones"
            />
          ) : null}
        </dl>
      </CardContent>
    </Card>
  );
}

function RecentActivity({ sections }: { sections: Sections }) {
  if (!sections.policies && !sections.payments && !sections.cancellations) return null;
  const items = recentActivity(sections);
  return (
    <Card className="lg:col-span-2">
      <CardHeader>
        <CardTitle>Actividad reciente</CardTitle>
        <CardDescription>Pólizas nuevas, pagos y cancelaciones más recientes.</CardDescription>
      </CardHeader>
      <CardContent>
        {items.length ? (
          <ul className="divide-y" aria-label="Actividad reciente">
            {items.map((item) => (
              <li key={item.key}>
                <Link href={item.href} className="flex flex-wrap items-center justify-between gap-2 px-1 py-2 text-sm hover:bg-accent">
                  <span className="grid">
                    <span className="font-medium">
                      {item.kind}: {item.title}
                    </span>
                    <span className="text-muted-foreground">{item.detail}</span>
                  </span>
                  <span className="flex items-center gap-2">
                    {item.badge}
                    <span className="text-xs tabular-nums text-muted-foreground">{formatDateTime(item.at)}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted-foreground">Sin movimientos todavía.</p>
        )}
      </CardContent>
    </Card>
  );
}

/** Inicio (screens.md §1.1 as far as the data exists): one summary call, refreshed every 5 minutes. */
export function HomeSummary({ user }: { user: Me }) {
  const allowed = canAny(user, SUMMARY_PERMISSIONS);
  const summary = useDashboardSummary(user.id, allowed);
  if (!allowed) return null;
  if (summary.isPending) {
    return (
      <div className="grid gap-4 lg:grid-cols-2" aria-busy="true" aria-label="Cargando resumen">
        <Skeleton className="h-56" />
        <Skeleton className="h-56" />
      </div>
    );
  }
  if (summary.isError) {
    return (
      <Alert variant="destructive">
        No se pudo cargar el resumen. {errorMessage(summary.error)}{" "}
        <Button variant="link" size="sm" onClick={() => void summary.refetch()}>
          Reintentar
        </Button>
      </Alert>
    );
  }
  const data = summary.data;
  const sections = visibleSections(user, data);
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted-foreground">
        <span>
          {data.own_only ? "Resumen de tus pólizas" : "Resumen de la empresa"} · actualizado {formatDateTime(data.generated_at)}
        </span>
        <Button variant="outline" size="sm" onClick={() => void summary.refetch()} disabled={summary.isFetching}>
          <RefreshCw aria-hidden="true" />
          {summary.isFetching ? "Actualizando…" : "Actualizar"}
        </Button>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        {sections.policies ? (
          <PoliciesByStatus policies={sections.policies} ownOnly={data.own_only} sellerId={data.own_only ? user.employee_id : null} />
        ) : null}
        <TodayActivity sections={sections} user={user} />
        <RecentActivity sections={sections} />
      </div>
    </div>
  );
}
