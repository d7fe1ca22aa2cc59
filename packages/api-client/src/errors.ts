import type { components } from "./schema";

/** The error envelope every API failure uses: `{error, detail, fields}` (engineering.md §4). */
export type ErrorEnvelope = components["schemas"]["ErrorResponse"];

/** Codes the client itself produces when there is no envelope to read. */
export const NETWORK_ERROR = "NETWORK_ERROR";
export const UNEXPECTED_RESPONSE = "UNEXPECTED_RESPONSE";

/**
 * A failed API call: the HTTP status, the server's machine code (`RECEIPT_DUPLICATE`,
 * `INVALID_CREDENTIALS`...), its Spanish message, the per-field messages and, on 429, how many
 * seconds to wait (the `Retry-After` header).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly fields: Record<string, string>;
  readonly retryAfter: number | null;

  constructor(init: {
    status: number;
    code: string;
    detail: string;
    fields?: Record<string, string>;
    retryAfter?: number | null;
  }) {
    super(init.detail);
    this.name = "ApiError";
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail;
    this.fields = init.fields ?? {};
    this.retryAfter = init.retryAfter ?? null;
  }
}

export function isErrorEnvelope(value: unknown): value is ErrorEnvelope {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { error?: unknown }).error === "string" &&
    typeof (value as { detail?: unknown }).detail === "string"
  );
}

/** Seconds from a `Retry-After` header (delta-seconds or an HTTP date); null when absent. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number.parseInt(trimmed, 10);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** Builds the ApiError of a failed response from its parsed body (an envelope or anything else). */
export function apiErrorFrom(response: Response, body: unknown): ApiError {
  const retryAfter = parseRetryAfter(response.headers.get("Retry-After"));
  if (isErrorEnvelope(body)) {
    return new ApiError({
      status: response.status,
      code: body.error,
      detail: body.detail,
      fields: body.fields ?? {},
      retryAfter,
    });
  }
  return new ApiError({
    status: response.status,
    code: UNEXPECTED_RESPONSE,
    detail: `El servidor respondió con un error inesperado (${response.status}). Intenta de nuevo.`,
    retryAfter,
  });
}

export function networkError(cause: unknown): ApiError {
  const error = new ApiError({
    status: 0,
    code: NETWORK_ERROR,
    detail: "No se pudo conectar con el servidor. Revisa tu conexión e intenta de nuevo.",
  });
  (error as { cause?: unknown }).cause = cause;
  return error;
}
