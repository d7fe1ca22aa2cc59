"use client";

import type { Schemas } from "@protegrt/api-client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api";

import { type PromotionListParams, promotionKeys } from "./keys";

export type Promotion = Schemas["PromotionRead"];
export type PromotionCreateBody = Schemas["PromotionCreate"];
export type PromotionUpdateBody = Schemas["PromotionUpdate"];
export type SimulateBody = Schemas["SimulateIn"];
export type Simulation = Schemas["SimulationRead"];
export type PromotionApplication = Schemas["ApplicationRead"];

const SORTS: readonly string[] = ["code", "-code", "name", "-name", "starts_on", "-starts_on", "ends_on", "-ends_on", "created_at", "-created_at"];

export function usePromotions(params: PromotionListParams) {
  return useQuery({
    queryKey: promotionKeys.list(params),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/promotions", {
          params: {
            query: {
              page: params.page,
              size: params.size,
              sort: params.sort && SORTS.includes(params.sort) ? params.sort : null,
              q: params.q.trim() || null,
              status: (params.status || null) as Schemas["PromotionStatus"] | null,
              benefit_type: (params.benefitType || null) as Schemas["BenefitType"] | null,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function usePromotionSummary() {
  return useQuery({
    queryKey: promotionKeys.summary(),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/promotions/summary", { signal })),
  });
}

export function usePromotionApplications(id: number | null, page: number, size: number) {
  return useQuery({
    queryKey: promotionKeys.applications(id ?? 0, page, size),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/promotions/{promotion_id}/applications", {
          params: { path: { promotion_id: id ?? 0 }, query: { page, size } },
          signal,
        }),
      ),
    enabled: id !== null && id > 0,
    placeholderData: keepPreviousData,
  });
}

/** POST (new) or PATCH (rules are replaced only while the promotion was never applied). */
export async function savePromotion(promotionId: number | null, body: PromotionCreateBody | PromotionUpdateBody): Promise<Promotion> {
  if (promotionId === null) return unwrap(api.POST("/api/v1/promotions", { body: body as PromotionCreateBody }));
  return unwrap(api.PATCH("/api/v1/promotions/{promotion_id}", { params: { path: { promotion_id: promotionId } }, body }));
}

/** What the promotions would do to a new policy's schedule; saves nothing. */
export async function simulatePromotions(body: SimulateBody): Promise<Simulation> {
  return unwrap(api.POST("/api/v1/promotions/simulate", { body }));
}

export function useSetPromotionActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; active: boolean }) =>
      v.active
        ? unwrap(api.POST("/api/v1/promotions/{promotion_id}/activate", { params: { path: { promotion_id: v.id } } }))
        : unwrap(api.POST("/api/v1/promotions/{promotion_id}/deactivate", { params: { path: { promotion_id: v.id } } })),
    onSuccess: (promotion) => {
      queryClient.setQueryData(promotionKeys.detail(promotion.id), promotion);
      return queryClient.invalidateQueries({ queryKey: promotionKeys.all });
    },
  });
}
