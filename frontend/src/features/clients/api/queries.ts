"use client";

import type { Schemas } from "@protegrt/api-client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api";

import { type ClientListParams, clientKeys } from "./keys";

type ClientSort = "relevance" | "name" | "-name" | "created_at" | "-created_at";
const SORTS: readonly string[] = ["relevance", "name", "-name", "created_at", "-created_at"];

export function useClients(params: ClientListParams) {
  // The API searches from two characters on; a shorter text lists everyone.
  const q = params.q.trim().length >= 2 ? params.q.trim() : null;
  return useQuery({
    queryKey: clientKeys.list(params),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/clients", {
          params: {
            query: {
              page: params.page,
              size: params.size,
              sort: params.sort && SORTS.includes(params.sort) ? (params.sort as ClientSort) : null,
              q,
              has_active_policy: params.hasActivePolicy === "" ? null : params.hasActivePolicy === "true",
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useClient(id: number) {
  return useQuery({
    queryKey: clientKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/clients/{client_id}", { params: { path: { client_id: id } }, signal })),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export type Municipality = Schemas["MunicipalityRead"];

/** "Zapopan, Jalisco": how a municipality reads everywhere. */
export const municipalityLabel = (m: { name: string; state: string }) => `${m.name}, ${m.state}`;

/** The municipalities catalogue, searched on the server (accents and case ignored); the first 100 without a search. */
export function useMunicipalities(q: string, enabled = true) {
  const text = q.trim();
  return useQuery({
    queryKey: clientKeys.municipalities(text),
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/catalogs/municipalities", { params: { query: { q: text || null, size: 100 } }, signal })),
    enabled,
    staleTime: 60 * 60 * 1000, // a catalogue: it hardly changes
    placeholderData: keepPreviousData,
  });
}
