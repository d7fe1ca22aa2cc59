import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { ConfirmDialog } from "./confirm-dialog";

const base = {
  open: true,
  title: "Desactivar cobertura",
  description: "Ya no se podrá vender.",
  confirmLabel: "Desactivar",
  pendingLabel: "Desactivando…",
};

describe("ConfirmDialog", () => {
  it("asks, confirms and goes back", async () => {
    const onConfirm = vi.fn();
    const onOpenChange = vi.fn();
    const user = userEvent.setup();
    render(<ConfirmDialog {...base} pending={false} onConfirm={onConfirm} onOpenChange={onOpenChange} />);
    const dialog = await screen.findByRole("dialog", { name: "Desactivar cobertura" });
    expect(within(dialog).getByText("Ya no se podrá vender.")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Desactivar" }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    await user.click(within(dialog).getByRole("button", { name: "Volver" }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it("shows the refusal and the extra fields", async () => {
    render(
      <ConfirmDialog {...base} pending={false} error={new Error("No se pudo.")} onConfirm={vi.fn()} onOpenChange={vi.fn()}>
        <label>
          Fecha de baja
          <input />
        </label>
      </ConfirmDialog>,
    );
    const dialog = await screen.findByRole("dialog", { name: "Desactivar cobertura" });
    expect(within(dialog).getByRole("textbox", { name: "Fecha de baja" })).toBeInTheDocument();
    expect(within(dialog).getByRole("alert")).toBeInTheDocument();
  });

  it("cannot be confirmed twice or closed while the write is in flight", async () => {
    const onConfirm = vi.fn();
    const onOpenChange = vi.fn();
    const user = userEvent.setup();
    render(<ConfirmDialog {...base} pending onConfirm={onConfirm} onOpenChange={onOpenChange} />);
    const dialog = await screen.findByRole("dialog", { name: "Desactivar cobertura" });
    const busy = within(dialog).getByRole("button", { name: "Desactivando…" });
    expect(busy).toBeDisabled();
    expect(within(dialog).getByRole("button", { name: "Volver" })).toBeDisabled();
    await user.keyboard("{Escape}");
    expect(onOpenChange).not.toHaveBeenCalled();
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
