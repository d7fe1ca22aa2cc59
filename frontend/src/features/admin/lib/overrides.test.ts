import { describe, expect, it } from "vitest";

import { mexicoCityInstant, toOverrideBody, toRow, validateOverrides } from "./overrides";

const row = (extra: Record<string, string> = {}) => ({
  key: "a",
  permission: "payments.edit",
  effect: "grant" as const,
  reason: "Cubre vacaciones",
  expiryDate: "",
  expiryTime: "",
  ...extra,
});

describe("individual permission overrides", () => {
  it("turns a Mexico City wall-clock time into an instant with its offset", () => {
    expect(mexicoCityInstant("2026-12-01", "18:00")).toBe("2026-12-01T18:00:00-06:00");
    expect(new Date(mexicoCityInstant("2026-12-01", "18:00")).toISOString()).toBe("2026-12-02T00:00:00.000Z");
  });

  it("reads an expiry back as dd/mm/aaaa and hh:mm in Mexico City", () => {
    const r = toRow(
      { permission: "payments.edit", effect: "revoke", reason: "x", expires_at: "2026-12-02T05:59:00Z", granted_by_user_id: 1, created_at: "2026-11-01T00:00:00Z" },
      "k",
    );
    expect(r).toMatchObject({ expiryDate: "01/12/2026", expiryTime: "23:59", effect: "revoke" });
  });

  it("checks permission, reason and a future expiry, in Spanish", () => {
    const now = new Date("2026-11-28T12:00:00Z");
    expect(validateOverrides([row()], now)).toEqual({});
    expect(validateOverrides([row({ permission: "", reason: "no" })], now)).toEqual({
      a: { permission: "Elige el permiso.", reason: "Escribe el motivo (al menos 3 caracteres)." },
    });
    expect(validateOverrides([row(), row({ key: "b" })], now)).toEqual({ b: { permission: "Permiso repetido: uno por fila." } });
    expect(validateOverrides([row({ expiryDate: "31/02/2027" })], now).a?.expiry).toBe("Escribe la fecha como dd/mm/aaaa.");
    expect(validateOverrides([row({ expiryDate: "27/11/2026" })], now).a?.expiry).toBe("La fecha de vencimiento debe ser futura.");
    expect(validateOverrides([row({ expiryDate: "01/12/2026", expiryTime: "25:00" })], now).a?.expiry).toBe("Escribe la hora como hh:mm (24 h).");
  });

  it("sends the expiry at the end of the day unless a time is given", () => {
    expect(toOverrideBody([row({ expiryDate: "01/12/2026" }), row({ key: "b", permission: "x.y", effect: "revoke" })])).toEqual([
      { permission: "payments.edit", effect: "grant", reason: "Cubre vacaciones", expires_at: "2026-12-01T23:59:00-06:00" },
      { permission: "x.y", effect: "revoke", reason: "Cubre vacaciones", expires_at: null },
    ]);
  });
});
