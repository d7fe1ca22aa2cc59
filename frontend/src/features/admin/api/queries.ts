"use client";

import type { Schemas } from "@protegrt/api-client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api";

import { adminKeys } from "./keys";

export type User = Schemas["UserRead"];
export type RoleHeld = Schemas["RoleHeldIn"];
export type Override = Schemas["OverrideRead"];

export function useUsers(params: { page: number; size: number; sort: string | null; q: string; active: string }) {
  return useQuery({
    queryKey: adminKeys.userList(params),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/admin/users", {
          params: {
            query: {
              page: params.page,
              size: params.size,
              sort: params.sort,
              q: params.q || null,
              active: params.active === "" ? null : params.active === "true",
            },
          },
          signal,
        }),
      ),
    // The current page stays on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: number) {
  return useQuery({
    queryKey: adminKeys.user(id),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/admin/users/{user_id}", { params: { path: { user_id: id } }, signal })),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** The roles that can be given (GET /admin/roles, admin.roles). */
export function useRoleCatalogue(enabled = true) {
  return useQuery({
    queryKey: adminKeys.roleCatalogue(),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/admin/roles", { signal })),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function usePermissionCatalogue(enabled = true) {
  return useQuery({
    queryKey: adminKeys.permissionCatalogue(),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/admin/permissions", { signal })),
    enabled,
    staleTime: 10 * 60_000,
  });
}

export function useUserOverrides(id: number, enabled = true) {
  return useQuery({
    queryKey: adminKeys.overrides(id),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/admin/users/{user_id}/overrides", { params: { path: { user_id: id } }, signal })),
    enabled,
  });
}

/** A user changed: its detail takes the answer, the lists (users and employees) refresh. */
function useUserChanged(id: number) {
  const queryClient = useQueryClient();
  return (user?: User) => {
    if (user) queryClient.setQueryData(adminKeys.user(id), user);
    void queryClient.invalidateQueries({ queryKey: [...adminKeys.users(), "list"] });
    void queryClient.invalidateQueries({ queryKey: ["employees"] });
  };
}

export async function createUser(body: Schemas["UserCreate"]) {
  return unwrap(api.POST("/api/v1/admin/users", { body }));
}

export async function replaceRoles(userId: number, body: RoleHeld[]) {
  return unwrap(api.PUT("/api/v1/admin/users/{user_id}/roles", { params: { path: { user_id: userId } }, body }));
}

export function useReplaceRoles(id: number) {
  const changed = useUserChanged(id);
  return useMutation({ mutationFn: (body: RoleHeld[]) => replaceRoles(id, body), onSuccess: (user) => changed(user) });
}

export function useReplaceOverrides(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas["OverrideIn"][]) =>
      unwrap(api.PUT("/api/v1/admin/users/{user_id}/overrides", { params: { path: { user_id: id } }, body })),
    onSuccess: (rows) => queryClient.setQueryData(adminKeys.overrides(id), rows),
  });
}

export function useResetPassword(id: number) {
  const changed = useUserChanged(id);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string | null) =>
      unwrap(api.POST("/api/v1/admin/users/{user_id}/reset-password", { params: { path: { user_id: id } }, body: { password } })),
    onSuccess: () => {
      changed();
      void queryClient.invalidateQueries({ queryKey: adminKeys.user(id) });
    },
  });
}

export function useResetTotp(id: number) {
  const changed = useUserChanged(id);
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/admin/users/{user_id}/reset-2fa", { params: { path: { user_id: id } } })),
    onSuccess: (user) => changed(user),
  });
}

export function useSetUserActive(id: number) {
  const changed = useUserChanged(id);
  return useMutation({
    mutationFn: (active: boolean) =>
      active
        ? unwrap(api.POST("/api/v1/admin/users/{user_id}/activate", { params: { path: { user_id: id } } }))
        : unwrap(api.POST("/api/v1/admin/users/{user_id}/deactivate", { params: { path: { user_id: id } } })),
    onSuccess: (user) => changed(user),
  });
}

export function useRevokeUserSessions(id: number) {
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/admin/users/{user_id}/sessions/revoke-all", { params: { path: { user_id: id } } })),
  });
}
