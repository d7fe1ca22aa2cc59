import { describe, expect, it } from "vitest";

import { toCents } from "@/lib/money";

import { approvalBlock, correctionBody, validateCorrections, validateSubmissionReject } from "./proposal-rules";

const auxiliar = { is_admin: false, permissions: ["proposals.approve", "proposals.reject"], departments: [{ code: "cobranza", is_manager: false }] };
const original = { amount: "850.00", receipt_number: "A0123" };

describe("proposal rules", () => {
  it("compares money as cents", () => {
    expect(toCents("850")).toBe(BigInt(85000));
    expect(toCents("0.5")).toBe(BigInt(50));
    expect(toCents("-50.00")).toBe(BigInt(-5000));
    expect(toCents("abc")).toBeNull();
  });

  it("blocks approval with the reason", () => {
    const open = { status: "pending", needs_manager: true, reviewer_user_id: null };
    expect(approvalBlock(auxiliar, open, 1, "5000.00")).toBe("Las propuestas de $5,000.00 o más requieren la aprobación de un gerente de Cobranza.");
    expect(approvalBlock(auxiliar, { ...open, needs_manager: false }, 1, "5000.00")).toBeNull();
    expect(approvalBlock(auxiliar, { ...open, needs_manager: false, status: "under_review", reviewer_user_id: 2 }, 1)).toBe(
      "Otra persona está revisando esta propuesta.",
    );
    expect(approvalBlock({ ...auxiliar, permissions: [] }, { ...open, needs_manager: false }, 1)).toBe(
      "No tienes permiso para aprobar propuestas de cobro.",
    );
  });

  it("validates corrections in Spanish", () => {
    const opts = { threshold: "5000.00", mayApproveHigh: false };
    expect(validateCorrections({ amount: "", receiptNumber: "", notes: "" }, original, opts).form).toBe(
      "Indica el monto o el número de recibo corregido (distinto del original).",
    );
    expect(validateCorrections({ amount: "850", receiptNumber: "a0123", notes: "" }, original, opts).form).toBeDefined();
    expect(validateCorrections({ amount: "8,50", receiptNumber: "", notes: "" }, original, opts).amount).toBe(
      "Escribe un monto válido (por ejemplo 850.00).",
    );
    expect(validateCorrections({ amount: "5000", receiptNumber: "", notes: "" }, original, opts).amount).toMatch(/gerente de Cobranza/);
    expect(validateCorrections({ amount: "800", receiptNumber: "", notes: "" }, original, opts)).toEqual({});
    expect(correctionBody({ amount: "800", receiptNumber: "a0123", notes: " " }, original)).toEqual({
      amount: "800",
      receipt_number: null,
      notes: null,
    });
  });

  it("asks for a reason and at least one correction when rejecting a submission", () => {
    const errors = validateSubmissionReject({ reason: "", corrections: [{ field: "", detail: "" }] });
    expect(errors.reason).toBe("Escribe el motivo del rechazo.");
    expect(errors.corrections).toBe("Indica al menos una corrección para el vendedor.");
    expect(validateSubmissionReject({ reason: "Faltan fotos", corrections: [{ field: "fotos", detail: "" }] }).rows?.[0]).toBe(
      "Escribe qué debe corregir.",
    );
    expect(validateSubmissionReject({ reason: "Faltan fotos", corrections: [{ field: "fotos", detail: "Toma la del frente" }] })).toEqual({});
  });
});
