"use client";

import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import { ApiError } from "@/lib/api";
import { errorMessage } from "@/lib/errors";
import { formatMoney } from "@/lib/format";

import { type Proposal, useApproveProposal, useApproveWithCorrections, useRejectProposal } from "../api/queries";
import { type CorrectionErrors, type CorrectionForm, correctionBody, rejectReasonError, validateCorrections } from "../lib/proposal-rules";

export const textareaClass =
  "min-h-20 w-full rounded-md border border-input bg-card px-3 py-2 text-sm shadow-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring aria-[invalid=true]:border-destructive";

interface DialogProps {
  proposal: Proposal;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Confirm before discarding what was typed in a dialog. */
function confirmDiscard(dirty: boolean): boolean {
  return !dirty || window.confirm("¿Descartar lo que escribiste?");
}

/** Aprobar: applies the payment (cannot be undone here); notes optional. */
export function ApproveDialog({ proposal, open, onOpenChange }: DialogProps) {
  const approve = useApproveProposal(proposal.id);
  const [notes, setNotes] = React.useState("");
  React.useEffect(() => {
    if (open) {
      setNotes("");
      approve.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset on open only
  }, [open]);
  const close = (next: boolean) => {
    if (!next && !confirmDiscard(notes.trim() !== "")) return;
    onOpenChange(next);
  };
  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Aprobar propuesta</DialogTitle>
          <DialogDescription>
            Se aplica el pago de {formatMoney(proposal.amount)} a la póliza {proposal.folio} (pago {proposal.payment_number}) con el recibo{" "}
            {proposal.receipt_number}. La aprobación no se puede deshacer desde aquí.
          </DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (notes.length > 500) return;
            approve.mutate(
              { notes: notes.trim() || null },
              {
                onSuccess: () => {
                  toast("Propuesta aprobada y pago aplicado", { variant: "success" });
                  onOpenChange(false);
                },
              },
            );
          }}
        >
          <FormField id="approve-notes" label="Notas" error={notes.length > 500 ? "Las notas admiten como máximo 500 caracteres." : undefined}>
            <textarea className={textareaClass} value={notes} onChange={(e) => setNotes(e.target.value)} />
          </FormField>
          {approve.error ? <Alert variant="destructive">{errorMessage(approve.error)}</Alert> : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => close(false)}>
              Volver
            </Button>
            <Button type="submit" disabled={approve.isPending}>
              {approve.isPending ? "Aprobando…" : "Aprobar y aplicar el pago"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

const EMPTY_CORRECTION: CorrectionForm = { amount: "", receiptNumber: "", notes: "" };

/** Corregir y aprobar: a corrected amount and/or receipt number, then the payment is applied. */
export function CorrectDialog({
  proposal,
  open,
  onOpenChange,
  threshold,
  mayApproveHigh,
}: DialogProps & { threshold: string | null | undefined; mayApproveHigh: boolean }) {
  const approve = useApproveWithCorrections(proposal.id);
  const [form, setForm] = React.useState<CorrectionForm>(EMPTY_CORRECTION);
  const [errors, setErrors] = React.useState<CorrectionErrors>({});
  const [submitted, setSubmitted] = React.useState(false);
  React.useEffect(() => {
    if (open) {
      setForm(EMPTY_CORRECTION);
      setErrors({});
      setSubmitted(false);
      approve.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset on open only
  }, [open]);
  const original = { amount: proposal.amount, receipt_number: proposal.receipt_number };
  const opts = { threshold, mayApproveHigh };
  const set = (key: keyof CorrectionForm, value: string) => {
    const next = { ...form, [key]: value };
    setForm(next);
    if (submitted) setErrors(validateCorrections(next, original, opts)); // live once tried
  };
  const dirty = form.amount !== "" || form.receiptNumber !== "" || form.notes !== "";
  const close = (next: boolean) => {
    if (!next && !confirmDiscard(dirty)) return;
    onOpenChange(next);
  };
  const serverFields = approve.error instanceof ApiError ? approve.error.fields : {};
  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Corregir y aprobar</DialogTitle>
          <DialogDescription>
            Registrado: {formatMoney(proposal.amount)} con el recibo {proposal.receipt_number}. Escribe solo lo que cambia.
          </DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setSubmitted(true);
            const found = validateCorrections(form, original, opts);
            setErrors(found);
            if (Object.keys(found).length) return;
            approve.mutate(correctionBody(form, original), {
              onSuccess: () => {
                toast("Propuesta corregida y aprobada", { variant: "success" });
                onOpenChange(false);
              },
            });
          }}
        >
          <FormField id="correct-amount" label="Monto corregido" error={errors.amount ?? serverFields["amount"]} hint={`Original: ${formatMoney(proposal.amount)}`}>
            <Input inputMode="decimal" value={form.amount} onChange={(e) => set("amount", e.target.value)} />
          </FormField>
          <FormField
            id="correct-receipt"
            label="Número de recibo corregido"
            error={errors.receiptNumber ?? serverFields["receipt_number"]}
            hint={`Original: ${proposal.receipt_number}`}
          >
            <Input value={form.receiptNumber} onChange={(e) => set("receiptNumber", e.target.value)} />
          </FormField>
          <FormField id="correct-notes" label="Notas" error={errors.notes}>
            <textarea className={textareaClass} value={form.notes} onChange={(e) => set("notes", e.target.value)} />
          </FormField>
          {errors.form ? <Alert variant="destructive">{errors.form}</Alert> : null}
          {approve.error ? <Alert variant="destructive">{errorMessage(approve.error)}</Alert> : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => close(false)}>
              Volver
            </Button>
            <Button type="submit" disabled={approve.isPending}>
              {approve.isPending ? "Aprobando…" : "Corregir y aprobar"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

/** Rechazar: the reason is required (the collector sees it). */
export function RejectDialog({ proposal, open, onOpenChange }: DialogProps) {
  const reject = useRejectProposal(proposal.id);
  const [reason, setReason] = React.useState("");
  const [error, setError] = React.useState<string | undefined>();
  const [submitted, setSubmitted] = React.useState(false);
  React.useEffect(() => {
    if (open) {
      setReason("");
      setError(undefined);
      setSubmitted(false);
      reject.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset on open only
  }, [open]);
  const close = (next: boolean) => {
    if (!next && !confirmDiscard(reason.trim() !== "")) return;
    onOpenChange(next);
  };
  const serverFields = reject.error instanceof ApiError ? reject.error.fields : {};
  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Rechazar propuesta</DialogTitle>
          <DialogDescription>
            Propuesta de {formatMoney(proposal.amount)} de {proposal.author_name} para la póliza {proposal.folio}. El cobrador verá el motivo.
          </DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setSubmitted(true);
            const found = rejectReasonError(reason);
            setError(found);
            if (found) return;
            reject.mutate(
              { reason: reason.trim() },
              {
                onSuccess: () => {
                  toast("Propuesta rechazada", { variant: "success" });
                  onOpenChange(false);
                },
              },
            );
          }}
        >
          <FormField id="reject-reason" label="Motivo del rechazo" required error={error ?? serverFields["reason"]} hint="Al menos 5 caracteres.">
            <textarea
              className={textareaClass}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                if (submitted) setError(rejectReasonError(e.target.value));
              }}
            />
          </FormField>
          {reject.error ? <Alert variant="destructive">{errorMessage(reject.error)}</Alert> : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => close(false)}>
              Volver
            </Button>
            <Button type="submit" variant="destructive" disabled={reject.isPending}>
              {reject.isPending ? "Rechazando…" : "Rechazar propuesta"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
