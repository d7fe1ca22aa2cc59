"use client";

import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { errorMessage } from "@/lib/errors";

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: React.ReactNode;
  description: React.ReactNode;
  /** The confirming button's label (also its accessible name). */
  confirmLabel: string;
  /** Shown on the confirming button while the write is in flight. */
  pendingLabel?: string;
  /** Red confirming button (default); false for a non-destructive confirmation. */
  destructive?: boolean;
  /** The write is in flight: both buttons are disabled and the dialog cannot be closed. */
  pending: boolean;
  /** The refusal to show above the buttons (errorMessage); null/undefined shows nothing. */
  error?: unknown;
  onConfirm: () => void;
  /** Extra fields between the description and the buttons (e.g. a date). */
  children?: React.ReactNode;
}

/** "Are you sure?" for an action: what it does, the refusal if any, "Volver" and the button that does it. */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  pendingLabel = "Un momento…",
  destructive = true,
  pending,
  error,
  onConfirm,
  children,
}: ConfirmDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(next) => (pending ? null : onOpenChange(next))}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        {children}
        {error ? <Alert variant="destructive">{errorMessage(error)}</Alert> : null}
        <DialogFooter>
          <Button variant="outline" disabled={pending} onClick={() => onOpenChange(false)}>
            Volver
          </Button>
          <Button variant={destructive ? "destructive" : "default"} disabled={pending} onClick={onConfirm}>
            {pending ? pendingLabel : confirmLabel}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
