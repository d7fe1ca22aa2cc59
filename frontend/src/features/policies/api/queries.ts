"use client";

import type { Schemas } from "@protegrt/api-client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api";

export type PolicyRow = Schemas["PolicyRow"];
export type PolicyDetail = Schemas["PolicyRead"];
export type PolicyStatusValue = Schemas["PolicyStatus"];
export type PaymentPlanValue = Schemas["PaymentPlan"];

export interface PolicyListFilters {
  q: string;
  status: PolicyStatusValue[];
  payment_plan: PaymentPlanValue[];
  seller_id: number | null;
  coverage_name: string;
  effective_from: string;
  effective_to: string;
}

export const policyKeys = {
  all: ["policies"] as const,
  list: (params: object) => ["policies", "list", params] as const,
  detail: (id: number) => ["policies", "detail", id] as const,
  history: (id: number, page: number, size: number) => ["policies", "history", id, page, size] as const,
  codes: () => ["cancellation-codes"] as const,
  sellers: () => ["employees", "sellers"] as const,
};

/** The list's query string for the API (empty values left out). */
export function policyQuery(filters: PolicyListFilters) {
  return {
    q: filters.q || null,
    status: filters.status.length ? filters.status : undefined,
    payment_plan: filters.payment_plan.length ? filters.payment_plan : undefined,
    seller_id: filters.seller_id,
    coverage_name: filters.coverage_name || null,
    effective_from: filters.effective_from || null,
    effective_to: filters.effective_to || null,
  };
}

export function usePolicies(params: { page: number; size: number; sort: string | null; filters: PolicyListFilters; own: boolean }) {
  return useQuery({
    queryKey: policyKeys.list(params),
    queryFn: ({ signal }) => {
      const query = { ...policyQuery(params.filters), page: params.page, size: params.size, sort: params.sort };
      return params.own
        ? unwrap(api.GET("/api/v1/policies/mine", { params: { query }, signal }))
        : unwrap(api.GET("/api/v1/policies", { params: { query }, signal }));
    },
    placeholderData: keepPreviousData,
  });
}

/** Downloads a blob as a file (the authenticated client fetched it). */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function exportPolicies(filters: PolicyListFilters, sort: string | null): Promise<Blob> {
  const data = await unwrap(
    api.GET("/api/v1/policies/export.xlsx", {
      params: { query: { ...policyQuery(filters), sort } },
      parseAs: "blob",
    }),
  );
  return data as unknown as Blob;
}

export async function policyPdf(id: number): Promise<Blob> {
  const data = await unwrap(api.GET("/api/v1/policies/{policy_id}/pdf", { params: { path: { policy_id: id } }, parseAs: "blob" }));
  return data as unknown as Blob;
}

export function usePolicy(id: number) {
  return useQuery({
    queryKey: policyKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/policies/{policy_id}", { params: { path: { policy_id: id } }, signal })),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function usePolicyHistory(id: number, page: number, size: number) {
  return useQuery({
    queryKey: policyKeys.history(id, page, size),
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/policies/{policy_id}/history", { params: { path: { policy_id: id }, query: { page, size } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useCancellationCodes(enabled: boolean) {
  return useQuery({
    queryKey: policyKeys.codes(),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/cancellation-codes", { signal })),
    enabled,
    staleTime: 10 * 60_000,
  });
}

export function useSellers(enabled: boolean) {
  return useQuery({
    queryKey: policyKeys.sellers(),
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/employees", { params: { query: { flag: "seller", active: true, size: 100, sort: "name" } }, signal })),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** Every policy action changes the detail, its history and the lists: refresh them all. */
function useInvalidatePolicy(_id: number) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: policyKeys.all });
}

export function useCancelPolicy(id: number) {
  const done = useInvalidatePolicy(id);
  return useMutation({
    mutationFn: (body: Schemas["CancelPolicyIn"]) =>
      unwrap(api.POST("/api/v1/policies/{policy_id}/cancel", { params: { path: { policy_id: id } }, body })),
    onSuccess: done,
  });
}

export function useUndoCancellation(id: number) {
  const done = useInvalidatePolicy(id);
  return useMutation({
    mutationFn: (v: { cancellationId: number; reason: string }) =>
      unwrap(
        api.POST("/api/v1/cancellations/{cancellation_id}/undo", {
          params: { path: { cancellation_id: v.cancellationId } },
          body: { reason: v.reason },
        }),
      ),
    onSuccess: done,
  });
}

export function useSuspension(id: number) {
  const done = useInvalidatePolicy(id);
  return useMutation({
    mutationFn: (v: { lift: boolean; reason: string }) =>
      v.lift
        ? unwrap(api.POST("/api/v1/policies/{policy_id}/lift-suspension", { params: { path: { policy_id: id } }, body: { reason: v.reason } }))
        : unwrap(api.POST("/api/v1/policies/{policy_id}/suspend", { params: { path: { policy_id: id } }, body: { reason: v.reason } })),
    onSuccess: done,
  });
}

export function useChangeSeller(id: number) {
  const done = useInvalidatePolicy(id);
  return useMutation({
    mutationFn: (body: { seller_id: number; reason: string }) =>
      unwrap(api.POST("/api/v1/policies/{policy_id}/change-seller", { params: { path: { policy_id: id } }, body })),
    onSuccess: done,
  });
}
