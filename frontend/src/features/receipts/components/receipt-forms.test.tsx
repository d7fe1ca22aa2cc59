import { ApiError } from "@protegrt/api-client";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { EMPTY_ASSIGN, type HolderStats } from "../lib/receipt-forms";
import { AssignForm } from "./assign-form";
import { BatchForm } from "./batch-form";

// The forms import the API client through lib/errors; the network is never reached here.
vi.mock("@/lib/api", async () => {
  const client = await import("@protegrt/api-client");
  return { api: {}, unwrap: vi.fn(), ApiError: client.ApiError };
});

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const batchResult = {
  batch: { id: 1, prefix: "Q", first_seq: 1, last_seq: 20, kind: "paper" as const, created_count: 20, skipped_count: 0, created_by_user_id: 1, created_at: "2026-11-28T18:00:00Z" },
  created: 20,
  skipped: 0,
  skipped_ranges: [],
  warning: null,
};

describe("BatchForm", () => {
  it("shows Spanish messages and sends nothing while the batch is not valid", async () => {
    const user = userEvent.setup();
    const save = vi.fn();
    render(<BatchForm save={save} onSaved={() => {}} />);
    await user.click(screen.getByRole("button", { name: "Crear lote" }));
    expect(await screen.findByText("Escribe la letra del talonario.")).toBeInTheDocument();
    expect(screen.getByText("Escribe el primer número.")).toBeInTheDocument();
    expect(screen.getByText("Escribe el último número.")).toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: /Letra/ }), "7");
    await user.type(screen.getByRole("textbox", { name: /Del número/ }), "30");
    await user.type(screen.getByRole("textbox", { name: /Al número/ }), "10");
    await user.click(screen.getByRole("button", { name: "Crear lote" }));
    expect(await screen.findByText("Debe ser una sola letra (A-Z).")).toBeInTheDocument();
    expect(screen.getByText("El último número no puede ser menor que el primero.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Letra/ })).toHaveAttribute("aria-invalid", "true");
    expect(save).not.toHaveBeenCalled();
  });

  it("sends the range as receipt numbers and previews it", async () => {
    const user = userEvent.setup();
    const save = vi.fn().mockResolvedValue(batchResult);
    const onSaved = vi.fn();
    render(<BatchForm save={save} onSaved={onSaved} />);
    await user.type(screen.getByRole("textbox", { name: /Letra/ }), "q");
    await user.type(screen.getByRole("textbox", { name: /Del número/ }), "1");
    await user.type(screen.getByRole("textbox", { name: /Al número/ }), "20");
    expect(await screen.findByText(/Q0001 – Q0020 \(20 recibos\)/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Crear lote" }));
    await waitFor(() => expect(save).toHaveBeenCalledWith({ first: "Q0001", last: "Q0020" }));
    expect(onSaved).toHaveBeenCalledWith(batchResult);
  });

  it("puts the server's refusal of a reserved letter on the letter field", async () => {
    const user = userEvent.setup();
    const save = vi.fn().mockRejectedValue(
      new ApiError({ status: 422, code: "RECEIPT_BATCH_INVALID", detail: "La letra D está reservada para los recibos digitales.", fields: { first: "Letra reservada para recibos digitales." } }),
    );
    render(<BatchForm save={save} onSaved={() => {}} />);
    await user.type(screen.getByRole("textbox", { name: /Letra/ }), "D");
    await user.type(screen.getByRole("textbox", { name: /Del número/ }), "1");
    await user.type(screen.getByRole("textbox", { name: /Al número/ }), "10");
    await user.click(screen.getByRole("button", { name: "Crear lote" }));
    expect(await screen.findByText("Letra reservada para recibos digitales.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Letra/ })).toHaveAttribute("aria-invalid", "true");
  });
});

const holder: HolderStats = {
  collector_id: 7,
  at_office: false,
  code: "C1",
  name: "Juan Pérez",
  receipt_limit: 50,
  counts: {},
  active: 46,
  stock: 2,
  low_stock: true,
};

describe("AssignForm", () => {
  it("shows the collector's limit and the low-stock warning, then sends the range", async () => {
    const user = userEvent.setup();
    const save = vi.fn().mockResolvedValue({ assigned: 4, assigned_ranges: ["A0001-A0004"], not_assigned_ranges: ["A0005-A0010"], unavailable_ranges: [], warning: "Se asignaron 4 de 10" });
    render(<AssignForm holders={[holder]} save={save} onSaved={() => {}} defaultValues={{ ...EMPTY_ASSIGN, holder: "7" }} />);
    expect(screen.getByTestId("holder-limit")).toHaveTextContent("Juan Pérez: límite de 50 recibos activos, 46 activos, 2 en mano; lugar para 4.");
    expect(screen.getByText("Juan Pérez tiene existencia baja: 2 recibos en mano.")).toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: /Primer recibo/ }), "a0001");
    await user.type(screen.getByRole("textbox", { name: /Último recibo/ }), "A0010");
    expect(
      await screen.findByText(
        "Juan Pérez solo tiene lugar para 4 de 10 recibos (límite de 50, 46 activos): se asignarán los primeros 4 disponibles del rango.",
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Asignar" }));
    await waitFor(() => expect(save).toHaveBeenCalledWith({ first: "A0001", last: "A0010", collector_id: 7, to_office: false }));
  });

  it("disables the assignment when the collector has no free place", () => {
    render(<AssignForm holders={[{ ...holder, active: 50 }]} save={vi.fn()} onSaved={() => {}} defaultValues={{ ...EMPTY_ASSIGN, holder: "7" }} />);
    expect(screen.getByText("Juan Pérez ya tiene 50 recibos activos, su límite de 50: no se le puede asignar ninguno.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Asignar" })).toBeDisabled();
  });
});
