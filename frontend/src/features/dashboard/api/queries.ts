"use client";

import type { Schemas } from "@protegrt/api-client";
import { useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api";

import { dashboardKeys } from "./keys";

export type DashboardSummary = Schemas["DashboardSummary"];

/** screens.md §1.1: the home refreshes every 5 minutes. */
export const SUMMARY_REFRESH_MS = 5 * 60 * 1000;

/** The permissions whose data the summary shows; the API answers 403 without any of them. */
export const SUMMARY_PERMISSIONS = [
  "policies.read",
  "policies.read_own",
  "payments.read",
  "cancellations.read",
  "proposals.read",
] as const;

export function useDashboardSummary(userId: number, enabled: boolean) {
  return useQuery({
    queryKey: dashboardKeys.summary(userId),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/dashboard/summary", { signal })),
    enabled,
    refetchInterval: SUMMARY_REFRESH_MS,
    refetchIntervalInBackground: false,
  });
}
