"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import type { Schemas } from "@protegrt/api-client";

import { api, unwrap } from "@/lib/api";

import { authKeys } from "./keys";
import { useSessionStore } from "./session-store";

export type LoginResult = Schemas["LoginResult"];
export type SessionRow = Schemas["SessionOut"];

// -- the login steps (public routes: a 401 there is an answer, not an expired session) --------

export const login = (body: Schemas["LoginInput"]) => unwrap(api.POST("/api/v1/auth/login", { body }));
export const verifyTwoFactor = (body: Schemas["VerifyTwoFactorInput"]) =>
  unwrap(api.POST("/api/v1/auth/verify-2fa", { body }));
export const enrollStart = (body: Schemas["EnrollStartInput"]) =>
  unwrap(api.POST("/api/v1/auth/2fa/enroll/start", { body }));
export const enrollConfirm = (body: Schemas["EnrollConfirmInput"]) =>
  unwrap(api.POST("/api/v1/auth/2fa/enroll/confirm", { body }));
export const changeRequiredPassword = (body: Schemas["PasswordChangeRequiredInput"]) =>
  unwrap(api.POST("/api/v1/auth/password/change-required", { body }));

// -- the signed-in user -----------------------------------------------------------------------

export function useMe(enabled = true) {
  const setUser = useSessionStore((s) => s.setUser);
  return useQuery({
    queryKey: authKeys.me(),
    enabled,
    queryFn: async () => {
      const me = await unwrap(api.GET("/api/v1/auth/me"));
      setUser(me);
      return me;
    },
    // Permissions change rarely; a focused tab re-reads them after 5 minutes.
    staleTime: 5 * 60_000,
  });
}

export function useMySessions() {
  return useQuery({
    queryKey: authKeys.sessions(),
    queryFn: () => unwrap(api.GET("/api/v1/auth/sessions")),
  });
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) =>
      unwrap(api.DELETE("/api/v1/auth/sessions/{session_id}", { params: { path: { session_id: sessionId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: authKeys.sessions() }),
  });
}

/** "Cerrar las demás": every session but this one (the API's logout-all would close mine too). */
export function useRevokeOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (sessions: SessionRow[]) => {
      const others = sessions.filter((s) => !s.current);
      const results = await Promise.allSettled(
        others.map((s) =>
          unwrap(api.DELETE("/api/v1/auth/sessions/{session_id}", { params: { path: { session_id: s.id } } })),
        ),
      );
      const failed = results.filter((r) => r.status === "rejected").length;
      if (failed) throw new Error(`No se pudieron cerrar ${failed} de ${others.length} sesiones.`);
      return others.length;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: authKeys.sessions() }),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: Schemas["PasswordChangeInput"]) => unwrap(api.POST("/api/v1/auth/password/change", { body })),
  });
}

export async function logoutRequest(): Promise<void> {
  try {
    await unwrap(api.POST("/api/v1/auth/logout"));
  } catch {
    // Already closed on the server (expired, revoked): ending it locally is all that is left.
  }
}
