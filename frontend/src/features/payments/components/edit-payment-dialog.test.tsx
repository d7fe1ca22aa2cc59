import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { EditPaymentDialog } from "./edit-payment-dialog";
import { fail, installment, ok } from "./test-fixtures";

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
Element.prototype.hasPointerCapture ??= () => false;
Element.prototype.releasePointerCapture ??= () => {};
Element.prototype.scrollIntoView ??= () => {};

const patch = vi.fn();
vi.mock("@/lib/api", async () => {
  const { unwrap } = await import("@protegrt/api-client");
  return { api: { PATCH: (...args: unknown[]) => patch(...args), GET: vi.fn() }, unwrap };
});

const paid = installment({
  status: "paid",
  paid_date: "2026-11-20",
  paid_amount: "500.00",
  remaining: "0.00",
  payment_method: "cash",
  receipt_number: "A0100",
});

function renderDialog(i = paid, onOpenChange = vi.fn()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <EditPaymentDialog installment={i} canPickCollector={false} open onOpenChange={onOpenChange} />
    </QueryClientProvider>,
  );
  return onOpenChange;
}

beforeEach(() => patch.mockReset());

describe("EditPaymentDialog", () => {
  it("puts each server refusal on its field and sends only what changed", async () => {
    const user = userEvent.setup();
    renderDialog();
    const paidDate = screen.getByLabelText("Fecha real de pago");
    await user.clear(paidDate);
    await user.type(paidDate, "2025-01-10");
    patch.mockReturnValueOnce(
      fail(422, "PAID_DATE_TOO_OLD", "La fecha real de pago es demasiado antigua.", {
        paid_date: "La fecha real de pago no puede ser anterior al 28/03/2026 (8 meses atrás).",
      }),
    );
    await user.click(screen.getByRole("button", { name: "Guardar cambios" }));
    expect(await screen.findByText("La fecha real de pago no puede ser anterior al 28/03/2026 (8 meses atrás).")).toBeInTheDocument();
    expect(screen.getByLabelText("Fecha real de pago")).toHaveAttribute("aria-invalid", "true");
    // every message found its field: no banner repeating it
    expect(screen.queryByText("La fecha real de pago es demasiado antigua.")).not.toBeInTheDocument();
    const [path, init] = patch.mock.calls[0] as [string, { params: { path: { installment_id: number } }; body: object }];
    expect(path).toBe("/api/v1/payments/{installment_id}");
    expect(init.params.path.installment_id).toBe(21);
    expect(init.body).toEqual({ paid_date: "2025-01-10" });
  });

  it("shows a refusal without a field of this form as a banner", async () => {
    const user = userEvent.setup();
    renderDialog();
    await user.type(screen.getByRole("textbox", { name: "Comentarios" }), "Pagó en ventanilla");
    patch.mockReturnValueOnce(fail(409, "INSTALLMENT_CANCELLED", "La mensualidad está cancelada: no admite pagos ni cambios."));
    await user.click(screen.getByRole("button", { name: "Guardar cambios" }));
    expect(await screen.findByText("La mensualidad está cancelada: no admite pagos ni cambios.")).toBeInTheDocument();
  });

  it("checks dates and status agree before sending, in Spanish", async () => {
    const user = userEvent.setup();
    renderDialog(installment());
    await user.type(screen.getByLabelText("Fecha real de pago"), "2026-11-20");
    await user.type(screen.getByLabelText("Número de recibo"), "A0100");
    await user.click(screen.getByRole("button", { name: "Guardar cambios" }));
    expect(await screen.findByText("Solo un pago con estatus «Pagada» puede tener fecha real de pago.")).toBeInTheDocument();
    expect(screen.getByText("Marca la mensualidad como pagada para registrar su recibo.")).toBeInTheDocument();
    expect(patch).not.toHaveBeenCalled();
  });

  it("closes after a successful save", async () => {
    const user = userEvent.setup();
    const onOpenChange = renderDialog();
    await user.type(screen.getByRole("textbox", { name: "Comentarios" }), "Entregó el cobrador");
    patch.mockReturnValueOnce(ok(paid));
    await user.click(screen.getByRole("button", { name: "Guardar cambios" }));
    await vi.waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
    expect((patch.mock.calls[0] as [string, { body: object }])[1].body).toEqual({ comments: "Entregó el cobrador" });
  });
});
