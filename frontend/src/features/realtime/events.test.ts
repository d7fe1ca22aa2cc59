import { describe, expect, it } from "vitest";

import { invalidationsFor } from "./events";

describe("invalidationsFor", () => {
  it("refreshes the authorization queries on new and decided proposals and submissions", () => {
    expect(invalidationsFor("proposal:new", { proposal_id: 1, policy_id: 7 })).toEqual([["authorization"]]);
    expect(invalidationsFor("proposal:rejected", { proposal_id: 1 })).toEqual([["authorization"]]);
    expect(invalidationsFor("policy_submission:new", { submission_id: 3 })).toEqual([["authorization"]]);
  });

  it("refreshes the approved proposal's policy, so an open policy shows its new status", () => {
    const keys = invalidationsFor("proposal:approved", { proposal_id: 1, policy_id: 7 });
    expect(keys).toContainEqual(["authorization"]);
    expect(keys).toContainEqual(["policies", "detail", 7]);
  });

  it("refreshes the policy named by a status change, or every policy query without an id", () => {
    expect(invalidationsFor("policy:status_change", { policy_id: 9, new_status: "active" })).toContainEqual(["policies", "detail", 9]);
    expect(invalidationsFor("policy:status_change", {})).toEqual([["policies"]]);
    expect(invalidationsFor("policy:status_change", { policy_id: "x" })).toEqual([["policies"]]);
  });
});
