import { ApiError } from "@protegrt/api-client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import { useSessionStore } from "@/features/auth/api/session-store";

import type { Setting } from "../api/queries";
import { MESSAGES, editorFields, normalizeMoney } from "../lib/setting-form";
import { SettingForm } from "./setting-form";
import { SettingsScreen } from "./settings-screen";

const SETTINGS: Setting[] = [
  { key: "proposal_manager_threshold", value: "5000.00", description: "Monto (MXN) a partir del cual…", updated_at: "2026-11-28T18:00:00Z", updated_by_user_id: null },
  { key: "vpn_cidrs", value: ["10.8.0.0/24"], description: "Rangos de la VPN", updated_at: "2026-11-28T18:00:00Z", updated_by_user_id: null },
];

vi.mock("@/lib/api", () => ({ api: { GET: vi.fn() }, unwrap: vi.fn(async () => SETTINGS) }));
vi.mock("next/navigation", () => ({ usePathname: () => "/admin/configuracion" }));

function setup(setting: Pick<Setting, "key" | "value">, save = vi.fn(async (key: string, value: unknown) => ({ ...SETTINGS[0]!, key, value }))) {
  const onSaved = vi.fn();
  const user = userEvent.setup();
  render(<SettingForm setting={setting} onSaved={onSaved} onCancel={vi.fn()} save={save} />);
  return { user, save, onSaved };
}

afterEach(() => useSessionStore.setState({ user: null }));

describe("normalizeMoney", () => {
  it("keeps money as a two-decimal string without floats", () => {
    expect(normalizeMoney("5500.5")).toBe("5500.50");
    expect(normalizeMoney("$1,200")).toBe("1200.00");
    expect(normalizeMoney("0.1")).toBe("0.10");
    expect(normalizeMoney("12.345")).toBeNull();
    expect(normalizeMoney("-5")).toBeNull();
  });
});

describe("editorFields", () => {
  it("shows an object's fields in the table's order, not the database's", () => {
    expect(editorFields("collection_urgency_days", { orange_max: 15, yellow_max: 5 }).map((f) => f.label)).toEqual(["Amarillo hasta", "Naranja hasta"]);
    const nested = editorFields("amplia_deductibles", { motorcycle: { theft_pct: "20.00", damage_pct: "10.00" }, car: { theft_pct: "10.00", damage_pct: "5.00" } });
    expect(nested.map((f) => f.path.join("."))).toEqual(["car.damage_pct", "car.theft_pct", "motorcycle.damage_pct", "motorcycle.theft_pct"]);
    expect(nested[0]!.kind).toBe("percent");
  });
});

describe("SettingForm", () => {
  it("edits money as a Decimal string, with a Spanish message for a bad amount", async () => {
    const { user, save } = setup({ key: "proposal_manager_threshold", value: "5000.00" });
    const input = screen.getByLabelText(/^Monto/);
    expect(screen.getByText("Monto").parentElement).toHaveTextContent("*");
    await user.clear(input);
    await user.type(input, "cinco mil");
    expect(await screen.findByText(MESSAGES.money)).toBeInTheDocument();
    expect(input).toHaveAttribute("aria-invalid", "true");
    await user.clear(input);
    await user.type(input, "5500.5");
    expect(screen.queryByText(MESSAGES.money)).toBeNull();
    expect(screen.getByText("$5,500.50 MXN")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    expect(save).toHaveBeenCalledWith("proposal_manager_threshold", "5500.50");
  });

  it("wants whole, non-negative numbers for counts", async () => {
    const { user, save } = setup({ key: "proposal_stale_hours", value: 48 });
    const input = screen.getByLabelText(/^Horas/);
    await user.clear(input);
    await user.type(input, "-3");
    expect(await screen.findByText(MESSAGES.negative)).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, "2.5");
    expect(await screen.findByText(MESSAGES.integer)).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, "72");
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    expect(save).toHaveBeenCalledWith("proposal_stale_hours", 72);
  });

  it("checks each CIDR line and confirms before changing the network restriction", async () => {
    const { user, save } = setup({ key: "vpn_cidrs", value: ["10.8.0.0/24"] });
    const box = screen.getByLabelText(/^Rangos \(CIDR\)/);
    await user.type(box, "\n10.9.0.0/33");
    expect(await screen.findByText(MESSAGES.cidrLine(2))).toBeInTheDocument();
    await user.type(box, "{Backspace}{Backspace}16");
    expect(screen.queryByText(MESSAGES.cidrLine(2))).toBeNull();
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    const dialog = await screen.findByRole("dialog", { name: "¿Cambiar la restricción de red?" });
    expect(save).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole("button", { name: "Confirmar cambio" }));
    expect(save).toHaveBeenCalledWith("vpn_cidrs", ["10.8.0.0/24", "10.9.0.0/16"]);
  });

  it("checks a sending window's order across fields", async () => {
    const value = {
      min_days_late_first_installment: 5,
      min_days_late_later_installments: 3,
      max_per_week: 2,
      min_days_between: 3,
      window_start: "09:00",
      window_end: "20:00",
    };
    const { user, save } = setup({ key: "delinquency_messages", value });
    const end = screen.getByLabelText(/^Enviar hasta/);
    await user.clear(end);
    await user.type(end, "25:00");
    expect(await screen.findByText(MESSAGES.time)).toBeInTheDocument();
    await user.clear(end);
    await user.type(end, "08:00");
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    expect(await screen.findByText(MESSAGES.windowOrder)).toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
  });

  it("puts the server's refusal on the field it names", async () => {
    const save = vi.fn().mockRejectedValue(
      new ApiError({ status: 422, code: "VALIDATION_FAILED", detail: "Revisa los datos.", fields: { "value.motorcycle.theft_pct": "No puede ser negativo." } }),
    );
    const value = {
      car: { damage_pct: "5.00", theft_pct: "10.00" },
      motorcycle: { damage_pct: "10.00", theft_pct: "20.00" },
    };
    const { user } = setup({ key: "amplia_deductibles", value }, save);
    const field = screen.getByLabelText(/^Motocicleta: robo total/);
    await user.clear(field);
    await user.type(field, "25");
    await user.click(screen.getByRole("button", { name: "Guardar" }));
    expect(await screen.findByText("No puede ser negativo.")).toBeInTheDocument();
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(save).toHaveBeenCalledWith("amplia_deductibles", { car: { damage_pct: "5.00", theft_pct: "10.00" }, motorcycle: { damage_pct: "10.00", theft_pct: "25.00" } });
  });
});

describe("SettingsScreen", () => {
  const render_ = () =>
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <SettingsScreen />
      </QueryClientProvider>,
    );

  it("is read-only without settings.edit", async () => {
    useSessionStore.setState({ user: { is_admin: false, permissions: ["settings.read"] } as never });
    render_();
    expect(await screen.findByText("Monto que requiere gerente")).toBeInTheDocument();
    expect(screen.getByText("$5,000.00")).toBeInTheDocument();
    expect(screen.getByText("Solo lectura: no tienes permiso para editar la configuración.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Editar/ })).toBeNull();
  });

  it("lets settings.edit change business settings but not the network ones without admin.network", async () => {
    useSessionStore.setState({ user: { is_admin: false, permissions: ["settings.edit"] } as never });
    render_();
    expect(await screen.findByRole("button", { name: "Editar Monto que requiere gerente" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Editar Rangos de la VPN" })).toBeDisabled();
  });
});
