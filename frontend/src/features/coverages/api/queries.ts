"use client";

import type { Schemas } from "@protegrt/api-client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api";

import { type CoverageListParams, type CoverageOptionsParams, coverageKeys } from "./keys";

export type Coverage = Schemas["CoverageRead"];
export type VehicleKey = Schemas["VehicleKeyRead"];
export type PaymentSchemes = Schemas["PaymentSchemesRead"];
export type CoverageCreateBody = Schemas["CoverageCreate"];
export type CoverageUpdateBody = Schemas["CoverageUpdate"];

const SORTS: readonly string[] = ["id", "-id", "name", "-name", "level", "-level", "vehicle_key", "-vehicle_key", "cash_price", "-cash_price", "credit_price", "-credit_price"];

/** The catalogue screen's page (filters in the URL). */
export function useCoverages(params: CoverageListParams) {
  return useQuery({
    queryKey: coverageKeys.list(params),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/coverages", {
          params: {
            query: {
              page: params.page,
              size: params.size,
              sort: params.sort && SORTS.includes(params.sort) ? params.sort : null,
              q: params.q.trim() || null,
              vehicle_key: params.vehicleKey ? Number(params.vehicleKey) : null,
              service_type: (params.serviceType || null) as Schemas["ServiceType"] | null,
              include_inactive: params.includeInactive,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/**
 * Every active coverage (all pages), optionally only those priced for a vehicle: for pickers
 * (promotion conditions, the simulation, the policy wizard).
 */
export async function fetchCoverageOptions(params: CoverageOptionsParams = {}, signal?: AbortSignal): Promise<Coverage[]> {
  const out: Coverage[] = [];
  for (let page = 1; page < 50; page++) {
    const data = await unwrap(
      api.GET("/api/v1/coverages", {
        params: {
          query: {
            page,
            size: 100,
            sort: "id",
            vehicle_key: params.vehicleKey ?? null,
            service_type: (params.serviceType ?? null) as Schemas["ServiceType"] | null,
            cylinder_band: (params.cylinderBand ?? null) as Schemas["CylinderBand"] | null,
          },
        },
        ...(signal ? { signal } : {}),
      }),
    );
    out.push(...data.items);
    if (out.length >= data.total || data.items.length === 0) break;
  }
  return out;
}

export function useCoverageOptions(params: CoverageOptionsParams = {}, enabled = true) {
  return useQuery({
    queryKey: coverageKeys.options(params),
    queryFn: ({ signal }) => fetchCoverageOptions(params, signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useCoverage(id: number) {
  return useQuery({
    queryKey: coverageKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/coverages/{coverage_id}", { params: { path: { coverage_id: id } }, signal })),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** Every plan the coverage may be sold with and its exact installments (AMPLIA needs a quote). */
export function usePaymentSchemes(id: number | null, options: { effectiveDate?: string | null; quoteNumber?: string | null } = {}) {
  const effectiveDate = options.effectiveDate ?? null;
  const quoteNumber = options.quoteNumber ?? null;
  return useQuery({
    queryKey: coverageKeys.schemes(id ?? 0, effectiveDate, quoteNumber),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/coverages/{coverage_id}/payment-schemes", {
          params: { path: { coverage_id: id ?? 0 }, query: { effective_date: effectiveDate, quote_number: quoteNumber } },
          signal,
        }),
      ),
    enabled: id !== null && id > 0,
    retry: false,
  });
}

/** The vehicle-key catalogue (101 AUTOMOVIL...): which keys need a cylinder band or allow AMPLIA. */
export function useVehicleKeys() {
  return useQuery({
    queryKey: coverageKeys.vehicleKeys(),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/vehicles/keys", { signal })),
    staleTime: 30 * 60_000,
  });
}

/** POST (new) or PATCH (only the fields sent change). */
export async function saveCoverage(
  coverageId: number | null,
  body: CoverageCreateBody | CoverageUpdateBody,
): Promise<Coverage> {
  if (coverageId === null) return unwrap(api.POST("/api/v1/coverages", { body: body as CoverageCreateBody }));
  return unwrap(api.PATCH("/api/v1/coverages/{coverage_id}", { params: { path: { coverage_id: coverageId } }, body }));
}

export function useSetCoverageActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; active: boolean }) =>
      v.active
        ? unwrap(api.POST("/api/v1/coverages/{coverage_id}/activate", { params: { path: { coverage_id: v.id } } }))
        : unwrap(api.POST("/api/v1/coverages/{coverage_id}/deactivate", { params: { path: { coverage_id: v.id } } })),
    onSuccess: (coverage) => {
      queryClient.setQueryData(coverageKeys.detail(coverage.id), coverage);
      return queryClient.invalidateQueries({ queryKey: coverageKeys.all });
    },
  });
}
