import { describe, expect, it } from "vitest";

import { cancellationQuery, periodHint, periodStart } from "./period";

describe("cancellation periods", () => {
  it("counts from today in Mexico City: the day, the Monday of the week, the 1st of the month", () => {
    // Sunday 29/11/2026
    expect(periodStart("day", "2026-11-29")).toBe("2026-11-29");
    expect(periodStart("week", "2026-11-29")).toBe("2026-11-23");
    expect(periodStart("week", "2026-11-23")).toBe("2026-11-23");
    expect(periodStart("week", "2026-03-01")).toBe("2026-02-23");
    expect(periodStart("month", "2026-11-29")).toBe("2026-11-01");
    expect(periodStart("all", "2026-11-29")).toBeNull();
  });

  it("describes the period as dd/mm/aaaa", () => {
    expect(periodHint("week", "2026-11-29")).toBe("Desde el 23/11/2026");
    expect(periodHint("day", "2026-11-29")).toBe("Hoy, 29/11/2026");
    expect(periodHint("all", "2026-11-29")).toBe("");
  });

  it("leaves empty filters and 'all' out of the API query", () => {
    expect(cancellationQuery({ q: "", period: "all", code: "" })).toEqual({ q: null, period: undefined, code: null });
    expect(cancellationQuery({ q: "ana", period: "week", code: "C5" })).toEqual({ q: "ana", period: "week", code: "C5" });
  });
});
