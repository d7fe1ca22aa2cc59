"use client";

import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/errors";

import { type ReceiptRow, useCancelReceipt, useMarkLost } from "../api/queries";
import { RECEIPT_STATUS, cancelReversesPayment, reasonError } from "../lib/receipt-forms";

const textareaClass =
  "min-h-20 w-full rounded-md border border-input bg-card px-3 py-2 text-sm shadow-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring aria-[invalid=true]:border-destructive";

interface ActionDialogProps {
  receipt: ReceiptRow | null;
  onOpenChange: (open: boolean) => void;
}

/** Marcar extraviado: an assigned receipt, with the reason (audited). */
export function MarkLostDialog({ receipt, onOpenChange }: ActionDialogProps) {
  const markLost = useMarkLost();
  const [reason, setReason] = React.useState("");
  const [error, setError] = React.useState<string | undefined>();
  const open = receipt !== null;
  React.useEffect(() => {
    if (open) {
      setReason("");
      setError(undefined);
      markLost.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset on open only
  }, [open]);
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Marcar recibo extraviado</DialogTitle>
          <DialogDescription>
            El recibo {receipt?.number} de {receipt?.collector_name ?? "OFICINA"} queda extraviado: ya no se podrá usar en un pago.
          </DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const found = reasonError(reason);
            setError(found);
            if (found || !receipt) return;
            markLost.mutate(
              { id: receipt.id, reason: reason.trim() },
              {
                onSuccess: (r) => {
                  toast.success(`Recibo ${r.number} marcado como extraviado`);
                  onOpenChange(false);
                },
              },
            );
          }}
        >
          <FormField id="lost-reason" label="Motivo" required error={error}>
            <textarea className={textareaClass} value={reason} onChange={(e) => setReason(e.target.value)} />
          </FormField>
          {markLost.error ? <Alert variant="destructive">{errorMessage(markLost.error)}</Alert> : null}
          <DialogFooter>
            <Button variant="outline" onClick={() => onOpenChange(false)}>
              Volver
            </Button>
            <Button type="submit" variant="destructive" disabled={markLost.isPending}>
              {markLost.isPending ? "Guardando…" : "Marcar extraviado"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

/**
 * Cancelar recibo. Unassigned/assigned: "cancelado sin entregar". Used/delivered: the payment that
 * used it is reversed in the same operation (the receipt ends "cancelado"), which the user must
 * acknowledge.
 */
export function CancelReceiptDialog({ receipt, onOpenChange }: ActionDialogProps) {
  const cancel = useCancelReceipt();
  const [reason, setReason] = React.useState("");
  const [ack, setAck] = React.useState(false);
  const [errors, setErrors] = React.useState<{ reason?: string; ack?: string }>({});
  const open = receipt !== null;
  React.useEffect(() => {
    if (open) {
      setReason("");
      setAck(false);
      setErrors({});
      cancel.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset on open only
  }, [open]);
  const reverses = receipt ? cancelReversesPayment(receipt.status) : false;
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Cancelar recibo</DialogTitle>
          <DialogDescription>
            {receipt
              ? reverses
                ? `El recibo ${receipt.number} está ${RECEIPT_STATUS[receipt.status].label.toLowerCase()}: al cancelarlo se revierte el pago que lo usó${receipt.policy_folio ? ` (póliza ${receipt.policy_folio})` : ""} y la mensualidad vuelve a quedar pendiente.`
                : `El recibo ${receipt.number} queda cancelado sin entregar y ya no se podrá usar.`
              : null}
          </DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const found = { reason: reasonError(reason), ack: reverses && !ack ? "Confirma que se revertirá el pago." : undefined };
            setErrors(found);
            if (found.reason || found.ack || !receipt) return;
            cancel.mutate(
              { id: receipt.id, reason: reason.trim() },
              {
                onSuccess: (r) => {
                  toast.success(`Recibo ${r.number} cancelado`, reverses ? "El pago que lo usó se revirtió." : undefined);
                  onOpenChange(false);
                },
              },
            );
          }}
        >
          <FormField id="cancel-receipt-reason" label="Motivo" required error={errors.reason}>
            <textarea className={textareaClass} value={reason} onChange={(e) => setReason(e.target.value)} />
          </FormField>
          {reverses ? (
            <div className="grid gap-1">
              <div className="flex items-center gap-2">
                <Checkbox id="cancel-receipt-ack" checked={ack} onCheckedChange={(v) => setAck(v === true)} aria-invalid={errors.ack ? true : undefined} />
                <Label htmlFor="cancel-receipt-ack">Revertir el pago que usó este recibo</Label>
              </div>
              {errors.ack ? (
                <p role="alert" className="text-xs font-medium text-destructive">
                  {errors.ack}
                </p>
              ) : null}
            </div>
          ) : null}
          {cancel.error ? <Alert variant="destructive">{errorMessage(cancel.error)}</Alert> : null}
          <DialogFooter>
            <Button variant="outline" onClick={() => onOpenChange(false)}>
              Volver
            </Button>
            <Button type="submit" variant="destructive" disabled={cancel.isPending}>
              {cancel.isPending ? "Cancelando…" : "Cancelar recibo"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
