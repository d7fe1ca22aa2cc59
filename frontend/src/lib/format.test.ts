import { describe, expect, it } from "vitest";

import {
  formatAgo,
  formatDate,
  formatDateTime,
  formatInteger,
  formatMoney,
  formatWait,
  parseDate,
  todayInMexico,
} from "./format";

describe("formatMoney (MXN)", () => {
  it("formats the API's decimal strings", () => {
    expect(formatMoney("1234.50")).toBe("$1,234.50");
    expect(formatMoney("0.00")).toBe("$0.00");
    expect(formatMoney("1250000")).toBe("$1,250,000.00");
  });
  it("formats numbers, negatives and rounding to cents", () => {
    expect(formatMoney(1234.5)).toBe("$1,234.50");
    expect(formatMoney(-80)).toBe("-$80.00");
    expect(formatMoney(0.005)).toBe("$0.01");
    expect(formatMoney(-0.001)).toBe("$0.00");
  });
  it("shows a dash for missing or bad values", () => {
    expect(formatMoney(null)).toBe("—");
    expect(formatMoney(undefined)).toBe("—");
    expect(formatMoney("")).toBe("—");
    expect(formatMoney("abc")).toBe("—");
  });
});

describe("formatDate (dd/mm/aaaa)", () => {
  it("prints a calendar date without shifting it by a time zone", () => {
    expect(formatDate("2026-11-28")).toBe("28/11/2026");
    expect(formatDate("2027-01-01")).toBe("01/01/2027");
  });
  it("prints an instant as the day it was in Mexico City", () => {
    // 05:00 UTC is 23:00 of the day before in Mexico City (UTC-6, no DST since 2022)
    expect(formatDate("2026-11-28T05:00:00Z")).toBe("27/11/2026");
    expect(formatDate(new Date("2026-11-28T18:00:00Z"))).toBe("28/11/2026");
  });
  it("shows a dash for missing or bad values", () => {
    expect(formatDate(null)).toBe("—");
    expect(formatDate("no es fecha")).toBe("—");
  });
});

describe("formatDateTime", () => {
  it("uses Mexico City time and a 24 h clock", () => {
    expect(formatDateTime("2026-11-28T18:05:00Z")).toBe("28/11/2026 12:05");
    expect(formatDateTime("2026-11-28T05:00:00+00:00")).toBe("27/11/2026 23:00");
  });
});

describe("parseDate", () => {
  it("reads dd/mm/aaaa into an ISO date", () => {
    expect(parseDate("28/11/2026")).toBe("2026-11-28");
    expect(parseDate(" 1/2/2027 ")).toBe("2027-02-01");
  });
  it("refuses days that do not exist and other shapes", () => {
    expect(parseDate("31/02/2026")).toBeNull();
    expect(parseDate("2026-11-28")).toBeNull();
    expect(parseDate("28/13/2026")).toBeNull();
  });
});

describe("todayInMexico", () => {
  it("is the Mexico City calendar day, not the UTC one", () => {
    expect(todayInMexico(new Date("2026-11-29T03:00:00Z"))).toBe("2026-11-28");
    expect(todayInMexico(new Date("2026-11-29T07:00:00Z"))).toBe("2026-11-29");
  });
});

describe("small helpers", () => {
  it("groups integers the es-MX way", () => {
    expect(formatInteger(1234567)).toBe("1,234,567");
  });
  it("says how long ago in Spanish", () => {
    const now = new Date("2026-11-28T12:00:00Z");
    expect(formatAgo("2026-11-28T11:59:30Z", now)).toBe("hace un momento");
    expect(formatAgo("2026-11-28T11:55:00Z", now)).toBe("hace 5 min");
    expect(formatAgo("2026-11-28T09:00:00Z", now)).toBe("hace 3 h");
    expect(formatAgo("2026-11-26T12:00:00Z", now)).toBe("hace 2 días");
  });
  it("says how long to wait in Spanish", () => {
    expect(formatWait(1)).toBe("1 segundo");
    expect(formatWait(45)).toBe("45 segundos");
    expect(formatWait(60)).toBe("1 minuto");
    expect(formatWait(61)).toBe("2 minutos");
    expect(formatWait(900)).toBe("15 minutos");
  });
});
