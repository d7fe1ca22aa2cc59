"use client";

import type { Schemas } from "@protegrt/api-client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { policyKeys } from "@/features/policies/api/queries";
import { api, unwrap } from "@/lib/api";
import { canAny, type PermissionHolder } from "@/lib/permissions";

import {
  authorizationKeys,
  type ProposalFilter,
  type ProposalListParams,
  type SubmissionFilter,
  type SubmissionListParams,
} from "./keys";

export type Proposal = Schemas["ProposalRead"];
export type ProposalChecks = Schemas["ProposalChecks"];
export type ProposalStatus = Schemas["ProposalStatus"];
export type Submission = Schemas["SubmissionRead"];
export type SubmissionStatus = Schemas["SubmissionStatus"];
export type PendingView = Schemas["PendingView"];

/** Statuses each quick filter asks for ("approved" includes applied ones). */
export const PROPOSAL_FILTER_STATUSES: Record<ProposalFilter, ProposalStatus[]> = {
  all: [],
  pending: ["pending", "under_review"],
  approved: ["approved", "applied"],
  rejected: ["rejected"],
};

export const SUBMISSION_FILTER_STATUSES: Record<SubmissionFilter, SubmissionStatus[]> = {
  all: [],
  pending: ["pending", "under_review"],
  approved: ["approved"],
  rejected: ["rejected"],
};

/** Who sees the pending count (the API's /authorization/pending admits either). */
export const PENDING_PERMISSIONS = ["proposals.read", "policies.approve_submission"] as const;

export function useProposals(params: ProposalListParams, enabled = true) {
  return useQuery({
    queryKey: authorizationKeys.proposalList(params),
    queryFn: ({ signal }) => {
      const statuses = PROPOSAL_FILTER_STATUSES[params.filter];
      return unwrap(
        api.GET("/api/v1/authorization/proposals", {
          params: {
            query: {
              page: params.page,
              size: params.size,
              sort: params.sort,
              ...(statuses.length ? { status: statuses } : {}),
            },
          },
          signal,
        }),
      );
    },
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useProposal(id: number | null) {
  return useQuery({
    queryKey: authorizationKeys.proposal(id ?? 0),
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/authorization/proposals/{proposal_id}", { params: { path: { proposal_id: id ?? 0 } }, signal })),
    enabled: id !== null && id > 0,
  });
}

/** The menu's counter and the screen's thresholds (GET /authorization/pending). */
export function usePending(user: PermissionHolder | null | undefined) {
  return useQuery({
    queryKey: authorizationKeys.pending(),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/authorization/pending", { signal })),
    enabled: canAny(user, PENDING_PERMISSIONS),
    // Sockets keep it fresh; this is the fallback when a socket event is missed (screens §5: 5 min).
    refetchInterval: 5 * 60_000,
    staleTime: 30_000,
  });
}

function useAuthorizationMutation<TVars, TData>(fn: (vars: TVars) => Promise<TData>, onSaved?: (data: TData) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (data) => {
      onSaved?.(data);
      await qc.invalidateQueries({ queryKey: authorizationKeys.all });
    },
  });
}

export function useClaimProposal(id: number) {
  return useAuthorizationMutation(() =>
    unwrap(api.POST("/api/v1/authorization/proposals/{proposal_id}/claim", { params: { path: { proposal_id: id } } })),
  );
}

export function useApproveProposal(id: number) {
  const qc = useQueryClient();
  return useAuthorizationMutation(
    (vars: { notes: string | null }) =>
      unwrap(
        api.POST("/api/v1/authorization/proposals/{proposal_id}/approve", {
          params: { path: { proposal_id: id } },
          body: { notes: vars.notes },
        }),
      ),
    (data) => void qc.invalidateQueries({ queryKey: policyKeys.detail(data.policy_id) }),
  );
}

export function useApproveWithCorrections(id: number) {
  const qc = useQueryClient();
  return useAuthorizationMutation(
    (body: Schemas["ApproveWithCorrectionsIn"]) =>
      unwrap(
        api.POST("/api/v1/authorization/proposals/{proposal_id}/approve-with-corrections", {
          params: { path: { proposal_id: id } },
          body,
        }),
      ),
    (data) => void qc.invalidateQueries({ queryKey: policyKeys.detail(data.policy_id) }),
  );
}

export function useRejectProposal(id: number) {
  return useAuthorizationMutation((vars: { reason: string }) =>
    unwrap(
      api.POST("/api/v1/authorization/proposals/{proposal_id}/reject", {
        params: { path: { proposal_id: id } },
        body: { reason: vars.reason },
      }),
    ),
  );
}

export function useSubmissions(params: SubmissionListParams, enabled = true) {
  return useQuery({
    queryKey: authorizationKeys.submissionList(params),
    queryFn: ({ signal }) => {
      const statuses = SUBMISSION_FILTER_STATUSES[params.filter];
      return unwrap(
        api.GET("/api/v1/authorization/policy-submissions", {
          params: {
            query: { page: params.page, size: params.size, sort: "-created_at", ...(statuses.length ? { status: statuses } : {}) },
          },
          signal,
        }),
      );
    },
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useSubmission(id: number | null) {
  return useQuery({
    queryKey: authorizationKeys.submission(id ?? 0),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/authorization/policy-submissions/{submission_id}", {
          params: { path: { submission_id: id ?? 0 } },
          signal,
        }),
      ),
    enabled: id !== null && id > 0,
  });
}

export function useClaimSubmission(id: number) {
  return useAuthorizationMutation(() =>
    unwrap(
      api.POST("/api/v1/authorization/policy-submissions/{submission_id}/claim", { params: { path: { submission_id: id } } }),
    ),
  );
}

export function useApproveSubmission(id: number) {
  const qc = useQueryClient();
  return useAuthorizationMutation(
    (vars: { notes: string | null }) =>
      unwrap(
        api.POST("/api/v1/authorization/policy-submissions/{submission_id}/approve", {
          params: { path: { submission_id: id } },
          body: { notes: vars.notes },
        }),
      ),
    () => void qc.invalidateQueries({ queryKey: policyKeys.all }),
  );
}

export function useRejectSubmission(id: number) {
  return useAuthorizationMutation((body: Schemas["SubmissionRejectIn"]) =>
    unwrap(
      api.POST("/api/v1/authorization/policy-submissions/{submission_id}/reject", {
        params: { path: { submission_id: id } },
        body,
      }),
    ),
  );
}

/** A stored photo (files API) as an object URL for an <img>; revoked when no longer used. */
export function useFileBlob(fileId: string | null | undefined) {
  return useQuery({
    queryKey: authorizationKeys.file(fileId ?? ""),
    queryFn: async ({ signal }) => {
      const data = await unwrap(
        api.GET("/api/v1/files/{file_id}", { params: { path: { file_id: fileId ?? "" } }, parseAs: "blob", signal }),
      );
      return data as unknown as Blob;
    },
    enabled: !!fileId,
    staleTime: Infinity,
    retry: false,
  });
}
