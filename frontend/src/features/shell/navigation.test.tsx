import { render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { SidebarNav } from "./components/sidebar";
import { SCREENS, canOpen, screenForPath, visibleNavigation } from "./navigation";

vi.mock("next/navigation", () => ({ usePathname: () => "/admin/usuarios" }));

const seller = { is_admin: false, permissions: ["policies.read_own", "clients.read", "clients.create"] };
const usersAdmin = { is_admin: false, permissions: ["admin.users"] };
const admin = { is_admin: true, permissions: [] };

describe("visibleNavigation", () => {
  it("shows only built screens the user may open; empty groups disappear", () => {
    const ids = (u: typeof seller) =>
      visibleNavigation(u).map((e) => ("items" in e ? `${e.label}:${e.items.map((s) => s.id).join(",")}` : e.screen.id));
    expect(ids(seller)).toEqual(["home", "clients", "policies"]);
    expect(ids(usersAdmin)).toEqual(["home", "Administración:users"]);
    // Screens not built yet (tablero de cobranza, cuentas, siniestros, grúas...) stay hidden even
    // from the administrator, who holds every permission.
    expect(ids(admin)).toEqual([
      "home",
      "clients",
      "policies",
      "Cobranza:payments,authorizations,cashDeliveries,receipts,cancellations,promotions",
      "Administración:employees,coverages,users,roles,sessions,audit,settings,cancellationCodes",
    ]);
    expect(SCREENS.collectionsDashboard.built).toBe(false);
    expect(canOpen(admin, SCREENS.collectionsDashboard)).toBe(false);
  });

  it("guards a screen by any of its permissions", () => {
    expect(canOpen(seller, SCREENS.users)).toBe(false);
    expect(canOpen(usersAdmin, SCREENS.users)).toBe(true);
    expect(canOpen(null, SCREENS.home)).toBe(false);
    expect(canOpen(seller, SCREENS.mySessions)).toBe(true);
  });

  it("finds the screen of a path (the longest match)", () => {
    expect(screenForPath("/")?.id).toBe("home");
    expect(screenForPath("/admin/usuarios")?.id).toBe("users");
    expect(screenForPath("/admin/usuarios/12")?.id).toBe("users");
    expect(screenForPath("/nada")).toBeUndefined();
  });
});

describe("SidebarNav", () => {
  it("renders no administration entry for a seller", () => {
    render(<SidebarNav user={seller} />);
    const nav = screen.getByRole("navigation", { name: "Menú principal" });
    expect(within(nav).getByRole("link", { name: "Inicio" })).toHaveAttribute("href", "/");
    expect(within(nav).queryByRole("button", { name: "Administración" })).toBeNull();
    expect(within(nav).queryByRole("link", { name: "Usuarios" })).toBeNull();
    expect(within(nav).getByRole("link", { name: "Clientes" })).toHaveAttribute("href", "/clientes");
  });

  it("renders the users screen for whoever holds admin.users, marked as current", () => {
    render(<SidebarNav user={usersAdmin} />);
    const nav = screen.getByRole("navigation", { name: "Menú principal" });
    expect(within(nav).getByRole("button", { name: "Administración" })).toHaveAttribute("aria-expanded", "true");
    const link = within(nav).getByRole("link", { name: "Usuarios" });
    expect(link).toHaveAttribute("href", "/admin/usuarios");
    expect(link).toHaveAttribute("aria-current", "page");
  });
});
