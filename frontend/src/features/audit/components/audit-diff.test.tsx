import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { auditDiff, formatAuditValue } from "../lib/diff";
import { AuditDiff } from "./audit-diff";

const rowOf = (label: RegExp) => screen.getByRole("rowheader", { name: label }).closest("tr")!;

describe("auditDiff", () => {
  it("walks nested objects and marks what changed", () => {
    const rows = auditDiff(
      { value: { car: { damage_pct: "5.00", theft_pct: "10.00" } } },
      { value: { car: { damage_pct: "6.00", theft_pct: "10.00" } } },
    );
    expect(rows.map((r) => [r.path, r.status])).toEqual([
      ["value.car.damage_pct", "changed"],
      ["value.car.theft_pct", "same"],
    ]);
    expect(rows[0]!.label).toBe("Valor › car › damage_pct");
  });

  it("treats an insert as every field new and a delete as every field removed", () => {
    expect(auditDiff(null, { code: "x", name: "X" }).map((r) => r.status)).toEqual(["added", "added"]);
    expect(auditDiff({ code: "x" }, null).map((r) => r.status)).toEqual(["removed"]);
  });

  it("formats values for people", () => {
    expect(formatAuditValue(true)).toBe("Sí");
    expect(formatAuditValue(false)).toBe("No");
    expect(formatAuditValue(null)).toBe("—");
    expect(formatAuditValue("2026-11-28")).toBe("28/11/2026");
    expect(formatAuditValue("2026-11-28T18:05:00Z")).toBe("28/11/2026 12:05");
    expect(formatAuditValue("5000.00")).toBe("5000.00");
    expect(formatAuditValue([15, 3])).toBe("15, 3");
  });
});

describe("AuditDiff", () => {
  it("highlights the changed field of a setting with its before and after", () => {
    render(<AuditDiff before={{ value: "5000.00" }} after={{ value: "5500.00" }} />);
    const row = rowOf(/^Valor/);
    expect(row).toHaveAttribute("data-status", "changed");
    expect(within(row).getByText("Cambió")).toBeInTheDocument();
    const cells = within(row).getAllByRole("cell");
    expect(cells[0]).toHaveTextContent("5000.00");
    expect(cells[1]).toHaveTextContent("5500.00");
    expect(screen.getByText("1 campo cambió.")).toBeInTheDocument();
  });

  it("keeps unchanged fields visible but not highlighted", () => {
    render(<AuditDiff before={{ name: "Gerente", description: "A" }} after={{ name: "Gerente", description: "B" }} />);
    expect(rowOf(/^Nombre/)).toHaveAttribute("data-status", "same");
    expect(within(rowOf(/^Nombre/)).queryByText("Cambió")).toBeNull();
    expect(rowOf(/^Descripción/)).toHaveAttribute("data-status", "changed");
    expect(screen.getByText("1 campo cambió de 2.")).toBeInTheDocument();
  });

  it("lists the grants that came and went in a role's permissions", () => {
    render(
      <AuditDiff
        before={{ role: "auxiliar", grants: [{ permission: "clients.read", department: null }] }}
        after={{
          role: "auxiliar",
          grants: [
            { permission: "clients.read", department: null },
            { permission: "payments.edit", department: "cobranza" },
          ],
        }}
      />,
    );
    const changes = within(rowOf(/^Permisos/)).getByRole("list", { name: "Elementos que cambiaron" });
    expect(within(changes).getByText("+ Permiso: payments.edit · Departamento: cobranza")).toBeInTheDocument();
    expect(rowOf(/^Rol/)).toHaveAttribute("data-status", "same");
  });

  it("shows a new record's fields as new", () => {
    render(<AuditDiff before={null} after={{ code: "aux_cobranza", is_active: true }} />);
    expect(within(rowOf(/^Código/)).getByText("Nuevo")).toBeInTheDocument();
    expect(within(rowOf(/^Activo/)).getAllByRole("cell")[1]).toHaveTextContent("Sí");
  });

  it("says so when a row has no before/after", () => {
    render(<AuditDiff before={null} after={null} />);
    expect(screen.getByText("Este registro no guarda datos de antes y después.")).toBeInTheDocument();
  });
});
