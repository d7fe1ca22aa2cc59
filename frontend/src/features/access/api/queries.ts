"use client";

import type { Schemas } from "@protegrt/api-client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api";

import { type SessionListParams, accessKeys } from "./keys";

export type Role = Schemas["RoleRead"];
export type Grant = Schemas["GrantRead"];
export type PermissionEntry = Schemas["PermissionRead"];
export type AdminSession = Schemas["SessionRead"];

export function useRoles() {
  return useQuery({
    queryKey: accessKeys.roles(),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/admin/roles", { signal })),
  });
}

export function usePermissionCatalogue() {
  return useQuery({
    queryKey: accessKeys.permissions(),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/admin/permissions", { signal })),
    staleTime: 30 * 60_000,
  });
}

export function useCreateRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas["RoleCreate"]) => unwrap(api.POST("/api/v1/admin/roles", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessKeys.roles() }),
  });
}

export function useUpdateRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; body: Schemas["RoleUpdate"] }) =>
      unwrap(api.PATCH("/api/v1/admin/roles/{role_id}", { params: { path: { role_id: v.id } }, body: v.body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessKeys.roles() }),
  });
}

export function useDeleteRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE("/api/v1/admin/roles/{role_id}", { params: { path: { role_id: id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessKeys.roles() }),
  });
}

/** PUT semantics: the role's grants become exactly `grants`. */
export async function saveRoleGrants(roleId: number, grants: Schemas["GrantIn"][]): Promise<Role> {
  return unwrap(api.PUT("/api/v1/admin/roles/{role_id}/permissions", { params: { path: { role_id: roleId } }, body: grants }));
}

export function useSessions(params: SessionListParams) {
  return useQuery({
    queryKey: accessKeys.sessionList(params),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/admin/sessions", {
          params: {
            query: {
              page: params.page,
              size: params.size,
              sort: params.sort,
              user_id: params.userId,
              active: params.active === "" ? null : params.active === "true",
              kind: params.kind === "web" || params.kind === "mobile" ? params.kind : null,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE("/api/v1/admin/sessions/{session_id}", { params: { path: { session_id: id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessKeys.sessions() }),
  });
}

/** Logins for the "usuario" pickers (20-40 people: one page of 100 holds them all). */
export function useUserOptions(enabled: boolean) {
  return useQuery({
    queryKey: accessKeys.userOptions(),
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/admin/users", { params: { query: { page: 1, size: 100, sort: "username" } }, signal })),
    enabled,
    staleTime: 5 * 60_000,
    select: (page) => page.items.map((u) => ({ id: u.id, username: u.username, name: u.employee.full_name })),
  });
}
