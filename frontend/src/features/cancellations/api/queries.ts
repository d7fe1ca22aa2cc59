"use client";

import type { Schemas } from "@protegrt/api-client";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import * as React from "react";

import { api, unwrap } from "@/lib/api";

import { type CancellationPeriod, cancellationQuery } from "../lib/period";
import { type CancellationListParams, cancellationKeys } from "./keys";

export type CancellationRow = Schemas["Page_CancellationRead_"]["items"][number];
export type CancellationDetail = Schemas["CancellationDetail"];
export type PolicyByFolio = Schemas["PolicyRead"];

export function useCancellations(params: CancellationListParams) {
  return useQuery({
    queryKey: cancellationKeys.list(params),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/cancellations", {
          params: {
            query: {
              ...cancellationQuery({ q: params.q, period: params.period as CancellationPeriod, code: params.code }),
              page: params.page,
              size: params.size,
              sort: params.sort,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCancellation(id: number | null) {
  return useQuery({
    queryKey: cancellationKeys.detail(id ?? 0),
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/cancellations/{cancellation_id}", { params: { path: { cancellation_id: id ?? 0 } }, signal })),
    enabled: id !== null && id > 0,
  });
}

/** A policy by its folio (the "cancel from here" lookup). */
export function fetchPolicyByFolio(folio: number): Promise<PolicyByFolio> {
  return unwrap(api.GET("/api/v1/policies/by-folio/{folio}", { params: { path: { folio } } }));
}

/**
 * The policies feature's cancel/undo dialogs refresh the policies' queries; the cancellations'
 * own list and detail are refreshed when one of those dialogs closes.
 */
export function useRefreshCancellations() {
  const queryClient = useQueryClient();
  return React.useCallback(() => queryClient.invalidateQueries({ queryKey: cancellationKeys.all }), [queryClient]);
}
