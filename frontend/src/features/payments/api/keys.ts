/** Query keys of the payments feature (Cobranza › Pagos). */
export interface PaymentListParams {
  page: number;
  size: number;
  sort: string | null;
  q: string;
  status: readonly string[];
  plans: readonly string[];
}

export const paymentKeys = {
  all: ["payments"] as const,
  lists: () => [...paymentKeys.all, "list"] as const,
  list: (params: PaymentListParams) => [...paymentKeys.lists(), params] as const,
  policy: (policyId: number) => [...paymentKeys.all, "policy", policyId] as const,
  restructure: (policyId: number, installments: number) => [...paymentKeys.all, "restructure", policyId, installments] as const,
  collectors: () => ["employees", "collectors"] as const,
  nextOfficeReceipt: () => ["receipts", "next-office"] as const,
};
