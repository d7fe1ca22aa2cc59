/** Query keys of the audit log. */
export interface AuditListParams {
  page: number;
  size: number;
  userId: number | null;
  table: string;
  recordId: string;
  action: string;
  dateFrom: string;
  dateTo: string;
}

export const auditKeys = {
  all: ["audit"] as const,
  list: (params: AuditListParams) => [...auditKeys.all, "list", params] as const,
};
