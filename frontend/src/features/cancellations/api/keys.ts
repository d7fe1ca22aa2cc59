/** Query keys of the cancellations feature. */
export interface CancellationListParams {
  page: number;
  size: number;
  sort: string | null;
  q: string;
  period: string;
  code: string;
}

export const cancellationKeys = {
  all: ["cancellations"] as const,
  lists: () => [...cancellationKeys.all, "list"] as const,
  list: (params: CancellationListParams) => [...cancellationKeys.lists(), params] as const,
  detail: (id: number) => [...cancellationKeys.all, "detail", id] as const,
  byFolio: (folio: number) => ["policies", "by-folio", folio] as const,
};
