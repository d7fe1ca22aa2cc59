import { createApiClient } from "@protegrt/api-client";

import { onUnauthorized } from "@/features/auth/api/session";
import { getAccessToken } from "@/features/auth/api/session-store";

/**
 * The web admin's API client. Same origin (`baseUrl: ""`): src/proxy.ts forwards /api/v1/* to
 * the backend. The access token comes from memory; a 401 triggers one silent refresh (or the
 * re-login dialog) and a retry.
 */
export const api = createApiClient({
  // Absolute for fetch implementations that refuse relative URLs (tests); same origin anyway.
  baseUrl: typeof window === "undefined" ? "" : window.location.origin,
  getAccessToken,
  onUnauthorized,
  credentials: "same-origin",
});

export { ApiError, unwrap } from "@protegrt/api-client";
