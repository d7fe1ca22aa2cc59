"use client";

/**
 * The onOpenChange of a dialog with a form: closing it with unsaved changes asks first
 * (screens.md §1.0 "confirm before discarding"); nothing closes while a write is in flight.
 */
export function guardedClose(onOpenChange: (open: boolean) => void, dirty: boolean, busy = false) {
  return (open: boolean) => {
    if (open) return onOpenChange(true);
    if (busy) return;
    if (dirty && !window.confirm("¿Descartar los cambios? Lo que escribiste no se guardará.")) return;
    onOpenChange(false);
  };
}

export const textareaClass =
  "min-h-20 w-full rounded-md border border-input bg-card px-3 py-2 text-sm shadow-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring aria-[invalid=true]:border-destructive";
