import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { PolicyStatusBadge } from "@/components/ui/badge";

import { InstallmentsTimeline } from "../components/policy-detail";
import { installmentRow, installmentStatus, partialLabel } from "./policy-format";

afterEach(cleanup);

const installment = {
  id: 11,
  payment_number: 3,
  due_date: "2026-12-05",
  amount: "1250.50",
  status: "late",
  paid_date: null,
  paid_amount: null,
  partial_paid: "600.00",
  partials: [
    { id: 1, partial_number: 1, of: 2, amount: "600.00", paid_date: "2026-11-28", status: "applied" },
    { id: 2, partial_number: 2, of: 2, amount: "650.50", paid_date: "2026-11-29", status: "reversed" },
  ],
};

describe("policy status badge", () => {
  it.each([
    ["active", "Vigente", "emerald"],
    ["pending", "Pendiente", "yellow"],
    ["morosa", "Morosa", "orange"],
    ["cancelled", "Cancelada", "red"],
    ["expired", "Vencida", "slate"],
  ])("%s is %s in its colour", (status, label, colour) => {
    render(<PolicyStatusBadge status={status} />);
    const badge = screen.getByText(label);
    expect(badge).toHaveAttribute("data-status", status);
    expect(badge.className).toContain(colour);
  });
});

describe("installments timeline", () => {
  it("formats number, due date, amount, status and partials", () => {
    const row = installmentRow(installment);
    expect(row.number).toBe("Pago 3");
    expect(row.dueDate).toBe("05/12/2026");
    expect(row.amount).toBe("$1,250.50");
    expect(row.status).toEqual({ label: "Atrasada", tone: "orange" });
    expect(row.partials.map((p) => p.label)).toEqual(["Pago 3, abono 1 de 2", "Pago 3, abono 2 de 2"]);
    expect(row.partials[1]).toMatchObject({ amount: "$650.50", date: "29/11/2026", reversed: true });
    expect(partialLabel(1, { partial_number: 2, of: 3 })).toBe("Pago 1, abono 2 de 3");
    expect(installmentStatus("paid").label).toBe("Pagada");
    expect(installmentStatus("nuevo")).toEqual({ label: "nuevo", tone: "neutral" });
  });

  it("renders one entry per installment", () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a fixture of the API shape
    render(<InstallmentsTimeline installments={[installment as any]} />);
    const list = screen.getByRole("list", { name: "Mensualidades" });
    const entry = within(list).getAllByTestId("installment")[0]!;
    expect(entry).toHaveTextContent("Pago 3");
    expect(entry).toHaveTextContent("Vence 05/12/2026");
    expect(entry).toHaveTextContent("Atrasada");
    expect(entry).toHaveTextContent("Pago 3, abono 1 de 2: $600.00 el 28/11/2026");
  });
});
