"use client";

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
