"use client";

import type { Schemas } from "@protegrt/api-client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api";
import { idempotencyHeader } from "@/lib/idempotency";

import { wizardKeys } from "./keys";

export type ClientOption = Schemas["ClientRead"];
export type Vehicle = Schemas["VehicleRead"];
export type VehicleKey = Schemas["VehicleKeyRead"];
export type Coverage = Schemas["CoverageRead"];
export type PaymentSchemes = Schemas["PaymentSchemesRead"];
export type PaymentScheme = Schemas["PaymentSchemeRead"];
export type Eligibility = Schemas["AmpliaSelectEligibility"];
export type Simulation = Schemas["SimulationRead"];
export type Seller = Schemas["EmployeeRead"];
export type CreatedPolicy = Schemas["PolicyRead"];
export type VehicleCreateBody = Schemas["VehicleCreate"];
export type PolicyCreateBody = Schemas["PolicyCreate"];

/** Minimum characters before the client type-ahead asks the API (screens.md §1.3). */
export const CLIENT_SEARCH_MIN = 3;

export function useClientSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: wizardKeys.clientSearch(text),
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/clients", { params: { query: { q: text, size: 10, sort: "relevance" } }, signal })),
    enabled: text.length >= CLIENT_SEARCH_MIN,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useClientVehicles(clientId: number | null) {
  return useQuery({
    queryKey: wizardKeys.clientVehicles(clientId ?? 0),
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/vehicles", { params: { query: { client_id: clientId, size: 100 } }, signal })),
    enabled: clientId !== null && clientId > 0,
  });
}

/** The active coverages priced for this vehicle (key, service type, cylinder band). */
export function useCoveragesFor(vehicle: { vehicle_key: number; service_type: string; cylinder_band: string | null } | null) {
  return useQuery({
    queryKey: wizardKeys.coverages(vehicle?.vehicle_key ?? 0, vehicle?.service_type ?? "", vehicle?.cylinder_band ?? null),
    queryFn: async ({ signal }) => {
      const page = await unwrap(
        api.GET("/api/v1/coverages", {
          params: {
            query: {
              vehicle_key: vehicle?.vehicle_key,
              service_type: vehicle?.service_type as "private" | "commercial",
              cylinder_band: (vehicle?.cylinder_band ?? null) as Schemas["CylinderBand"] | null,
              size: 100,
            },
          },
          signal,
        }),
      );
      // The catalogue filter ignores a missing band: keep only the exact fit (the API refuses others).
      return page.items.filter((c) => c.is_active && (c.cylinder_band ?? null) === (vehicle?.cylinder_band ?? null));
    },
    enabled: vehicle !== null,
    staleTime: 5 * 60_000,
  });
}

/** Every plan of the coverage with its exact installments (the AMPLIA family needs the quote). */
export function usePaymentSchemes(coverageId: number | null, effectiveDate: string | null, quoteNumber: string | null, needsQuote: boolean) {
  return useQuery({
    queryKey: wizardKeys.schemes(coverageId ?? 0, effectiveDate ?? "", quoteNumber),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/coverages/{coverage_id}/payment-schemes", {
          params: { path: { coverage_id: coverageId ?? 0 }, query: { effective_date: effectiveDate, quote_number: quoteNumber } },
          signal,
        }),
      ),
    enabled: coverageId !== null && effectiveDate !== null && (!needsQuote || quoteNumber !== null),
    retry: false,
  });
}

export function useSelectEligibility(clientId: number | null, vehicleId: number | null, enabled: boolean) {
  return useQuery({
    queryKey: wizardKeys.eligibility(clientId ?? 0, vehicleId ?? 0),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/policies/amplia-select-eligibility", {
          params: { query: { client_id: clientId ?? 0, vehicle_id: vehicleId ?? 0 } },
          signal,
        }),
      ),
    enabled: enabled && clientId !== null && vehicleId !== null,
  });
}

export function usePromotionSimulation(body: Schemas["SimulateIn"] | null) {
  return useQuery({
    queryKey: wizardKeys.simulation(body ?? {}),
    queryFn: ({ signal }) => unwrap(api.POST("/api/v1/promotions/simulate", { body: body as Schemas["SimulateIn"], signal })),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function createVehicle(body: VehicleCreateBody): Promise<Vehicle> {
  return unwrap(api.POST("/api/v1/vehicles", { body }));
}

/** `idempotencyKey`: one per user intent (the wizard's confirm step), the same on a retry. */
export function createPolicy(body: PolicyCreateBody, idempotencyKey: string): Promise<CreatedPolicy> {
  return unwrap(api.POST("/api/v1/policies", { body, params: { header: idempotencyHeader(idempotencyKey) } }));
}
