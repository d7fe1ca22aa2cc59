import { describe, expect, it } from "vitest";

import { fromCents, toCents } from "./money";

describe("money (Decimal strings in cents)", () => {
  it("reads the API's amounts exactly", () => {
    expect(toCents("1234.50")).toBe(123450n);
    expect(toCents("850")).toBe(85000n);
    expect(toCents("0.5")).toBe(50n);
    expect(toCents(" -80.00 ")).toBe(-8000n);
    expect(toCents("0.10")).toBe(10n);
  });

  it("refuses what is not an amount", () => {
    expect(toCents("abc")).toBeNull();
    expect(toCents("12.345")).toBeNull();
    expect(toCents("1,234.50")).toBeNull();
    expect(toCents("")).toBeNull();
  });

  it("writes cents back as the API's string", () => {
    expect(fromCents(123450n)).toBe("1234.50");
    expect(fromCents(0n)).toBe("0.00");
    expect(fromCents(-5n)).toBe("-0.05");
    expect(fromCents(toCents("99999999999.99") ?? 0n)).toBe("99999999999.99");
  });
});
