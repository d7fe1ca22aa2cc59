import type { QueryKey } from "@tanstack/react-query";

/**
 * The Socket.IO events the API emits after a commit (backend/app/realtime/handlers.py) and the
 * cached queries each one makes stale. Payloads carry ids, never the data itself: the screens
 * refetch what they show.
 */
export const SOCKET_EVENTS = [
  "proposal:new",
  "proposal:approved",
  "proposal:rejected",
  "payment:completed",
  "policy:status_change",
  "policy_submission:new",
  "cash:delivered",
] as const;

export type SocketEvent = (typeof SOCKET_EVENTS)[number];

/** Permissions whose holders have screens that listen (the API's rooms, minus the common payments.read). */
export const REALTIME_PERMISSIONS = ["proposals.read", "policies.approve_submission", "dashboard.read", "cash.confirm"] as const;

const AUTHORIZATION: QueryKey = ["authorization"];

function policyId(payload: unknown): number | null {
  if (payload && typeof payload === "object" && "policy_id" in payload) {
    const id = Number((payload as { policy_id: unknown }).policy_id);
    return Number.isInteger(id) && id > 0 ? id : null;
  }
  return null;
}

/** The query keys to invalidate when `event` arrives (prefixes: TanStack matches by prefix). */
export function invalidationsFor(event: SocketEvent, payload: unknown): QueryKey[] {
  const policy = policyId(payload);
  const policyKeys: QueryKey[] = policy ? [["policies", "detail", policy], ["policies", "history", policy], ["policies", "list"]] : [["policies"]];
  switch (event) {
    case "proposal:new":
    case "proposal:rejected":
    case "policy_submission:new":
      return [AUTHORIZATION];
    case "proposal:approved":
      return [AUTHORIZATION, ...policyKeys, ["payments"], ["cash"]];
    case "payment:completed":
      return [...policyKeys, ["payments"]];
    case "policy:status_change":
      return policyKeys;
    case "cash:delivered":
      return [["cash"]];
  }
}
