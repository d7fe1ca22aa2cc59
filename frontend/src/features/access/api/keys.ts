/** Query keys of roles, permissions, everyone's sessions and the users picker. */
export interface SessionListParams {
  page: number;
  size: number;
  sort: string | null;
  userId: number | null;
  active: string;
  kind: string;
}

export const accessKeys = {
  all: ["access"] as const,
  roles: () => [...accessKeys.all, "roles"] as const,
  permissions: () => [...accessKeys.all, "permissions"] as const,
  sessions: () => [...accessKeys.all, "sessions"] as const,
  sessionList: (params: SessionListParams) => [...accessKeys.sessions(), params] as const,
  userOptions: () => [...accessKeys.all, "user-options"] as const,
};
