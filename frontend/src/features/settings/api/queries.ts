"use client";

import type { Schemas } from "@protegrt/api-client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api";

import { settingsKeys } from "./keys";

export type Setting = Schemas["SettingRead"];
export type AccessException = Schemas["AccessExceptionRead"];
export type CancellationCode = Schemas["CancellationCodeRead"];

export function useSettings() {
  return useQuery({
    queryKey: settingsKeys.list(),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/admin/settings", { signal })),
  });
}

export async function patchSetting(key: string, value: unknown): Promise<Setting> {
  return unwrap(api.PATCH("/api/v1/admin/settings/{key}", { params: { path: { key } }, body: { value } }));
}

export function useAccessExceptions(params: { page: number; active: string }, enabled: boolean) {
  return useQuery({
    queryKey: settingsKeys.exceptionList(params),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/admin/access-exceptions", {
          params: { query: { page: params.page, size: 25, active: params.active === "" ? null : params.active === "true" } },
          signal,
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useCreateAccessException() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas["AccessExceptionCreate"]) => unwrap(api.POST("/api/v1/admin/access-exceptions", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.exceptions() }),
  });
}

export function useRevokeAccessException() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      unwrap(api.DELETE("/api/v1/admin/access-exceptions/{exception_id}", { params: { path: { exception_id: id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.exceptions() }),
  });
}

export function useCancellationCodes() {
  return useQuery({
    queryKey: settingsKeys.cancellationCodes(),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/cancellation-codes", { signal })),
  });
}

export function useUpdateCancellationCode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { code: string; body: Schemas["CancellationCodeUpdate"] }) =>
      unwrap(api.PUT("/api/v1/cancellation-codes/{code}", { params: { path: { code: v.code } }, body: v.body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.cancellationCodes() }),
  });
}
