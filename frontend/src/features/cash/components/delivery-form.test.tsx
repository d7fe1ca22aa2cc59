import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { DeliveryForm } from "./delivery-form";

vi.mock("@/lib/api", async () => {
  const client = await import("@protegrt/api-client");
  return { api: {}, unwrap: vi.fn(), ApiError: client.ApiError };
});

const expected = {
  collector_id: 12,
  total: "1000.30",
  items: [
    { proposal_id: 41, folio: 1001, client_name: "Ana López", payment_number: 2, amount: "500.10", local_date: "2026-11-28", approved_at: "2026-11-28T17:00:00Z", receipt_number: "C0101" },
    { proposal_id: 42, folio: 1002, client_name: "Luis Mora", payment_number: 3, amount: "500.20", local_date: "2026-11-28", approved_at: "2026-11-28T17:05:00Z", receipt_number: "C0102" },
  ],
};

const delivery = {
  id: 9,
  collector_id: 12,
  expected_amount: "1000.30",
  received_amount: "999.99",
  shortage: "0.31",
  difference: "-0.31",
  confirmed_by_user_id: 1,
  confirmed_at: "2026-11-28T18:00:00Z",
  notes: null,
  items: [],
  debt: { id: 3, collector_id: 12, delivery_id: 9, amount: "0.31", status: "open" as const, created_at: "2026-11-28T18:00:00Z" },
};

describe("DeliveryForm", () => {
  it("requires the received amount, in Spanish", async () => {
    const user = userEvent.setup();
    const save = vi.fn();
    render(<DeliveryForm collectorName="Juan Pérez" expected={expected} save={save} onSaved={() => {}} />);
    await user.click(screen.getByRole("button", { name: "Confirmar recepción" }));
    expect(await screen.findByText("Escribe el efectivo recibido.", { selector: "p" })).toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: /Efectivo recibido/ }), "12.345");
    expect(await screen.findByText("Escribe un importe válido, con hasta dos decimales (p. ej. 1,250.50).")).toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
  });

  it("computes the shortage exactly, states it in MXN before confirming and sends strings", async () => {
    const user = userEvent.setup();
    const save = vi.fn().mockResolvedValue(delivery);
    const onSaved = vi.fn();
    render(<DeliveryForm collectorName="Juan Pérez" expected={expected} save={save} onSaved={onSaved} />);
    await user.type(screen.getByRole("textbox", { name: /Efectivo recibido/ }), "999.99");
    // 1000.30 - 999.99 in floating point is 0.3099999999999454
    expect(await screen.findByTestId("cash-difference")).toHaveTextContent("Faltante: $0.31 MXN (deuda del cobrador)");
    await user.click(screen.getByRole("button", { name: "Confirmar recepción" }));
    const dialog = await screen.findByRole("dialog", { name: "Confirmar entrega de efectivo" });
    expect(within(dialog).getByText("$1,000.30 MXN")).toBeInTheDocument();
    expect(within(dialog).getByText("$999.99 MXN")).toBeInTheDocument();
    expect(within(dialog).getByTestId("confirm-shortage")).toHaveTextContent(
      "Faltan $0.31 MXN: se registrarán como deuda de Juan Pérez, que se descuenta de sus comisiones.",
    );
    expect(save).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole("button", { name: "Confirmar entrega" }));
    await waitFor(() =>
      expect(save).toHaveBeenCalledWith({ collector_id: 12, received_amount: "999.99", proposal_ids: [41, 42], notes: null }),
    );
    expect(onSaved).toHaveBeenCalledWith(delivery);
  });

  it("reads thousands separators and reports a surplus without a debt", async () => {
    const user = userEvent.setup();
    render(<DeliveryForm collectorName="Juan Pérez" expected={expected} save={vi.fn()} onSaved={() => {}} />);
    await user.type(screen.getByRole("textbox", { name: /Efectivo recibido/ }), "1,050.30");
    expect(await screen.findByTestId("cash-difference")).toHaveTextContent("Sobrante: $50.00 MXN");
    await user.clear(screen.getByRole("textbox", { name: /Efectivo recibido/ }));
    await user.type(screen.getByRole("textbox", { name: /Efectivo recibido/ }), "1000.3");
    expect(await screen.findByTestId("cash-difference")).toHaveTextContent("Completo: sin diferencia");
  });
});
