/** Query keys of the authorizations feature (proposals, policy submissions, the pending view). */
export interface ProposalListParams {
  page: number;
  size: number;
  sort: string | null;
  filter: ProposalFilter;
}

export interface SubmissionListParams {
  page: number;
  size: number;
  filter: SubmissionFilter;
}

export type ProposalFilter = "all" | "pending" | "approved" | "rejected";
export type SubmissionFilter = "all" | "pending" | "approved" | "rejected";

export const authorizationKeys = {
  all: ["authorization"] as const,
  pending: () => [...authorizationKeys.all, "pending"] as const,
  proposals: () => [...authorizationKeys.all, "proposals"] as const,
  proposalList: (params: ProposalListParams) => [...authorizationKeys.proposals(), "list", params] as const,
  proposal: (id: number) => [...authorizationKeys.proposals(), "detail", id] as const,
  submissions: () => [...authorizationKeys.all, "submissions"] as const,
  submissionList: (params: SubmissionListParams) => [...authorizationKeys.submissions(), "list", params] as const,
  submission: (id: number) => [...authorizationKeys.submissions(), "detail", id] as const,
  file: (id: string) => ["files", id] as const,
};
