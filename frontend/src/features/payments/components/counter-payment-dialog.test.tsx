import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { CounterPaymentDialog } from "./counter-payment-dialog";
import { fail, installment, ok } from "./test-fixtures";

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
// Radix Select's pointer handling and scrolling, which jsdom lacks.
Element.prototype.hasPointerCapture ??= () => false;
Element.prototype.releasePointerCapture ??= () => {};
Element.prototype.scrollIntoView ??= () => {};

const post = vi.fn();
vi.mock("@/lib/api", async () => {
  const { unwrap } = await import("@protegrt/api-client");
  return { api: { POST: (...args: unknown[]) => post(...args) }, unwrap };
});

function renderDialog(props: { remaining?: string; mayPartial?: boolean; partials?: number } = {}) {
  const remaining = props.remaining ?? "500.00";
  const partials = Array.from({ length: props.partials ?? 0 }, (_, k) => ({
    id: k + 1,
    partial_number: k + 1,
    of: props.partials ?? 0,
    label: `Pago 2, abono ${k + 1} de ${props.partials}`,
    amount: "100.00",
    paid_date: "2026-11-20",
    payment_method: "cash" as const,
    receipt_number: `A00${k + 1}0`,
    collector_id: null,
    status: "applied" as const,
  }));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <CounterPaymentDialog
        installment={installment({ remaining, partials })}
        mayPartial={props.mayPartial ?? true}
        open
        onOpenChange={() => {}}
      />
    </QueryClientProvider>,
  );
}

const amountBox = () => screen.getByRole("textbox", { name: /Monto/ });

async function chooseMethod(user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.click(screen.getByRole("combobox", { name: "Forma de pago" }));
  await user.click(await screen.findByRole("option", { name: label }));
}

beforeEach(() => post.mockReset());

describe("CounterPaymentDialog", () => {
  it("starts with the whole balance in MXN and validates the amount as a Decimal string, in Spanish", async () => {
    const user = userEvent.setup();
    renderDialog({ remaining: "1250.50" });
    expect(screen.getByTestId("remaining")).toHaveTextContent("$1,250.50");
    expect(amountBox()).toHaveValue("1250.50");
    expect(screen.getByText("Se registrará como: Pago 2")).toBeInTheDocument();

    await user.clear(amountBox());
    await user.type(amountBox(), "12.345");
    await user.tab();
    expect(await screen.findByText("Escribe un monto válido, con hasta dos decimales (por ejemplo 1250.50).")).toBeInTheDocument();

    await user.clear(amountBox());
    await user.type(amountBox(), "1250.51");
    expect(await screen.findByText("El monto no puede ser mayor que el saldo pendiente ($1,250.50).")).toBeInTheDocument();

    await user.clear(amountBox());
    await user.type(amountBox(), "0.00");
    expect(await screen.findByText("El monto debe ser mayor que $0.00.")).toBeInTheDocument();
  });

  it("asks for every required field in Spanish and sends nothing", async () => {
    const user = userEvent.setup();
    renderDialog({ remaining: "1250.50" });
    await user.clear(amountBox());
    await user.click(screen.getByRole("button", { name: "Registrar pago" }));
    expect(await screen.findByText("Escribe el monto.")).toBeInTheDocument();
    expect(screen.getByText("Elige la forma de pago.")).toBeInTheDocument();
    expect(screen.getByText("Escribe el número de recibo.")).toBeInTheDocument();
    expect(amountBox()).toHaveAttribute("aria-invalid", "true");
    expect(post).not.toHaveBeenCalled();
  });

  it("labels a smaller amount as the next partial and sends it normalised", async () => {
    const user = userEvent.setup();
    renderDialog({ remaining: "400.00", partials: 1 });
    await user.clear(amountBox());
    await user.type(amountBox(), "$1,50.5");
    expect(await screen.findByText("Se registrará como: Pago 2, abono 2 de 2")).toBeInTheDocument();
    await chooseMethod(user, "Transferencia");
    await user.type(screen.getByRole("textbox", { name: /Número de recibo/ }), "a0123");
    post.mockReturnValueOnce(
      ok(
        {
          transaction: {
            id: 99,
            payment_id: 21,
            payment_number: 2,
            kind: "partial",
            kind_label: "Abono",
            source: "counter",
            label: "Pago 2, abono 2 de 2",
            amount: "150.50",
            method: "transfer",
            receipt_id: 5,
            receipt_number: "A0123",
            paid_date: "2026-11-28",
            collector_id: null,
            collector_label: null,
            partial_payment_id: 8,
            proposal_id: null,
            reverses_id: null,
            reversed_by_id: null,
            reason: null,
            created_by_user_id: 1,
            created_at: "2026-11-28T18:00:00Z",
          },
          installment: installment({ remaining: "249.50", partial_paid: "250.50" }),
          policy_status: "pending",
          paid_off: false,
        },
        201,
      ),
    );
    await user.click(screen.getByRole("button", { name: "Registrar pago" }));
    const done = await screen.findByRole("alert");
    expect(within(done).getByText("Pago 2, abono 2 de 2 registrado")).toBeInTheDocument();
    expect(done).toHaveTextContent("Saldo pendiente de la mensualidad: $249.50");
    expect(screen.getByRole("button", { name: "Imprimir recibo" })).toBeEnabled();
    const [, init] = post.mock.calls[0] as [string, { body: Record<string, unknown> }];
    expect(post.mock.calls[0]?.[0]).toBe("/api/v1/payments/counter");
    expect(init.body).toMatchObject({ installment_id: 21, amount: "150.50", method: "transfer", receipt_number: "A0123" });
  });

  it("sends the same Idempotency-Key when the same submission is retried", async () => {
    const user = userEvent.setup();
    renderDialog({ remaining: "500.00" });
    await chooseMethod(user, "Efectivo");
    await user.type(screen.getByRole("textbox", { name: /Número de recibo/ }), "A0500");
    post.mockReturnValueOnce(
      fail(409, "IDEMPOTENCY_IN_FLIGHT", "Esta misma solicitud todavía se está procesando. Espera unos segundos e inténtalo de nuevo."),
    );
    await user.click(screen.getByRole("button", { name: "Registrar pago" }));
    expect(await screen.findByText(/todavía se está procesando/)).toBeInTheDocument();
    post.mockReturnValueOnce(fail(503, "SERVICE_UNAVAILABLE", "El servicio no está disponible."));
    await user.click(screen.getByRole("button", { name: "Registrar pago" }));
    expect(await screen.findByText("El servicio no está disponible.")).toBeInTheDocument();
    expect(post).toHaveBeenCalledTimes(2);
    const keyOf = (call: number) =>
      (post.mock.calls[call]?.[1] as { params: { header: Record<string, string> } }).params.header["Idempotency-Key"];
    expect(keyOf(0)).toMatch(/^[A-Za-z0-9_-]{8,128}$/);
    expect(keyOf(1)).toBe(keyOf(0));
  });

  it("refuses a partial amount without payments.partial", async () => {
    const user = userEvent.setup();
    renderDialog({ remaining: "500.00", mayPartial: false });
    await user.clear(amountBox());
    await user.type(amountBox(), "100");
    await user.tab();
    expect(
      await screen.findByText("No tienes permiso para registrar abonos: el monto debe ser el saldo completo ($500.00)."),
    ).toBeInTheDocument();
  });

  it("puts the server's refusal on the receipt field", async () => {
    const user = userEvent.setup();
    renderDialog();
    await chooseMethod(user, "Efectivo");
    await user.type(screen.getByRole("textbox", { name: /Número de recibo/ }), "B0001");
    post.mockReturnValueOnce(
      fail(422, "RECEIPT_NOT_ASSIGNED_TO_HOLDER", "El recibo no está verificado.", {
        receipt_number: "El recibo B0001 no está asignado a OFICINA.",
      }),
    );
    await user.click(screen.getByRole("button", { name: "Registrar pago" }));
    expect(await screen.findByText("El recibo B0001 no está asignado a OFICINA.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Número de recibo/ })).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("button", { name: "Registrar pago" })).toBeEnabled();
  });
});
