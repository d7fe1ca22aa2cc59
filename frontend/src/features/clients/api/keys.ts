/** Query keys of the clients feature. */
export interface ClientListParams {
  page: number;
  size: number;
  sort: string | null;
  q: string;
  hasActivePolicy: string;
}

export const clientKeys = {
  all: ["clients"] as const,
  lists: () => [...clientKeys.all, "list"] as const,
  list: (params: ClientListParams) => [...clientKeys.lists(), params] as const,
  detail: (id: number) => [...clientKeys.all, "detail", id] as const,
  municipalities: (q: string) => ["catalogs", "municipalities", q] as const,
};
