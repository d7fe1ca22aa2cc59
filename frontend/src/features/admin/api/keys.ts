/** Query keys of the administration feature (users). */
export const adminKeys = {
  all: ["admin"] as const,
  users: () => [...adminKeys.all, "users"] as const,
  userList: (params: { page: number; size: number; sort: string | null; q: string; active: string }) =>
    [...adminKeys.users(), "list", params] as const,
  user: (id: number) => [...adminKeys.users(), "detail", id] as const,
  overrides: (id: number) => [...adminKeys.users(), "overrides", id] as const,
  roleCatalogue: () => [...adminKeys.all, "role-catalogue"] as const,
  permissionCatalogue: () => [...adminKeys.all, "permission-catalogue"] as const,
};
