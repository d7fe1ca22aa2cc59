/** Query keys of the policy wizard (its own small reads; the catalogue screens have theirs). */
export const wizardKeys = {
  all: ["policy-wizard"] as const,
  clientSearch: (q: string) => ["policy-wizard", "clients", q] as const,
  clientVehicles: (clientId: number) => ["policy-wizard", "vehicles", clientId] as const,
  coverages: (vehicleKey: number, serviceType: string, band: string | null) =>
    ["policy-wizard", "coverages", vehicleKey, serviceType, band] as const,
  schemes: (coverageId: number, effectiveDate: string, quote: string | null) =>
    ["policy-wizard", "schemes", coverageId, effectiveDate, quote] as const,
  eligibility: (clientId: number, vehicleId: number) => ["policy-wizard", "select-eligibility", clientId, vehicleId] as const,
  simulation: (params: object) => ["policy-wizard", "simulation", params] as const,
};
