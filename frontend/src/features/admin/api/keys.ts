/** Query keys of the administration feature. */
export const adminKeys = {
  all: ["admin"] as const,
  users: () => [...adminKeys.all, "users"] as const,
  userList: (params: { page: number; size: number; sort: string | null; q: string; active: string }) =>
    [...adminKeys.users(), "list", params] as const,
};
