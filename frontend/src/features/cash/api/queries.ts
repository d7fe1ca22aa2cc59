"use client";

import type { Schemas } from "@protegrt/api-client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api";
import { idempotencyHeader } from "@/lib/idempotency";

import { cashKeys } from "./keys";

export type CollectorCash = Schemas["CollectorCash"];
export type ExpectedCash = Schemas["ExpectedCash"];
export type DeliveryRead = Schemas["DeliveryRead"];
export type DeliveryRow = Schemas["DeliveryRow"];

/** Collectors holding approved cash not yet handed in (cash.confirm). */
export function useCashCollectors(enabled: boolean) {
  return useQuery({
    queryKey: cashKeys.collectors(),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/cash/collectors", { signal })),
    enabled,
  });
}

/** The approved cash proposals of one collector, by folio, with the total. */
export function useExpectedCash(collectorId: number | null) {
  return useQuery({
    queryKey: cashKeys.expected(collectorId ?? 0),
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/cash/collectors/{collector_id}/expected", { params: { path: { collector_id: collectorId ?? 0 } }, signal })),
    enabled: collectorId !== null,
  });
}

export function useDeliveries(params: { page: number; size: number; collectorId: number | null }) {
  return useQuery({
    queryKey: cashKeys.deliveries(params),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/cash/deliveries", {
          params: { query: { page: params.page, size: params.size, collector_id: params.collectorId, sort: "-confirmed_at" } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useDelivery(id: number | null) {
  return useQuery({
    queryKey: cashKeys.delivery(id ?? 0),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/cash/deliveries/{delivery_id}", { params: { path: { delivery_id: id ?? 0 } }, signal })),
    enabled: id !== null,
  });
}

/** Names of the staff (deliveries list only carries ids); only for users who may read employees. */
export function useEmployeeNames(enabled: boolean) {
  return useQuery({
    queryKey: cashKeys.employees(),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/employees", { params: { query: { size: 100 } }, signal })),
    enabled,
    staleTime: 5 * 60_000,
    select: (page) => ({
      names: new Map(page.items.map((e) => [e.id, e.full_name] as const)),
      /** who may hand in cash: field staff (collectors, sellers, adjusters) */
      field: page.items
        .filter((e) => e.is_collector || e.is_seller || e.is_adjuster)
        .map((e) => ({ id: e.id, name: `${e.code ? `${e.code} · ` : ""}${e.full_name}` }))
        .sort((a, b) => a.name.localeCompare(b.name, "es")),
    }),
  });
}

/** Records the counted cash against the proposals shown (the API locks them; a second try is refused). */
export function useConfirmDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: Schemas["DeliveryCreate"]; idempotencyKey: string }) =>
      unwrap(api.POST("/api/v1/cash/deliveries", { body, params: { header: idempotencyHeader(idempotencyKey) } })),
    onSuccess: () =>
      Promise.all([cashKeys.all, ["receipts"]].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
