"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { errorMessage } from "@/lib/errors";
import { formatDateTime, formatMoney } from "@/lib/format";

import { type Promotion, type PromotionApplication, usePromotionApplications } from "../api/queries";

function columns(promotion: Promotion): ColumnDef<PromotionApplication>[] {
  const benefitOf = new Map(promotion.rules.map((r) => [r.id, r.benefit]));
  return [
    { id: "applied_at", header: "Aplicada", accessorFn: (a) => formatDateTime(a.applied_at), enableSorting: false },
    {
      id: "policy",
      header: "Póliza",
      enableSorting: false,
      cell: ({ row }) => (
        <Link href={`/polizas/${row.original.policy_id}`} className="text-primary hover:underline">
          Ver póliza (id {row.original.policy_id})
        </Link>
      ),
    },
    { id: "rule", header: "Beneficio", accessorFn: (a) => benefitOf.get(a.rule_id) ?? `Regla ${a.rule_id}`, enableSorting: false },
    { id: "discount", header: "Descuento", accessorFn: (a) => formatMoney(a.discount), enableSorting: false },
    {
      id: "referral",
      header: "Referido",
      enableSorting: false,
      accessorFn: (a) =>
        a.referrer_policy_id ? `Referida por la póliza id ${a.referrer_policy_id}` : a.referred_policy_id ? `Premio por referir (póliza id ${a.referred_policy_id})` : "—",
    },
    {
      id: "state",
      header: "Estado",
      enableSorting: false,
      cell: ({ row }) =>
        row.original.reverted_at ? <Badge tone="grey">Revertida {formatDateTime(row.original.reverted_at)}</Badge> : <Badge tone="green">Vigente</Badge>,
    },
  ];
}

/** Historial de uso: every application of a promotion (reverted ones included). */
export function PromotionApplicationsDialog({ promotion, onOpenChange }: { promotion: Promotion | null; onOpenChange: (open: boolean) => void }) {
  const [page, setPage] = React.useState(1);
  const [size, setSize] = React.useState(10);
  React.useEffect(() => setPage(1), [promotion?.id]);
  const applications = usePromotionApplications(promotion?.id ?? null, page, size);
  const cols = React.useMemo(() => (promotion ? columns(promotion) : []), [promotion]);
  return (
    <Dialog open={promotion !== null} onOpenChange={onOpenChange}>
      <DialogContent className="max-w-4xl">
        <DialogHeader>
          <DialogTitle>Historial de uso</DialogTitle>
          <DialogDescription>{promotion ? `${promotion.code} · ${promotion.name}: pólizas a las que se aplicó.` : ""}</DialogDescription>
        </DialogHeader>
        {applications.error ? <Alert variant="destructive">{errorMessage(applications.error)}</Alert> : null}
        <DataTable
          label="Historial de uso"
          columns={cols}
          rows={applications.data?.items}
          total={applications.data?.total}
          page={page}
          size={size}
          sort={null}
          onPageChange={setPage}
          onSizeChange={(s) => {
            setSize(s);
            setPage(1);
          }}
          onSortChange={() => undefined}
          getRowId={(a) => String(a.id)}
          isLoading={applications.isPending}
          isFetching={applications.isFetching}
          columnToggle={false}
          emptyMessage="La promoción aún no se ha aplicado a ninguna póliza."
        />
      </DialogContent>
    </Dialog>
  );
}
