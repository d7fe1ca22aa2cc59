"use client";

import { Plus } from "lucide-react";
import * as React from "react";

import { Button } from "@/components/ui/button";
import { useSessionStore } from "@/features/auth/api/session-store";
import { can } from "@/lib/permissions";

import type { Coverage } from "../api/queries";
import { CoverageFormSheet } from "./coverage-form";
import { CoveragesList } from "./coverages-list";
import { PaymentSchemesDialog } from "./payment-schemes";

/** Coberturas: the catalogue, the add/edit drawer and each coverage's payment schemes. */
export function CoveragesScreen() {
  const user = useSessionStore((s) => s.user);
  const [editing, setEditing] = React.useState<Coverage | null>(null);
  const [open, setOpen] = React.useState(false);
  const [schemesOf, setSchemesOf] = React.useState<Coverage | null>(null);
  const onEdit = React.useCallback((c: Coverage) => {
    setEditing(c);
    setOpen(true);
  }, []);
  const actions = can(user, "coverages.edit") ? (
    <Button
      onClick={() => {
        setEditing(null);
        setOpen(true);
      }}
    >
      <Plus className="size-4" /> Nueva cobertura
    </Button>
  ) : null;
  return (
    <>
      <CoveragesList actions={actions} onEdit={onEdit} onSchemes={setSchemesOf} />
      <CoverageFormSheet open={open} onOpenChange={setOpen} coverage={editing} />
      <PaymentSchemesDialog coverage={schemesOf} onOpenChange={(o) => (o ? null : setSchemesOf(null))} />
    </>
  );
}
