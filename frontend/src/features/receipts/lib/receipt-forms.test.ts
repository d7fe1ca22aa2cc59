import { describe, expect, it } from "vitest";

import {
  EMPTY_ASSIGN,
  assignBody,
  assignRange,
  assignSchema,
  assignmentWarnings,
  batchBody,
  batchPreview,
  batchSchema,
  freePlaces,
  rangeFilterError,
  type HolderStats,
} from "./receipt-forms";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

const holder = (over: Partial<HolderStats> = {}): HolderStats => ({
  collector_id: 7,
  at_office: false,
  code: "C1",
  name: "Juan Pérez",
  receipt_limit: 50,
  counts: {},
  active: 45,
  stock: 20,
  low_stock: false,
  ...over,
});

describe("batch form", () => {
  it("requires the letter and both numbers, in Spanish", () => {
    expect(messages(batchSchema.safeParse({ prefix: "", from: "", to: "" }))).toEqual({
      prefix: "Escribe la letra del talonario.",
      from: "Escribe el primer número.",
      to: "Escribe el último número.",
    });
  });

  it("refuses a prefix that is not one letter and numbers outside 1-9999", () => {
    expect(messages(batchSchema.safeParse({ prefix: "7", from: "0", to: "10000" }))).toEqual({
      prefix: "Debe ser una sola letra (A-Z).",
      from: "Escribe un número entre 1 y 9999.",
      to: "Escribe un número entre 1 y 9999.",
    });
  });

  it("refuses a reversed range and one over 5,000 receipts", () => {
    expect(messages(batchSchema.safeParse({ prefix: "A", from: "50", to: "10" }))).toEqual({
      to: "El último número no puede ser menor que el primero.",
    });
    expect(messages(batchSchema.safeParse({ prefix: "A", from: "1", to: "5001" }))).toEqual({
      to: "Un lote puede tener como máximo 5,000 recibos.",
    });
    expect(batchSchema.safeParse({ prefix: "A", from: "1", to: "5000" }).success).toBe(true);
  });

  it("builds the API range with the letter upper-cased and 4 digits", () => {
    expect(batchBody({ prefix: "q", from: "7", to: "120" })).toEqual({ first: "Q0007", last: "Q0120" });
    expect(batchPreview({ prefix: "q", from: "7", to: "120" })).toBe("Q0007 – Q0120 (114 recibos)");
    expect(batchPreview({ prefix: "q", from: "9", to: "1" })).toBeNull();
  });
});

describe("assignment form", () => {
  it("validates a range in Spanish", () => {
    const base = { ...EMPTY_ASSIGN, holder: "7" };
    expect(messages(assignSchema.safeParse({ ...base, first: "A1", last: "" }))).toEqual({
      first: "Debe ser una letra y 4 dígitos, p. ej. A0001.",
      last: "Escribe el número de recibo.",
    });
    expect(messages(assignSchema.safeParse({ ...base, first: "A0010", last: "B0020" }))).toEqual({
      last: "El inicio y el fin del rango deben tener la misma letra.",
    });
    expect(messages(assignSchema.safeParse({ ...base, first: "A0020", last: "A0010" }))).toEqual({
      last: "El inicio del rango no puede ser mayor que el fin.",
    });
    expect(messages(assignSchema.safeParse({ ...EMPTY_ASSIGN, first: "A0001", last: "A0002" }))).toEqual({
      holder: "Elige a quién se asignan.",
    });
  });

  it("turns a first number and a count into a range", () => {
    const v = { ...EMPTY_ASSIGN, holder: "7", mode: "count", first: "b0095", count: "10" };
    expect(assignRange(v)).toEqual({ first: "B0095", last: "B0104", size: 10 });
    expect(assignBody(v)).toEqual({ first: "B0095", last: "B0104", collector_id: 7, to_office: false });
    expect(assignBody({ ...v, holder: "office" })).toEqual({ first: "B0095", last: "B0104", collector_id: null, to_office: true });
    expect(messages(assignSchema.safeParse({ ...v, count: "0" }))).toEqual({ count: "Escribe un número entero mayor que cero." });
    expect(messages(assignSchema.safeParse({ ...v, first: "B9995", count: "10" }))).toEqual({ count: "El rango pasaría del número 9999." });
  });

  it("warns before sending when the request passes the collector's limit", () => {
    expect(freePlaces(holder())).toBe(5);
    expect(freePlaces(holder({ receipt_limit: null }))).toBeNull();
    expect(assignmentWarnings(holder(), 20).limit).toBe(
      "Juan Pérez solo tiene lugar para 5 de 20 recibos (límite de 50, 45 activos): se asignarán los primeros 5 disponibles del rango.",
    );
    expect(assignmentWarnings(holder(), 5).limit).toBeUndefined();
    expect(assignmentWarnings(holder({ active: 50 }), 1).limit).toBe(
      "Juan Pérez ya tiene 50 recibos activos, su límite de 50: no se le puede asignar ninguno.",
    );
  });

  it("warns about low stock", () => {
    expect(assignmentWarnings(holder({ low_stock: true, stock: 3 }), null).lowStock).toBe("Juan Pérez tiene existencia baja: 3 recibos en mano.");
    expect(assignmentWarnings(holder({ low_stock: true, stock: 1 }), null).lowStock).toBe("Juan Pérez tiene existencia baja: 1 recibo en mano.");
    expect(assignmentWarnings(holder(), null).lowStock).toBeUndefined();
  });
});

describe("number range filter", () => {
  it("accepts either end and refuses mixed letters or a reversed range", () => {
    expect(rangeFilterError("A0001", "")).toBeUndefined();
    expect(rangeFilterError("", "a0010")).toBeUndefined();
    expect(rangeFilterError("A0001", "B0002")).toBe("El inicio y el fin del rango deben tener la misma letra.");
    expect(rangeFilterError("A0009", "A0002")).toBe("El inicio del rango no puede ser mayor que el fin.");
    expect(rangeFilterError("A12", "")).toBe("Desde: Debe ser una letra y 4 dígitos, p. ej. A0001.");
  });
});
