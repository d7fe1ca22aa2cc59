import { describe, expect, it } from "vitest";

import { safeNext } from "./login-flow";

describe("safeNext (where to go after signing in)", () => {
  it("keeps paths of this app", () => {
    expect(safeNext("/admin/usuarios?page=2")).toBe("/admin/usuarios?page=2");
  });
  it("refuses anything that could leave the app or loop back to the login", () => {
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/login", null, ""]) {
      expect(safeNext(bad)).toBe("/");
    }
  });
});
