"use client";

import type { Schemas } from "@protegrt/api-client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api";
import { idempotencyHeader } from "@/lib/idempotency";

import { type PaymentListParams, paymentKeys } from "./keys";

export type PaymentRow = Schemas["PaymentRow"];
export type PolicyPayments = Schemas["PolicyPayments"];
export type Installment = Schemas["InstallmentTimeline"];
export type LedgerEntry = Schemas["LedgerEntryRead"];
export type PaymentResult = Schemas["PaymentResult"];
export type RestructurePreview = Schemas["RestructurePreview"];
export type CounterPaymentBody = Schemas["CounterPaymentIn"];
export type PaymentEditBody = Schemas["PaymentEditIn"];
export type ReverseBody = Schemas["ReverseIn"];
export type ProblemBody = Schemas["ProblemIn"];

type StatusValue = Schemas["PaymentStatus"];
type PlanValue = Schemas["PaymentPlan"];

/** The list's query string for the API (empty values left out); the export uses the same. */
export function paymentQuery(params: Pick<PaymentListParams, "q" | "status" | "plans" | "sort">) {
  return {
    q: params.q.trim() || null,
    status: params.status.length ? (params.status as StatusValue[]) : undefined,
    payment_plan: params.plans.length ? (params.plans as PlanValue[]) : undefined,
    sort: params.sort,
  };
}

export function usePayments(params: PaymentListParams) {
  return useQuery({
    queryKey: paymentKeys.list(params),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/payments", {
          params: { query: { ...paymentQuery(params), page: params.page, size: params.size } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function usePolicyPayments(policyId: number | null) {
  return useQuery({
    queryKey: paymentKeys.policy(policyId ?? 0),
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/payments/policies/{policy_id}", { params: { path: { policy_id: policyId ?? 0 } }, signal })),
    enabled: policyId !== null && policyId > 0,
  });
}

export function useRestructurePreview(policyId: number, installments: number, enabled: boolean) {
  return useQuery({
    queryKey: paymentKeys.restructure(policyId, installments),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/payments/policies/{policy_id}/restructure-preview", {
          params: { path: { policy_id: policyId }, query: { installments } },
          signal,
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useCollectors(enabled: boolean) {
  return useQuery({
    queryKey: paymentKeys.collectors(),
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/employees", { params: { query: { flag: "collector", active: true, size: 100 } }, signal })),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** The lowest OFICINA receipt still unused (counter payments use them in order). */
export function useNextOfficeReceipt(enabled: boolean) {
  return useQuery({
    queryKey: paymentKeys.nextOfficeReceipt(),
    queryFn: async ({ signal }) => {
      const page = await unwrap(
        api.GET("/api/v1/receipts", { params: { query: { at_office: true, status: ["assigned"], size: 1, sort: "number" } }, signal }),
      );
      return page.items[0]?.number ?? null;
    },
    enabled,
  });
}

/** Every payment operation changes the folio's timeline, the lists and the policy screens. */
function useInvalidatePayments() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: paymentKeys.all }),
      queryClient.invalidateQueries({ queryKey: ["policies"] }),
      queryClient.invalidateQueries({ queryKey: paymentKeys.nextOfficeReceipt() }),
    ]);
}

/** `idempotencyKey`: one per user intent (the dialog's), the same on a retry of that submission. */
export function recordCounterPayment(body: CounterPaymentBody, idempotencyKey: string): Promise<PaymentResult> {
  return unwrap(api.POST("/api/v1/payments/counter", { body, params: { header: idempotencyHeader(idempotencyKey) } }));
}

export function useCounterPayment() {
  const done = useInvalidatePayments();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CounterPaymentBody; idempotencyKey: string }) => recordCounterPayment(body, idempotencyKey),
    onSuccess: done,
  });
}

export function editPayment(installmentId: number, body: PaymentEditBody): Promise<Installment> {
  return unwrap(api.PATCH("/api/v1/payments/{installment_id}", { params: { path: { installment_id: installmentId } }, body }));
}

export function useEditPayment() {
  const done = useInvalidatePayments();
  return useMutation({
    mutationFn: (v: { installmentId: number; body: PaymentEditBody }) => editPayment(v.installmentId, v.body),
    onSuccess: done,
  });
}

export function useReverseTransaction() {
  const done = useInvalidatePayments();
  return useMutation({
    mutationFn: (v: { transactionId: number; body: ReverseBody }) =>
      unwrap(
        api.POST("/api/v1/payments/transactions/{transaction_id}/reverse", {
          params: { path: { transaction_id: v.transactionId } },
          body: v.body,
        }),
      ),
    onSuccess: done,
  });
}

export function useMarkProblem() {
  const done = useInvalidatePayments();
  return useMutation({
    mutationFn: (v: { installmentId: number; body: ProblemBody }) =>
      unwrap(
        api.POST("/api/v1/payments/{installment_id}/problem", {
          params: { path: { installment_id: v.installmentId } },
          body: v.body,
        }),
      ),
    onSuccess: done,
  });
}

export function useRestructure(policyId: number) {
  const done = useInvalidatePayments();
  return useMutation({
    mutationFn: (installments: number) =>
      unwrap(
        api.POST("/api/v1/payments/policies/{policy_id}/restructure", {
          params: { path: { policy_id: policyId } },
          body: { installments },
        }),
      ),
    onSuccess: done,
  });
}

export async function receiptPdf(transactionId: number): Promise<Blob> {
  const data = await unwrap(
    api.GET("/api/v1/payments/transactions/{transaction_id}/receipt.pdf", {
      params: { path: { transaction_id: transactionId } },
      parseAs: "blob",
    }),
  );
  return data as unknown as Blob;
}

export async function statementPdf(policyId: number): Promise<Blob> {
  const data = await unwrap(
    api.GET("/api/v1/payments/policies/{policy_id}/statement.pdf", { params: { path: { policy_id: policyId } }, parseAs: "blob" }),
  );
  return data as unknown as Blob;
}

/**
 * Opens a PDF in a new tab (printable from there). The tab is opened synchronously, so the
 * browser does not treat it as a pop-up, and filled when the PDF arrives.
 */
export async function openPdf(load: () => Promise<Blob>): Promise<void> {
  const tab = window.open("", "_blank");
  try {
    const url = URL.createObjectURL(await load());
    if (tab) tab.location.href = url;
    else window.location.assign(url);
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    tab?.close();
    throw error;
  }
}

interface SaveFileHandle {
  createWritable: () => Promise<WritableStream<Uint8Array>>;
}
type SavePicker = (options: {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<SaveFileHandle>;

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The Excel export with the list's current filters. The API streams the workbook; where the
 * browser can write a file as it arrives (File System Access), the body is piped to the file the
 * person chose, chunk by chunk, never held whole in memory. Elsewhere it falls back to a blob
 * download. A plain link cannot be used: the access token lives in memory, not in a cookie.
 * Returns false when the person closed the save dialog.
 */
export async function exportPayments(params: Pick<PaymentListParams, "q" | "status" | "plans" | "sort">, filename: string): Promise<boolean> {
  const picker = (window as unknown as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  let handle: SaveFileHandle | null = null;
  if (picker) {
    try {
      handle = await picker({ suggestedName: filename, types: [{ description: "Libro de Excel", accept: { [XLSX]: [".xlsx"] } }] });
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") return false;
      handle = null;
    }
  }
  const query = paymentQuery(params);
  if (handle) {
    const stream = await unwrap(api.GET("/api/v1/payments/export.xlsx", { params: { query }, parseAs: "stream" }));
    await (stream as unknown as ReadableStream<Uint8Array>).pipeTo(await handle.createWritable());
    return true;
  }
  const blob = (await unwrap(api.GET("/api/v1/payments/export.xlsx", { params: { query }, parseAs: "blob" }))) as unknown as Blob;
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}
