import { create } from "zustand";

import type { Schemas } from "@protegrt/api-client";

export type Me = Schemas["MeOut"];

/**
 * - `unknown`: app load, the silent refresh has not answered yet
 * - `authenticated`: an access token is in memory
 * - `expired`: the session ended under an open page (refresh refused): the re-login dialog shows
 *   over the page, which keeps its state
 * - `anonymous`: no session (login pages, or after logout)
 */
export type SessionStatus = "unknown" | "authenticated" | "expired" | "anonymous";

interface SessionState {
  status: SessionStatus;
  /** In memory only: never localStorage or a readable cookie (engineering.md, Web). */
  accessToken: string | null;
  /** ms since the epoch, from `expires_in`. */
  expiresAt: number | null;
  user: Me | null;
  setSession: (token: string, expiresInSeconds: number, user?: Me | null) => void;
  setUser: (user: Me) => void;
  markExpired: () => void;
  clear: () => void;
}

export const useSessionStore = create<SessionState>((set) => ({
  status: "unknown",
  accessToken: null,
  expiresAt: null,
  user: null,
  setSession: (token, expiresInSeconds, user) =>
    set((s) => ({
      status: "authenticated",
      accessToken: token,
      expiresAt: Date.now() + expiresInSeconds * 1000,
      user: user === undefined ? s.user : user,
    })),
  setUser: (user) => set({ user }),
  markExpired: () => set((s) => (s.status === "authenticated" ? { status: "expired", accessToken: null } : {})),
  clear: () => set({ status: "anonymous", accessToken: null, expiresAt: null, user: null }),
}));

export const getAccessToken = () => useSessionStore.getState().accessToken;
