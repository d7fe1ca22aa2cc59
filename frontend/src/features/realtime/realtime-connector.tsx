"use client";

import { useQueryClient } from "@tanstack/react-query";
import * as React from "react";

import { getAccessToken, useSessionStore } from "@/features/auth/api/session-store";
import { canAny } from "@/lib/permissions";

import { invalidationsFor, REALTIME_PERMISSIONS, SOCKET_EVENTS } from "./events";

/** Same origin: src/proxy.ts forwards /ws/* (polling and the WebSocket upgrade) to the API. */
export const SOCKET_PATH = "/ws/socket.io";
const RETRY_MS = 5_000;

/** The connection's state on <html data-realtime data-realtime-transport> (support and e2e tests). */
function mark(state: "connected" | "disconnected" | null, transport?: string) {
  const root = document.documentElement;
  if (state === null) {
    delete root.dataset["realtime"];
    delete root.dataset["realtimeTransport"];
    return;
  }
  root.dataset["realtime"] = state;
  if (transport) root.dataset["realtimeTransport"] = transport;
}

/**
 * One Socket.IO connection per signed-in session, opened by the dashboard shell for users whose
 * screens listen (reviewers, managers, cash office). socket.io-client is imported on demand, so
 * nobody else downloads it. Every event invalidates the TanStack queries it affects; a
 * (re)connection invalidates the authorization queries too, in case something was missed.
 * The token goes in the handshake's `auth` (read on every attempt, so a reconnection after a
 * refresh carries the new one); a refused handshake (expired token) is retried after a pause.
 */
export function RealtimeConnector() {
  const qc = useQueryClient();
  const userId = useSessionStore((s) => s.user?.id ?? null);
  const listens = useSessionStore((s) => canAny(s.user, REALTIME_PERMISSIONS));
  const authenticated = useSessionStore((s) => s.status === "authenticated");

  React.useEffect(() => {
    if (!authenticated || userId === null || !listens) return;
    let cancelled = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let disconnect: (() => void) | undefined;
    void import("socket.io-client").then(({ io }) => {
      if (cancelled) return;
      const socket = io({
        path: SOCKET_PATH,
        // Next answers "/ws/socket.io/" with a 308 to the slash-less path, and a WebSocket
        // handshake cannot follow a redirect.
        addTrailingSlash: false,
        auth: (cb) => cb({ token: getAccessToken() ?? "" }),
        reconnectionDelayMax: 30_000,
      });
      for (const event of SOCKET_EVENTS) {
        socket.on(event, (payload: unknown) => {
          for (const queryKey of invalidationsFor(event, payload)) void qc.invalidateQueries({ queryKey });
        });
      }
      let connectedBefore = false;
      socket.on("connect", () => {
        if (connectedBefore) void qc.invalidateQueries({ queryKey: ["authorization"] });
        connectedBefore = true;
        mark("connected", socket.io.engine.transport.name);
        socket.io.engine.once("upgrade", (transport: { name: string }) => mark("connected", transport.name));
      });
      socket.on("disconnect", () => mark("disconnected"));
      socket.on("connect_error", () => {
        // Refused by the server (not a network drop): socket.io does not retry by itself.
        if (!socket.active && !cancelled) {
          clearTimeout(retry);
          retry = setTimeout(() => socket.connect(), RETRY_MS);
        }
      });
      disconnect = () => {
        socket.removeAllListeners();
        socket.disconnect();
        mark(null);
      };
    });
    return () => {
      cancelled = true;
      clearTimeout(retry);
      disconnect?.();
    };
  }, [authenticated, userId, listens, qc]);

  return null;
}
