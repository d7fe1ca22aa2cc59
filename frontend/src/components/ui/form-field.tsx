"use client";

import * as React from "react";

import { cn } from "@/lib/utils";

import { Label } from "./label";

interface FormFieldProps {
  /** The control's id: the label points at it and the error is tied to it. */
  id: string;
  label: React.ReactNode;
  required?: boolean;
  /** The message shown under the control (client validation or the server's `fields`). */
  error?: string | undefined;
  hint?: React.ReactNode;
  className?: string;
  /** The control. It receives `aria-invalid` and `aria-describedby` when there is an error. */
  children: React.ReactElement<{ "aria-invalid"?: boolean; "aria-describedby"?: string; id?: string }>;
}

/** Label (with the required asterisk), the control and its inline error (screens.md §1.0). */
export function FormField({ id, label, required, error, hint, className, children }: FormFieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("grid gap-1.5", className)} data-slot="form-field">
      <Label htmlFor={id}>
        {label}
        {required ? (
          <span aria-hidden="true" className="text-destructive">
            *
          </span>
        ) : null}
      </Label>
      {React.cloneElement(children, {
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy,
      })}
      {hint && !error ? (
        <p id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} role="alert" className="text-xs font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
