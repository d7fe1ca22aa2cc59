/** Query keys of business settings, access exceptions and the cancellation codes catalogue. */
export const settingsKeys = {
  all: ["settings"] as const,
  list: () => [...settingsKeys.all, "list"] as const,
  exceptions: () => [...settingsKeys.all, "access-exceptions"] as const,
  exceptionList: (params: { page: number; active: string }) => [...settingsKeys.exceptions(), params] as const,
  // Shared with the policies feature's cancel dialog (policyKeys.codes): one cache for the catalogue.
  cancellationCodes: () => ["cancellation-codes"] as const,
};
