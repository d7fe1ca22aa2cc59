"use client";

import * as React from "react";

import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";

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
    <Dialog open={asking} onOpenChange={setAsking}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>¿Descartar los cambios?</DialogTitle>
          <DialogDescription>Hay datos sin guardar en el formulario. Si sales ahora, se pierden.</DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <Button variant="outline" onClick={() => setAsking(false)}>
            Seguir editando
          </Button>
          <Button
            variant="destructive"
            onClick={() => {
              setAsking(false);
              setDirty(false);
              onOpenChange(false);
            }}
          >
            Descartar cambios
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
  return { setDirty, requestClose, handleOpenChange, dialog };
}
