"use client";

import { Ban } from "lucide-react";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { CancelPolicyDialog } from "@/features/policies/components/policy-actions";
import { ApiError } from "@/lib/api";
import { errorMessage } from "@/lib/errors";

import { fetchPolicyByFolio, type PolicyByFolio, useRefreshCancellations } from "../api/queries";

/** The folio typed in the lookup: a positive whole number, or the Spanish reason it is not. */
export function folioError(text: string): string | undefined {
  const value = text.trim();
  if (!value) return "Escribe el folio de la póliza.";
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1) return "El folio es un número.";
  return undefined;
}

/**
 * "Cancelar una póliza desde aquí": asks for the folio, looks the policy up and opens the
 * policies feature's own cancel dialog for it.
 */
export function CancelByFolio() {
  const [askOpen, setAskOpen] = React.useState(false);
  const [policy, setPolicy] = React.useState<PolicyByFolio | null>(null);
  const refresh = useRefreshCancellations();
  return (
    <>
      <Button variant="destructive" onClick={() => setAskOpen(true)}>
        <Ban aria-hidden="true" />
        Cancelar una póliza
      </Button>
      <FolioDialog
        open={askOpen}
        onOpenChange={setAskOpen}
        onFound={(found) => {
          setAskOpen(false);
          setPolicy(found);
        }}
      />
      {policy ? (
        <CancelPolicyDialog
          policyId={policy.id}
          installments={policy.installments.length}
          open
          onOpenChange={(open) => {
            if (!open) {
              setPolicy(null);
              void refresh();
            }
          }}
        />
      ) : null}
    </>
  );
}

function FolioDialog({
  open,
  onOpenChange,
  onFound,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onFound: (policy: PolicyByFolio) => void;
}) {
  const [folio, setFolio] = React.useState("");
  const [touched, setTouched] = React.useState(false);
  const [lookupError, setLookupError] = React.useState<string | undefined>();
  const [pending, setPending] = React.useState(false);
  React.useEffect(() => {
    if (open) {
      setFolio("");
      setTouched(false);
      setLookupError(undefined);
      setPending(false);
    }
  }, [open]);
  const fieldError = touched ? folioError(folio) : undefined;

  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    setTouched(true);
    setLookupError(undefined);
    if (folioError(folio) || pending) return;
    const value = Number(folio.trim());
    setPending(true);
    try {
      const found = await fetchPolicyByFolio(value);
      if (found.status === "cancelled") {
        setLookupError(`La póliza ${found.folio} ya está cancelada.`);
        return;
      }
      onFound(found);
    } catch (error) {
      setLookupError(error instanceof ApiError && error.status === 404 ? `No existe una póliza con el folio ${value}.` : errorMessage(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Cancelar una póliza</DialogTitle>
          <DialogDescription>Escribe el folio de la póliza que se cancela; después eliges el motivo.</DialogDescription>
        </DialogHeader>
        <form className="grid gap-4" noValidate onSubmit={onSubmit}>
          <FormField id="cancel-folio" label="Folio de la póliza" required error={fieldError}>
            <Input
              inputMode="numeric"
              autoComplete="off"
              value={folio}
              onChange={(e) => {
                setFolio(e.target.value);
                setLookupError(undefined);
              }}
              onBlur={() => setTouched(true)}
            />
          </FormField>
          {lookupError ? <Alert variant="destructive">{lookupError}</Alert> : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              Volver
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? "Buscando…" : "Continuar"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
