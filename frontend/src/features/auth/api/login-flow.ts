import { create } from "zustand";

import type { Schemas } from "@protegrt/api-client";

import { startSession } from "./session";

type LoginResult = Schemas["LoginResult"];

/** The pages of the login flow, in the (auth) route group. */
export const LOGIN_ROUTES = {
  login: "/login",
  twoFactor: "/login/verificacion",
  enrollment: "/login/inscripcion-2fa",
  passwordChange: "/login/cambiar-contrasena",
} as const;

interface LoginFlowState {
  /** The 5-minute token of the pending step (memory only). */
  tempToken: string | null;
  username: string | null;
  /** Where to go once signed in (the page that sent the person to /login). */
  next: string;
  /** Shown on /login when a step expired. */
  notice: string | null;
  begin: (username: string, next: string) => void;
  setTempToken: (token: string | null) => void;
  reset: (notice?: string | null) => void;
}

export const useLoginFlow = create<LoginFlowState>((set) => ({
  tempToken: null,
  username: null,
  next: "/",
  notice: null,
  begin: (username, next) => set({ username, next: safeNext(next), tempToken: null, notice: null }),
  setTempToken: (tempToken) => set({ tempToken }),
  reset: (notice = null) => set({ tempToken: null, notice }),
}));

/** Only a path of this app: never an absolute or protocol-relative URL (open redirect). */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.startsWith("/login")) {
    return "/";
  }
  return next;
}

/**
 * What to do with a login step's answer: keep the session and say where to go next. With `ok`
 * the session starts (the caller navigates to `next`); otherwise the temp token is kept for the
 * step's page.
 */
export function routeLoginResult(result: LoginResult): string {
  const flow = useLoginFlow.getState();
  switch (result.status) {
    case "ok":
      if (!result.access_token || !result.expires_in) throw new Error("La respuesta del inicio de sesión no trae token.");
      startSession({ access_token: result.access_token, expires_in: result.expires_in, user: result.user ?? null });
      flow.setTempToken(null);
      return flow.next;
    case "requires_2fa":
      flow.setTempToken(result.temp_token ?? null);
      return LOGIN_ROUTES.twoFactor;
    case "enrollment_required":
      flow.setTempToken(result.temp_token ?? null);
      return LOGIN_ROUTES.enrollment;
    case "password_change_required":
      flow.setTempToken(result.temp_token ?? null);
      return LOGIN_ROUTES.passwordChange;
  }
}

/** A step refused because its temp token expired: back to /login with a notice. */
export const STEP_EXPIRED_CODES = new Set(["TEMP_TOKEN_INVALID"]);
