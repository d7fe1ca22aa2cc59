"use client";

import { AlertTriangle } from "lucide-react";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useSessionStore } from "@/features/auth/api/session-store";
import { PageHeader } from "@/features/shell/components/screen-guard";
import { formatInteger, formatMoney } from "@/lib/format";
import { can } from "@/lib/permissions";

import { usePending } from "../api/queries";
import { ProposalsView } from "./proposals-view";
import { SubmissionsView } from "./submissions-view";

/** Cobranza › Autorizaciones (screens §1.6 and §1.26): payment proposals and policy submissions. */
export function AuthorizationsScreen() {
  const user = useSessionStore((s) => s.user);
  const pending = usePending(user);
  const showProposals = can(user, "proposals.read");
  const showSubmissions = can(user, "policies.approve_submission");
  const [tab, setTab] = React.useState(showProposals ? "propuestas" : "polizas");
  if (!user) return null;
  const counts = pending.data?.counts;
  const proposalsOpen = counts ? counts.proposals_pending + counts.proposals_under_review : null;
  const submissionsOpen = counts ? counts.submissions_pending + counts.submissions_under_review : null;

  return (
    <div>
      <PageHeader
        title="Autorizaciones"
        description={
          pending.data
            ? `Las propuestas de ${formatMoney(pending.data.manager_threshold)} o más requieren a un gerente de Cobranza; las que esperan más de ${pending.data.stale_hours} h se marcan.`
            : "Propuestas de cobro de las apps de campo y pólizas enviadas por los vendedores, de una en una."
        }
      />
      {counts && counts.proposals_stale > 0 && showProposals ? (
        <Alert variant="warning" className="mb-4 flex items-center gap-2">
          <AlertTriangle aria-hidden="true" />
          {counts.proposals_stale === 1
            ? "1 propuesta lleva más de 48 h sin revisar."
            : `${formatInteger(counts.proposals_stale)} propuestas llevan más de 48 h sin revisar.`}
        </Alert>
      ) : null}
      {!showProposals && !showSubmissions ? (
        <Alert className="mb-4">Tu usuario puede aprobar, pero no consultar la lista de propuestas (permiso de lectura). Pide al administrador el permiso.</Alert>
      ) : null}
      <Tabs value={tab} onValueChange={setTab}>
        <TabsList>
          {showProposals ? (
            <TabsTrigger value="propuestas">
              Propuestas de cobro
              {proposalsOpen ? <Badge tone="yellow">{formatInteger(proposalsOpen)}</Badge> : null}
            </TabsTrigger>
          ) : null}
          {showSubmissions ? (
            <TabsTrigger value="polizas">
              Pólizas enviadas
              {submissionsOpen ? <Badge tone="yellow">{formatInteger(submissionsOpen)}</Badge> : null}
            </TabsTrigger>
          ) : null}
        </TabsList>
        {showProposals ? (
          <TabsContent value="propuestas">
            <ProposalsView user={user} threshold={pending.data?.manager_threshold} />
          </TabsContent>
        ) : null}
        {showSubmissions ? (
          <TabsContent value="polizas">
            <SubmissionsView user={user} />
          </TabsContent>
        ) : null}
      </Tabs>
    </div>
  );
}
