"use client";

import type { Schemas } from "@protegrt/api-client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api";
import { idempotencyHeader } from "@/lib/idempotency";

import { OFFICE, type ReceiptStatusValue, normaliseNumber } from "../lib/receipt-forms";
import { type ReceiptListFilters, receiptKeys } from "./keys";

export type ReceiptRow = Schemas["ReceiptRead"];
export type BatchRow = Schemas["BatchRead"];
export type ReceiptStats = Schemas["ReceiptStats"];

const SORTS: readonly string[] = ["number", "-number", "status", "-status", "assigned_at", "-assigned_at", "used_at", "-used_at", "delivered_at", "-delivered_at"];

/** The list's query string for the API (empty values left out). */
export function receiptQuery(filters: ReceiptListFilters) {
  const status = filters.status ? (filters.status.split(",").filter(Boolean) as ReceiptStatusValue[]) : [];
  return {
    status: status.length ? status : undefined,
    collector_id: filters.holder && filters.holder !== OFFICE ? Number(filters.holder) : null,
    at_office: filters.holder === OFFICE ? true : null,
    number_from: filters.numberFrom ? normaliseNumber(filters.numberFrom) : null,
    number_to: filters.numberTo ? normaliseNumber(filters.numberTo) : null,
    number: filters.number ? normaliseNumber(filters.number) : null,
  };
}

export function useReceipts(params: { page: number; size: number; sort: string | null; filters: ReceiptListFilters }) {
  return useQuery({
    queryKey: receiptKeys.list(params),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/receipts", {
          params: {
            query: {
              ...receiptQuery(params.filters),
              page: params.page,
              size: params.size,
              sort: params.sort && SORTS.includes(params.sort) ? params.sort : null,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export async function exportReceipts(filters: ReceiptListFilters, sort: string | null): Promise<Blob> {
  const data = await unwrap(
    api.GET("/api/v1/receipts/export.xlsx", {
      params: { query: { ...receiptQuery(filters), sort: sort && SORTS.includes(sort) ? sort : null } },
      parseAs: "blob",
    }),
  );
  return data as unknown as Blob;
}

export function useReceiptStats() {
  return useQuery({
    queryKey: receiptKeys.stats(),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/receipts/stats", { signal })),
    staleTime: 30_000,
  });
}

export function useBatches(page: number, size: number) {
  return useQuery({
    queryKey: receiptKeys.batches(page, size),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/receipts/batches", { params: { query: { page, size } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useSkipped(params: { page: number; size: number; confirmed: boolean | null }, enabled: boolean) {
  return useQuery({
    queryKey: receiptKeys.skipped(params),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/receipts/skipped", {
          params: { query: { page: params.page, size: params.size, confirmed: params.confirmed, sort: "number" } },
          signal,
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export async function verifyReceipt(number: string, collectorId: number | null) {
  return unwrap(
    api.GET("/api/v1/receipts/verify", { params: { query: { number: normaliseNumber(number), collector_id: collectorId } } }),
  );
}

/** Every receipts write changes the list, the KPIs, the batches and the skipped list: refresh them all. */
function useRefreshReceipts() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: receiptKeys.all });
}

export function useCreateBatch() {
  const done = useRefreshReceipts();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: Schemas["BatchCreate"]; idempotencyKey: string }) =>
      unwrap(api.POST("/api/v1/receipts/batches", { body, params: { header: idempotencyHeader(idempotencyKey) } })),
    onSuccess: done,
  });
}

export function useAssignReceipts() {
  const done = useRefreshReceipts();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: Schemas["AssignIn"]; idempotencyKey: string }) =>
      unwrap(api.POST("/api/v1/receipts/assign", { body, params: { header: idempotencyHeader(idempotencyKey) } })),
    onSuccess: done,
  });
}

export function useMarkLost() {
  const done = useRefreshReceipts();
  return useMutation({
    mutationFn: (v: { id: number; reason: string }) =>
      unwrap(api.POST("/api/v1/receipts/{receipt_id}/mark-lost", { params: { path: { receipt_id: v.id } }, body: { reason: v.reason } })),
    onSuccess: done,
  });
}

export function useCancelReceipt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; reason: string }) =>
      unwrap(api.POST("/api/v1/receipts/{receipt_id}/cancel", { params: { path: { receipt_id: v.id } }, body: { reason: v.reason } })),
    // a used receipt's cancellation reverses its payment: the policy and payments change too
    onSuccess: () => Promise.all([receiptKeys.all, ["policies"], ["payments"]].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

export function useConfirmSkipped() {
  const done = useRefreshReceipts();
  return useMutation({
    mutationFn: (ids: number[]) => unwrap(api.POST("/api/v1/receipts/skipped/confirm", { body: { receipt_ids: ids } })),
    onSuccess: done,
  });
}
