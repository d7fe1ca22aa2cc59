/** Query keys of the cash deliveries feature. */
export const cashKeys = {
  all: ["cash"] as const,
  collectors: () => [...cashKeys.all, "collectors"] as const,
  expected: (collectorId: number) => [...cashKeys.all, "expected", collectorId] as const,
  deliveries: (params: object) => [...cashKeys.all, "deliveries", params] as const,
  delivery: (id: number) => [...cashKeys.all, "delivery", id] as const,
  employees: () => ["employees", "all-names"] as const,
};
