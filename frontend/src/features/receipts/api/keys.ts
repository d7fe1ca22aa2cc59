/** Query keys of the receipts feature. */
export interface ReceiptListFilters {
  status: string;
  holder: string;
  numberFrom: string;
  numberTo: string;
  number: string;
}

export const receiptKeys = {
  all: ["receipts"] as const,
  lists: () => [...receiptKeys.all, "list"] as const,
  list: (params: object) => [...receiptKeys.lists(), params] as const,
  stats: () => [...receiptKeys.all, "stats"] as const,
  batches: (page: number, size: number) => [...receiptKeys.all, "batches", page, size] as const,
  skipped: (params: object) => [...receiptKeys.all, "skipped", params] as const,
};
