import { describe, expect, it } from "vitest";

import { authorizationKeys } from "@/features/authorizations/api/keys";

import { invalidationsFor, SOCKET_EVENTS } from "./events";

describe("invalidationsFor", () => {
  it("refreshes the authorization queries on new and decided proposals", () => {
    expect(invalidationsFor("proposal:new", { proposal_id: 1, policy_id: 7 })).toEqual([["authorization"]]);
    expect(invalidationsFor("proposal:rejected", { proposal_id: 1 })).toEqual([["authorization"]]);
  });

  it("refreshes the pending badge, the submission lists and the submission on every submission event", () => {
    const expected = [
      ["authorization", "pending"],
      ["authorization", "submissions", "list"],
      ["authorization", "submissions", "detail", 3],
    ];
    for (const event of ["policy_submission:new", "policy_submission:claimed", "policy_submission:rejected"] as const) {
      expect(invalidationsFor(event, { submission_id: 3, status: "pending" })).toEqual(expected);
    }
    // the keys the screens use (prefixes): the badge's query and a page of the submissions list
    expect(authorizationKeys.pending()).toEqual(expected[0]);
    expect(authorizationKeys.submissionList({ page: 1, size: 20, filter: "pending" }).slice(0, 3)).toEqual(expected[1]);
    expect(authorizationKeys.submission(3)).toEqual(expected[2]);
    // without a usable id: every submission query
    expect(invalidationsFor("policy_submission:claimed", { submission_id: "x" })).toEqual([
      ["authorization", "pending"],
      ["authorization", "submissions"],
    ]);
  });

  it("refreshes the policy lists when an approved submission creates a policy, not the proposals", () => {
    const keys = invalidationsFor("policy_submission:approved", { submission_id: 3, status: "approved", policy_id: 41 });
    expect(keys).toContainEqual(["authorization", "pending"]);
    expect(keys).toContainEqual(["authorization", "submissions", "detail", 3]);
    expect(keys).toContainEqual(["policies", "list"]);
    expect(keys).not.toContainEqual(["authorization"]);
    expect(keys).not.toContainEqual(["authorization", "proposals"]);
  });

  it("listens to every submission event the API emits", () => {
    for (const event of ["policy_submission:new", "policy_submission:claimed", "policy_submission:approved", "policy_submission:rejected"]) {
      expect(SOCKET_EVENTS).toContain(event);
    }
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
