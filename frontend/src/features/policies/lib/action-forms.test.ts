import { describe, expect, it } from "vitest";

import { type CancelForm, cancelBody, reasonError, validateCancel } from "./action-forms";

const valid: CancelForm = {
  code: "C1",
  reason: "El cliente vendió el vehículo",
  paymentsMade: "",
  notifyClient: true,
  notifyCollector: false,
  notifySeller: true,
};

describe("validateCancel", () => {
  it("accepts a complete form", () => {
    expect(validateCancel(valid, 7)).toEqual({});
  });

  it("asks for the code and a reason of at least 10 characters, in Spanish", () => {
    expect(validateCancel({ ...valid, code: "", reason: "" }, 7)).toEqual({
      code: "Elige el motivo de cancelación.",
      reason: "Escribe el motivo.",
    });
    expect(validateCancel({ ...valid, reason: "  corto   " }, 7).reason).toBe("El motivo debe tener al menos 10 caracteres.");
    expect(validateCancel({ ...valid, reason: "0123456789" }, 7).reason).toBeUndefined();
  });

  it("checks payments made: a whole number up to the installments", () => {
    expect(validateCancel({ ...valid, paymentsMade: "abc" }, 7).paymentsMade).toBe("Escribe un número entero de pagos.");
    expect(validateCancel({ ...valid, paymentsMade: "-1" }, 7).paymentsMade).toBe("Escribe un número entero de pagos.");
    expect(validateCancel({ ...valid, paymentsMade: "8" }, 7).paymentsMade).toBe("La póliza tiene 7 pagos.");
    expect(validateCancel({ ...valid, paymentsMade: "3" }, 7)).toEqual({});
  });

  it("builds the API body (empty payments made = the server's default)", () => {
    expect(cancelBody({ ...valid, reason: "  El cliente vendió el vehículo " })).toEqual({
      code: "C1",
      reason: "El cliente vendió el vehículo",
      payments_made: null,
      notify_client: true,
      notify_collector: false,
      notify_seller: true,
    });
    expect(cancelBody({ ...valid, paymentsMade: "2" }).payments_made).toBe(2);
  });

  it("limits reasons to 2000 characters", () => {
    expect(reasonError("x".repeat(2001))).toBe("El motivo no puede pasar de 2000 caracteres.");
  });
});
