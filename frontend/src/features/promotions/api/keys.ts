/** Query keys of the promotions feature. */
export interface PromotionListParams {
  page: number;
  size: number;
  sort: string | null;
  q: string;
  status: string;
  benefitType: string;
}

export const promotionKeys = {
  all: ["promotions"] as const,
  lists: () => [...promotionKeys.all, "list"] as const,
  list: (params: PromotionListParams) => [...promotionKeys.lists(), params] as const,
  summary: () => [...promotionKeys.all, "summary"] as const,
  detail: (id: number) => [...promotionKeys.all, "detail", id] as const,
  applications: (id: number, page: number, size: number) => [...promotionKeys.all, "applications", id, page, size] as const,
};
