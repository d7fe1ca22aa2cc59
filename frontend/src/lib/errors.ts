import { ApiError } from "@protegrt/api-client";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

import { formatWait } from "./format";

/** The Spanish sentence to show for a failed call (the envelope's detail, or ours). */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429 && error.retryAfter !== null) return rateLimitMessage(error, error.retryAfter);
    return error.detail;
  }
  if (error instanceof Error && error.message) return error.message;
  return "Ocurrió un error inesperado. Intenta de nuevo.";
}

/** 429: the server's reason, with the wait taken from Retry-After instead of "unos minutos". */
export function rateLimitMessage(error: ApiError, seconds: number): string {
  const wait = formatWait(seconds);
  if (error.code === "ACCOUNT_LOCKED") {
    return `La cuenta está bloqueada temporalmente por demasiados intentos fallidos. Podrás intentarlo de nuevo en ${wait}, o avisa al administrador.`;
  }
  if (error.code === "RATE_LIMITED") {
    return `Demasiados intentos fallidos. Podrás intentarlo de nuevo en ${wait}.`;
  }
  return `${error.detail} Podrás intentarlo de nuevo en ${wait}.`;
}

/**
 * Puts the server's per-field messages (`fields`) on the form's fields; returns the message for
 * the form itself (the detail), or null when every message found its field.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  knownFields: readonly Path<T>[],
): string | null {
  if (!(error instanceof ApiError)) return errorMessage(error);
  let placed = 0;
  const entries = Object.entries(error.fields);
  for (const [field, message] of entries) {
    if ((knownFields as readonly string[]).includes(field)) {
      setError(field as Path<T>, { type: "server", message });
      placed += 1;
    }
  }
  if (placed > 0 && placed === entries.length && error.status === 422) return null;
  return errorMessage(error);
}
