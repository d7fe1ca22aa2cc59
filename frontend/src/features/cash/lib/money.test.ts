import { describe, expect, it } from "vitest";

import { formatMoney } from "@/lib/format";
import { fromCents } from "@/lib/money";

import { mxn } from "../components/delivery-form";
import { deliveryDifference, parseAmountInput, receivedAmountError, sumAmounts, toCents } from "./money";

describe("exact money arithmetic", () => {
  it("reads and writes the API's strings through integer cents", () => {
    expect(toCents("1234.50")).toBe(123450n);
    expect(toCents("-80.00")).toBe(-8000n);
    expect(toCents("0.1")).toBe(10n);
    expect(fromCents(123450n)).toBe("1234.50");
    expect(fromCents(-5n)).toBe("-0.05");
    expect(() => toCents("12.345")).toThrow();
  });

  it("sums without floating point drift", () => {
    // 0.1 + 0.2 in floating point is 0.30000000000000004
    expect(sumAmounts(["0.10", "0.20"])).toBe("0.30");
    expect(sumAmounts(["1200.00", "500.00", "333.33", "333.33", "333.34"])).toBe("2700.00");
  });

  it("computes the shortage exactly", () => {
    expect(deliveryDifference("1000.30", "999.99")).toEqual({ difference: "-0.31", shortage: "0.31", surplus: "0.00", kind: "short" });
    expect(deliveryDifference("2700.00", "2600.00")).toEqual({ difference: "-100.00", shortage: "100.00", surplus: "0.00", kind: "short" });
    expect(deliveryDifference("2700.00", "2700.00").kind).toBe("exact");
    expect(deliveryDifference("2700.00", "2750.50")).toEqual({ difference: "50.50", shortage: "0.00", surplus: "50.50", kind: "surplus" });
    // beyond float's exact integers: 9007199254740993 cents
    expect(deliveryDifference("90071992547409.93", "90071992547409.92").shortage).toBe("0.01");
  });

  it("parses what a person types (es-MX thousands separators, $ sign)", () => {
    expect(parseAmountInput("1,234.5")).toBe(123450n);
    expect(parseAmountInput("$ 800")).toBe(80000n);
    expect(parseAmountInput("800.")).toBeNull();
    expect(parseAmountInput("-5")).toBeNull();
    expect(parseAmountInput("12.345")).toBeNull();
    expect(receivedAmountError("")).toBe("Escribe el efectivo recibido.");
    expect(receivedAmountError("abc")).toBe("Escribe un importe válido, con hasta dos decimales (p. ej. 1,250.50).");
    expect(receivedAmountError("0")).toBeUndefined();
  });
});

describe("MXN formatting", () => {
  it("formats amounts as es-MX pesos", () => {
    expect(formatMoney("1234.5")).toBe("$1,234.50");
    expect(mxn("100.00")).toBe("$100.00 MXN");
    expect(mxn("2700")).toBe("$2,700.00 MXN");
  });
});
