import { ApiError } from "@protegrt/api-client";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { validateSchedule } from "../schemas";
import { ScheduleEditor } from "./schedule-editor";

vi.mock("@/lib/api", () => ({ api: {}, unwrap: vi.fn() }));

const monday = [
  { weekday: 0, start_time: "09:00:00", end_time: "14:00:00" },
  { weekday: 0, start_time: "15:00:00", end_time: "18:00:00" },
];

describe("validateSchedule", () => {
  it("wants hh:mm, exit after entry, no overlaps and at most 4 windows a day", () => {
    const errors = validateSchedule([
      { key: "a", weekday: 0, start: "9", end: "18:00" },
      { key: "b", weekday: 1, start: "18:00", end: "09:00" },
      { key: "c", weekday: 2, start: "09:00", end: "14:00" },
      { key: "d", weekday: 2, start: "13:00", end: "18:00" },
      { key: "e", weekday: 3, start: "09:00", end: "14:00" },
      { key: "f", weekday: 3, start: "14:00", end: "18:00" },
    ]);
    expect(errors).toEqual({
      a: "Escribe las horas como hh:mm (24 h).",
      b: "La hora de salida debe ser posterior a la de entrada.",
      d: "Se traslapa con 09:00-14:00 del mismo día.",
    });
    const five = [0, 1, 2, 3, 4].map((i) => ({ key: `k${i}`, weekday: 4, start: `0${i}:00`, end: `0${i}:30` }));
    expect(validateSchedule(five)).toEqual({ k4: "Máximo 4 horarios por día." });
  });
});

describe("ScheduleEditor", () => {
  it("shows the week, with rest days, and saves the whole week in order", async () => {
    const onSave = vi.fn(async (body: { weekday: number; start_time: string; end_time: string }[]) => body);
    const user = userEvent.setup();
    render(<ScheduleEditor windows={monday} readOnly={false} onSave={onSave} />);
    const mon = screen.getByRole("listitem", { name: "Lunes" });
    expect(within(mon).getByLabelText("Lunes, entrada 1")).toHaveValue("09:00");
    expect(within(mon).getByLabelText("Lunes, salida 2")).toHaveValue("18:00");
    expect(within(screen.getByRole("listitem", { name: "Domingo" })).getByText("Descanso")).toBeInTheDocument();
    const save = screen.getByRole("button", { name: "Guardar horario" });
    expect(save).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "Copiar el lunes de martes a viernes" }));
    await user.click(screen.getByRole("button", { name: "Agregar horario el sábado" }));
    const sat = screen.getByRole("listitem", { name: "Sábado" });
    await user.clear(within(sat).getByLabelText("Sábado, salida 1"));
    await user.type(within(sat).getByLabelText("Sábado, salida 1"), "13:00");
    await user.click(save);
    expect(onSave).toHaveBeenCalledTimes(1);
    const body = onSave.mock.calls[0]![0];
    expect(body).toHaveLength(11);
    expect(body[0]).toEqual({ weekday: 0, start_time: "09:00:00", end_time: "14:00:00" });
    expect(body.at(-1)).toEqual({ weekday: 5, start_time: "09:00:00", end_time: "13:00:00" });
    expect(await screen.findByRole("button", { name: "Guardar horario" })).toBeDisabled();
  });

  it("keeps a bad window from being sent and says why, in Spanish", async () => {
    const onSave = vi.fn();
    const user = userEvent.setup();
    render(<ScheduleEditor windows={monday} readOnly={false} onSave={onSave} />);
    const start2 = screen.getByLabelText("Lunes, entrada 2");
    await user.clear(start2);
    await user.type(start2, "13:00");
    await user.click(screen.getByRole("button", { name: "Guardar horario" }));
    expect(await screen.findByText("Se traslapa con 09:00-14:00 del mismo día.")).toBeInTheDocument();
    expect(start2).toHaveAttribute("aria-invalid", "true");
    expect(onSave).not.toHaveBeenCalled();
  });

  it("puts the server's refusal on the window it names", async () => {
    const onSave = vi.fn().mockRejectedValue(
      new ApiError({ status: 422, code: "VALIDATION_FAILED", detail: "Revisa los datos.", fields: { "1": "Máximo 4 horarios por día." } }),
    );
    const user = userEvent.setup();
    render(<ScheduleEditor windows={monday} readOnly={false} onSave={onSave} />);
    await user.click(screen.getByRole("button", { name: "Quitar Lunes 09:00–14:00" }));
    await user.click(screen.getByRole("button", { name: "Agregar horario el martes" }));
    await user.click(screen.getByRole("button", { name: "Guardar horario" }));
    // Sent in order: [Monday 15:00, Tuesday 09:00]; "1" is Tuesday's.
    expect(await screen.findByText("Máximo 4 horarios por día.")).toBeInTheDocument();
    expect(screen.getByLabelText("Martes, entrada 1")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Lunes, entrada 1")).not.toHaveAttribute("aria-invalid");
    expect(screen.getByText("Revisa los horarios marcados.")).toBeInTheDocument();
  });

  it("is read-only for who may only look", () => {
    render(<ScheduleEditor windows={monday} readOnly onSave={vi.fn()} />);
    expect(screen.getByLabelText("Lunes, entrada 1")).toHaveAttribute("readonly");
    expect(screen.queryByRole("button", { name: "Guardar horario" })).toBeNull();
    expect(screen.queryByRole("button", { name: /Agregar horario/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /Quitar/ })).toBeNull();
  });
});
