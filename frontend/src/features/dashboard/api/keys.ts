/** Query keys of the dashboard feature. */
export const dashboardKeys = {
  all: ["dashboard"] as const,
  /** Per user: the summary depends on who asks (permissions, a seller's own policies). */
  summary: (userId: number) => [...dashboardKeys.all, "summary", userId] as const,
};
