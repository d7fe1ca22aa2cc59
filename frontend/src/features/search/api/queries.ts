"use client";

import { useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api";
import { can, type PermissionHolder } from "@/lib/permissions";

export const MIN_QUERY = 2;
const LIMIT = 5;

export const searchKeys = {
  all: ["search"] as const,
  clients: (q: string) => [...searchKeys.all, "clients", q] as const,
  policies: (q: string, own: boolean) => [...searchKeys.all, "policies", own ? "mine" : "all", q] as const,
};

/**
 * The header's search: clients (name, phone, RFC: fuzzy, accent-insensitive) and policies (folio,
 * contract folio, plates, VIN, client), each only for someone who may read them. A seller who
 * reads only their own policies searches /policies/mine.
 */
export function useGlobalSearch(q: string, user: PermissionHolder) {
  const term = q.trim();
  const enabled = term.length >= MIN_QUERY;
  const readsAllPolicies = can(user, "policies.read");
  const readsOwnPolicies = !readsAllPolicies && can(user, "policies.read_own");

  const clients = useQuery({
    queryKey: searchKeys.clients(term),
    enabled: enabled && can(user, "clients.read"),
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/clients", { params: { query: { q: term, size: LIMIT, sort: "relevance" } }, signal })),
    staleTime: 30_000,
  });
  const policies = useQuery({
    queryKey: searchKeys.policies(term, readsOwnPolicies),
    enabled: enabled && (readsAllPolicies || readsOwnPolicies),
    queryFn: ({ signal }) =>
      unwrap(
        readsOwnPolicies
          ? api.GET("/api/v1/policies/mine", { params: { query: { q: term, size: LIMIT } }, signal })
          : api.GET("/api/v1/policies", { params: { query: { q: term, size: LIMIT } }, signal }),
      ),
    staleTime: 30_000,
  });
  return { clients, policies, enabled };
}

/** Who may use the search at all (no box for someone who can read neither). */
export function canSearch(user: PermissionHolder): boolean {
  return can(user, "clients.read") || can(user, "policies.read") || can(user, "policies.read_own");
}
