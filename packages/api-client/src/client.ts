import createClient, { type Client, type Middleware } from "openapi-fetch";

import { apiErrorFrom, networkError } from "./errors";
import type { paths } from "./schema";

/** Routes where a 401 means "wrong credentials or expired step", never "refresh and retry". */
const NO_RETRY_PATHS: ReadonlySet<string> = new Set([
  "/api/v1/auth/login",
  "/api/v1/auth/login/mobile",
  "/api/v1/auth/refresh",
  "/api/v1/auth/verify-2fa",
  "/api/v1/auth/2fa/enroll/start",
  "/api/v1/auth/2fa/enroll/confirm",
  "/api/v1/auth/password/change-required",
  "/api/v1/auth/logout",
]);

export interface ApiClientOptions {
  /** `""` for the web admin (same origin, through the Next rewrite); the API's URL for the apps. */
  baseUrl: string;
  /** The current access token (kept in memory by the caller), or null when there is none. */
  getAccessToken: () => string | null | undefined;
  /**
   * Called once when an authenticated call answers 401: obtain a new access token (a silent
   * refresh) and return it, or null when the session cannot be renewed. The call is retried once
   * with the new token; with null the 401 is returned to the caller. Concurrent 401s each call
   * this, so it should share one refresh in flight (the web's session store does).
   */
  onUnauthorized?: () => Promise<string | null>;
  /** Extra headers on every request (e.g. `X-Device-ID` in the apps). */
  headers?: Record<string, string>;
  /** Defaults to globalThis.fetch; tests pass their own. */
  fetch?: typeof globalThis.fetch;
  /** Web: "same-origin" (the refresh cookie). Mobile: "omit". */
  credentials?: RequestCredentials;
}

export type ApiClient = Client<paths>;

/**
 * The typed client of the ProtegRT API (openapi-fetch over the generated `paths`). One middleware
 * adds `Authorization: Bearer <token>` and, on a 401 from an authenticated route, asks
 * `onUnauthorized` for a new token and repeats the request once (the body is kept from a clone
 * taken before sending).
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    fetch: options.fetch ?? ((input: Request) => globalThis.fetch(input)),
    headers: options.headers,
    credentials: options.credentials ?? "same-origin",
  });
  client.use(authMiddleware(options));
  return client;
}

function authMiddleware(options: ApiClientOptions): Middleware {
  // The untouched copy of each request, to repeat it after a refresh (its body is already read).
  const pending = new Map<string, Request>();

  return {
    onRequest({ request, schemaPath, id }) {
      const token = options.getAccessToken();
      if (token) request.headers.set("Authorization", `Bearer ${token}`);
      if (options.onUnauthorized && !NO_RETRY_PATHS.has(schemaPath)) {
        pending.set(id, request.clone());
      }
      return request;
    },
    async onResponse({ response, id, options: fetchOptions }) {
      const copy = pending.get(id);
      pending.delete(id);
      if (response.status !== 401 || !copy || !options.onUnauthorized) return undefined;
      const token = await options.onUnauthorized();
      if (!token) return undefined;
      copy.headers.set("Authorization", `Bearer ${token}`);
      return fetchOptions.fetch(copy);
    },
    onError({ id, error }) {
      pending.delete(id);
      return networkError(error);
    },
  };
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws an `ApiError` built from the
 * error envelope (status, code, Spanish detail, fields, Retry-After). For TanStack Query's
 * `queryFn` / `mutationFn`.
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw apiErrorFrom(response, error);
  return data as T;
}
