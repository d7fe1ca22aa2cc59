/** Query keys of the coverage catalogue (also used by the policy wizard's coverage picker). */
export interface CoverageListParams {
  page: number;
  size: number;
  sort: string | null;
  q: string;
  vehicleKey: string;
  serviceType: string;
  includeInactive: boolean;
}

export interface CoverageOptionsParams {
  vehicleKey?: number | null;
  serviceType?: string | null;
  cylinderBand?: string | null;
}

export const coverageKeys = {
  all: ["coverages"] as const,
  lists: () => [...coverageKeys.all, "list"] as const,
  list: (params: CoverageListParams) => [...coverageKeys.lists(), params] as const,
  options: (params: CoverageOptionsParams) => [...coverageKeys.all, "options", params] as const,
  detail: (id: number) => [...coverageKeys.all, "detail", id] as const,
  schemes: (id: number, effectiveDate: string | null, quoteNumber: string | null) =>
    [...coverageKeys.all, "schemes", id, effectiveDate, quoteNumber] as const,
  vehicleKeys: () => ["vehicles", "keys"] as const,
};
