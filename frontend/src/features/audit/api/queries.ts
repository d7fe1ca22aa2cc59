"use client";

import type { Schemas } from "@protegrt/api-client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api";

import { type AuditListParams, auditKeys } from "./keys";

export type AuditEntry = Schemas["AuditEntryRead"];

export function useAuditLog(params: AuditListParams) {
  return useQuery({
    queryKey: auditKeys.list(params),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/admin/audit", {
          params: {
            query: {
              page: params.page,
              size: params.size,
              user_id: params.userId,
              table: params.table || null,
              record_id: params.recordId || null,
              action: params.action || null,
              date_from: params.dateFrom || null,
              date_to: params.dateTo || null,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
