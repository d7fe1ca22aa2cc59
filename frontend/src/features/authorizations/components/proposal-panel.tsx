"use client";

import { AlertTriangle, CheckCircle2, Clock, XCircle } from "lucide-react";
import dynamic from "next/dynamic";
import Link from "next/link";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone, PolicyStatusBadge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { toast } from "@/components/ui/toast";
import { usePolicy } from "@/features/policies/api/queries";
import { errorMessage } from "@/lib/errors";
import { formatDate, formatDateTime, formatMoney } from "@/lib/format";
import { can } from "@/lib/permissions";

import { type Proposal, type ProposalChecks, useClaimProposal, useProposal } from "../api/queries";
import {
  approvalBlock,
  isOpen,
  mayApproveHigh,
  PAYMENT_METHOD,
  PROPOSAL_STATUS,
  RECEIPT_RESULT,
  type Reviewer,
  statusOf,
} from "../lib/proposal-rules";
import { FilePhoto } from "./file-photo";
import { ApproveDialog, CorrectDialog, RejectDialog } from "./proposal-dialogs";

// Leaflet only when a panel with a GPS point is open.
const ProposalMap = dynamic(() => import("./proposal-map"), {
  ssr: false,
  loading: () => <Skeleton className="h-56 w-full" />,
});

export type PanelUser = Reviewer & { id: number };

/** The side panel of one proposal (screens §1.6, §2.15): loads it and renders the review. */
export function ProposalPanel({ proposalId, user, threshold }: { proposalId: number; user: PanelUser; threshold: string | null | undefined }) {
  const proposal = useProposal(proposalId);
  if (proposal.isPending) {
    return (
      <div className="grid gap-3" aria-busy="true">
        <Skeleton className="h-8 w-1/2" />
        <Skeleton className="h-40 w-full" />
      </div>
    );
  }
  if (proposal.error) return <Alert variant="destructive">{errorMessage(proposal.error)}</Alert>;
  return <ProposalReview proposal={proposal.data} user={user} threshold={threshold} />;
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-2 py-1 text-sm">
      <dt className="text-muted-foreground">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const LEVEL: Record<string, { tone: BadgeTone; Icon: typeof CheckCircle2 }> = {
  ok: { tone: "green", Icon: CheckCircle2 },
  warning: { tone: "yellow", Icon: AlertTriangle },
  critical: { tone: "red", Icon: XCircle },
};

function CheckLine({ level, children }: { level: string; children: React.ReactNode }) {
  const { tone, Icon } = LEVEL[level] ?? { tone: "neutral" as BadgeTone, Icon: AlertTriangle };
  return (
    <li className="flex items-start gap-2 text-sm" data-level={level}>
      <Badge tone={tone} className="mt-0.5 shrink-0">
        <Icon aria-hidden="true" className="size-3" />
        {level === "ok" ? "Correcto" : level === "warning" ? "Revisar" : "Alerta"}
      </Badge>
      <span>{children}</span>
    </li>
  );
}

/** The automatic checks: recorded vs expected amount and the receipt's validity. */
export function AutomaticChecks({ checks }: { checks: ProposalChecks }) {
  const difference = checks.difference.startsWith("-") ? formatMoney(checks.difference) : `+${formatMoney(checks.difference)}`;
  return (
    <ul className="grid gap-2" aria-label="Revisiones automáticas">
      <CheckLine level={checks.amount_level}>
        {checks.amount_matches
          ? `El monto registrado (${formatMoney(checks.recorded_amount)}) coincide con lo esperado.`
          : `Registrado ${formatMoney(checks.recorded_amount)} contra ${formatMoney(checks.expected_amount)} esperado (diferencia ${difference}).`}
        {checks.is_partial ? " Es un abono parcial." : ""}
      </CheckLine>
      <CheckLine level={checks.receipt_level}>
        {RECEIPT_RESULT[checks.receipt_result] ?? checks.receipt_result}
        {checks.receipt_message ? `: ${checks.receipt_message}` : ""}
      </CheckLine>
      {checks.days_late > 0 ? (
        <li className="text-sm text-muted-foreground">
          El pago tenía {checks.days_late} {checks.days_late === 1 ? "día" : "días"} de atraso al cobrarse.
        </li>
      ) : null}
    </ul>
  );
}

function PolicyStatus({ policyId }: { policyId: number }) {
  const policy = usePolicy(policyId);
  if (policy.isPending) return <Skeleton className="h-5 w-20" />;
  if (policy.error || !policy.data) return <span className="text-muted-foreground">—</span>;
  return <PolicyStatusBadge status={policy.data.status} />;
}

type DialogKind = "approve" | "correct" | "reject" | null;

/** The review of one proposal, with its actions (one proposal at a time: no "approve all"). */
export function ProposalReview({ proposal, user, threshold }: { proposal: Proposal; user: PanelUser; threshold: string | null | undefined }) {
  const [dialog, setDialog] = React.useState<DialogKind>(null);
  const claim = useClaimProposal(proposal.id);
  const status = statusOf(PROPOSAL_STATUS, proposal.status);
  const open = isOpen(proposal.status);
  const block = approvalBlock(user, proposal, user.id, threshold);
  const canReview = can(user, "proposals.approve") || can(user, "proposals.approve_high") || can(user, "proposals.reject") || mayApproveHigh(user);
  const claimedByOther = proposal.status === "under_review" && proposal.reviewer_user_id !== null && proposal.reviewer_user_id !== user.id;
  const rejectBlock = !can(user, "proposals.reject")
    ? "No tienes permiso para rechazar propuestas."
    : claimedByOther
      ? "Otra persona está revisando esta propuesta."
      : null;
  const corrections = proposal.corrections as Record<string, { original?: string; corrected?: string } | string | null> | null;

  return (
    <section aria-labelledby={`proposal-${proposal.id}-title`} className="grid gap-5" data-proposal-id={proposal.id}>
      <header className="grid gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id={`proposal-${proposal.id}-title`} className="text-lg font-semibold">
            Propuesta {proposal.id}
          </h2>
          <Badge tone={status.tone} data-testid="proposal-status">
            {status.label}
          </Badge>
          {proposal.is_stale ? (
            <Badge tone="red">
              <Clock aria-hidden="true" className="size-3" />
              Más de 48 h sin revisar
            </Badge>
          ) : null}
          {proposal.needs_manager ? <Badge tone="purple">Requiere gerente</Badge> : null}
        </div>
        <p className="text-sm text-muted-foreground">
          Registrada el {formatDateTime(proposal.created_at)} por {proposal.author_code ? `${proposal.author_code} · ` : ""}
          {proposal.author_name}
        </p>
      </header>

      <div>
        <h3 className="mb-1 text-sm font-semibold">Póliza</h3>
        <dl>
          <Row label="Folio">
            <Link href={`/polizas/${proposal.policy_id}`} className="font-medium text-primary underline-offset-2 hover:underline">
              {proposal.folio}
            </Link>
          </Row>
          <Row label="Cliente">{proposal.client_name}</Row>
          <Row label="Estatus de la póliza">
            <span data-testid="policy-status">
              <PolicyStatus policyId={proposal.policy_id} />
            </span>
          </Row>
        </dl>
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <h3 className="mb-1 text-sm font-semibold">Registrado</h3>
          <dl>
            <Row label="Pago">Pago {proposal.payment_number}</Row>
            <Row label="Monto">{formatMoney(proposal.amount)}</Row>
            <Row label="Método">{PAYMENT_METHOD[proposal.method] ?? proposal.method}</Row>
            <Row label="Recibo">{proposal.receipt_number}</Row>
          </dl>
        </div>
        <div>
          <h3 className="mb-1 text-sm font-semibold">Esperado (pago programado)</h3>
          <dl>
            <Row label="Pago">Pago {proposal.payment_number}</Row>
            <Row label="Monto del pago">{formatMoney(proposal.installment_amount)}</Row>
            <Row label="Por pagar">{proposal.checks ? formatMoney(proposal.checks.expected_amount) : "—"}</Row>
            <Row label="Vencimiento">{formatDate(proposal.due_date)}</Row>
          </dl>
        </div>
      </div>

      <div>
        <h3 className="mb-2 text-sm font-semibold">Revisiones automáticas</h3>
        {proposal.checks ? <AutomaticChecks checks={proposal.checks} /> : <p className="text-sm text-muted-foreground">Sin revisiones guardadas.</p>}
      </div>

      {!open ? (
        <div>
          <h3 className="mb-1 text-sm font-semibold">Resolución</h3>
          <dl>
            <Row label="Resuelta">{formatDateTime(proposal.decided_at)}</Row>
            {proposal.rejection_reason ? <Row label="Motivo del rechazo">{proposal.rejection_reason}</Row> : null}
            {corrections
              ? Object.entries(corrections)
                  .filter(([key]) => key !== "notes")
                  .map(([key, value]) =>
                    value && typeof value === "object" ? (
                      <Row key={key} label={key === "amount" ? "Monto corregido" : "Recibo corregido"}>
                        {key === "amount" ? `${formatMoney(value.original)} → ${formatMoney(value.corrected)}` : `${value.original} → ${value.corrected}`}
                      </Row>
                    ) : null,
                  )
              : null}
          </dl>
        </div>
      ) : null}

      <div>
        <h3 className="mb-2 text-sm font-semibold">Foto del recibo o comprobante</h3>
        {proposal.photo_file_id ? (
          <FilePhoto fileId={proposal.photo_file_id} alt={`Foto del recibo ${proposal.receipt_number}`} />
        ) : (
          <p className="text-sm text-muted-foreground">El cobrador no adjuntó foto.</p>
        )}
      </div>

      <div>
        <h3 className="mb-2 text-sm font-semibold">Dónde se registró</h3>
        {proposal.latitude !== null && proposal.longitude !== null ? (
          <ProposalMap lat={proposal.latitude} lng={proposal.longitude} />
        ) : (
          <p className="text-sm text-muted-foreground">Sin punto GPS.</p>
        )}
      </div>

      {open && canReview ? (
        <div className="grid gap-3 border-t pt-4">
          {claim.error ? <Alert variant="destructive">{errorMessage(claim.error)}</Alert> : null}
          <div className="flex flex-wrap gap-2">
            {proposal.status === "pending" ? (
              <Button
                variant="outline"
                disabled={claim.isPending}
                onClick={() => claim.mutate(undefined, { onSuccess: () => toast("Propuesta tomada para revisión", { variant: "success" }) })}
              >
                {claim.isPending ? "Tomando…" : "Tomar para revisión"}
              </Button>
            ) : null}
            <Button disabled={block !== null} onClick={() => setDialog("approve")} aria-describedby={block ? `approve-block-${proposal.id}` : undefined}>
              Aprobar
            </Button>
            <Button
              variant="secondary"
              disabled={block !== null}
              onClick={() => setDialog("correct")}
              aria-describedby={block ? `approve-block-${proposal.id}` : undefined}
            >
              Corregir y aprobar
            </Button>
            <Button variant="destructive" disabled={rejectBlock !== null} onClick={() => setDialog("reject")}>
              Rechazar
            </Button>
          </div>
          {block ? (
            <p id={`approve-block-${proposal.id}`} className="text-sm text-muted-foreground">
              {block}
            </p>
          ) : null}
          {rejectBlock && rejectBlock !== block ? <p className="text-sm text-muted-foreground">{rejectBlock}</p> : null}
        </div>
      ) : null}

      <ApproveDialog proposal={proposal} open={dialog === "approve"} onOpenChange={(o) => setDialog(o ? "approve" : null)} />
      <CorrectDialog
        proposal={proposal}
        open={dialog === "correct"}
        onOpenChange={(o) => setDialog(o ? "correct" : null)}
        threshold={threshold}
        mayApproveHigh={mayApproveHigh(user)}
      />
      <RejectDialog proposal={proposal} open={dialog === "reject"} onOpenChange={(o) => setDialog(o ? "reject" : null)} />
    </section>
  );
}
