"use client";

import * as React from "react";

import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";

export interface DiscardDialogProps {
  open: boolean;
  /** "Seguir editando" (and Escape / click outside): back to the form. */
  onKeep: () => void;
  /** The changes are thrown away. */
  onDiscard: () => void;
  description?: string;
  discardLabel?: string;
}

/** "¿Descartar los cambios?" before closing a form that has unsaved changes (screens.md §1.0). */
export function DiscardDialog({
  open,
  onKeep,
  onDiscard,
  description = "Hay cambios sin guardar que se perderán.",
  discardLabel = "Descartar",
}: DiscardDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(o) => (o ? null : onKeep())}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>¿Descartar los cambios?</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <Button variant="outline" onClick={onKeep}>
            Seguir editando
          </Button>
          <Button variant="destructive" onClick={onDiscard}>
            {discardLabel}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

/**
 * A drawer's open state that asks before throwing away a form with changes (screens.md §1.0:
 * confirm before discarding). `requestClose` closes at once when the form is clean.
 */
export function useDiscardGuard(onOpenChange: (open: boolean) => void) {
  const [dirty, setDirty] = React.useState(false);
  const [asking, setAsking] = React.useState(false);
  const requestClose = React.useCallback(() => {
    if (dirty) setAsking(true);
    else onOpenChange(false);
  }, [dirty, onOpenChange]);
  const handleOpenChange = React.useCallback(
    (open: boolean) => {
      if (open) onOpenChange(true);
      else requestClose();
    },
    [onOpenChange, requestClose],
  );
  const dialog = (
    <DiscardDialog
      open={asking}
      onKeep={() => setAsking(false)}
      onDiscard={() => {
        setAsking(false);
        setDirty(false);
        onOpenChange(false);
      }}
      description="Hay datos sin guardar en el formulario. Si sales ahora, se pierden."
      discardLabel="Descartar cambios"
    />
  );
  return { setDirty, requestClose, handleOpenChange, dialog };
}
