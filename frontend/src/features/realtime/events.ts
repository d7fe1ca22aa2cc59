import type { QueryKey } from "@tanstack/react-query";

import { authorizationKeys } from "@/features/authorizations/api/keys";

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
  "policy_submission:claimed",
  "policy_submission:approved",
  "policy_submission:rejected",
  "cash:delivered",
] as const;

export type SocketEvent = (typeof SOCKET_EVENTS)[number];

/** Permissions whose holders have screens that listen (the API's rooms, minus the common payments.read). */
export const REALTIME_PERMISSIONS = ["proposals.read", "policies.approve_submission", "dashboard.read", "cash.confirm"] as const;

const AUTHORIZATION: QueryKey = ["authorization"];

function idOf(payload: unknown, key: "policy_id" | "submission_id"): number | null {
  if (payload && typeof payload === "object" && key in payload) {
    const id = Number((payload as Record<string, unknown>)[key]);
    return Number.isInteger(id) && id > 0 ? id : null;
  }
  return null;
}

/** A submission event: the menu's pending counter, the submission lists and that submission's detail. */
function submissionKeys(payload: unknown): QueryKey[] {
  const submission = idOf(payload, "submission_id");
  const submissions: QueryKey[] = submission
    ? [[...authorizationKeys.submissions(), "list"], authorizationKeys.submission(submission)]
    : [authorizationKeys.submissions()];
  return [authorizationKeys.pending(), ...submissions];
}

/** The query keys to invalidate when `event` arrives (prefixes: TanStack matches by prefix). */
export function invalidationsFor(event: SocketEvent, payload: unknown): QueryKey[] {
  const policy = idOf(payload, "policy_id");
  const policyKeys: QueryKey[] = policy ? [["policies", "detail", policy], ["policies", "history", policy], ["policies", "list"]] : [["policies"]];
  switch (event) {
    case "proposal:new":
    case "proposal:rejected":
      return [AUTHORIZATION];
    case "policy_submission:new":
    case "policy_submission:claimed":
    case "policy_submission:rejected":
      return submissionKeys(payload);
    case "policy_submission:approved":
      // the approval created a policy: the policy lists show it
      return [...submissionKeys(payload), ["policies", "list"]];
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
