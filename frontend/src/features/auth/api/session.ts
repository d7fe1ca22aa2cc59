import type { Schemas } from "@protegrt/api-client";

import { useSessionStore } from "./session-store";

/** Renew this long before the access token expires (it lives 15 minutes). */
const REFRESH_MARGIN_MS = 60_000;
const REFRESH_URL = "/api/v1/auth/refresh";

let inflight: Promise<string | null> | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let reloginWaiters: ((token: string | null) => void)[] = [];

/**
 * A new access token from the httpOnly refresh cookie, or null when the session is over. One
 * request at a time: concurrent callers (several 401s, the timer, a focused tab) share it, so the
 * rotating refresh token is used once.
 */
export function refreshAccessToken(): Promise<string | null> {
  inflight ??= doRefresh().finally(() => {
    inflight = null;
  });
  return inflight;
}

async function doRefresh(): Promise<string | null> {
  let response: Response;
  try {
    // Same origin: the browser sends the SameSite=Strict cookie (Path=/api/v1/auth) by itself.
    response = await fetch(REFRESH_URL, { method: "POST", credentials: "same-origin" });
  } catch {
    return null; // offline: the caller decides (a later attempt or the re-login dialog)
  }
  if (!response.ok) return null;
  const body = (await response.json()) as Schemas["TokenResponse"];
  useSessionStore.getState().setSession(body.access_token, body.expires_in);
  scheduleRefresh(body.expires_in);
  return body.access_token;
}

/** Renews the token shortly before it expires, so an idle page never meets a 401. */
export function scheduleRefresh(expiresInSeconds: number): void {
  if (timer) clearTimeout(timer);
  const delay = Math.max(5_000, expiresInSeconds * 1000 - REFRESH_MARGIN_MS);
  timer = setTimeout(() => {
    void refreshAccessToken().then((token) => {
      if (!token) useSessionStore.getState().markExpired();
    });
  }, delay);
}

/** A timer in a background tab may fire late: check again when the tab comes back. */
export function refreshIfStale(): void {
  const { status, expiresAt } = useSessionStore.getState();
  if (status === "authenticated" && expiresAt !== null && expiresAt - Date.now() < REFRESH_MARGIN_MS) {
    void refreshAccessToken().then((token) => {
      if (!token) useSessionStore.getState().markExpired();
    });
  }
}

/** Stores a session the login flow (or the re-login dialog) just obtained. */
export function startSession(result: { access_token: string; expires_in: number; user?: Schemas["MeOut"] | null }) {
  useSessionStore.getState().setSession(result.access_token, result.expires_in, result.user ?? undefined);
  scheduleRefresh(result.expires_in);
  const waiters = reloginWaiters;
  reloginWaiters = [];
  for (const resolve of waiters) resolve(result.access_token);
}

/**
 * The API client's answer to a 401: a silent refresh; when that is refused under an open page,
 * the session is marked expired (the re-login dialog opens over the page) and the call waits
 * for the person to sign in again, then is retried, so a half-filled form is not lost.
 */
export async function onUnauthorized(): Promise<string | null> {
  const token = await refreshAccessToken();
  if (token) return token;
  const store = useSessionStore.getState();
  if (store.status !== "authenticated" && store.status !== "expired") return null;
  store.markExpired();
  return new Promise((resolve) => reloginWaiters.push(resolve));
}

/** Ends the session locally (after the API's logout, or when the person gives up re-login). */
export function endSession(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  const waiters = reloginWaiters;
  reloginWaiters = [];
  for (const resolve of waiters) resolve(null);
  useSessionStore.getState().clear();
}
