import { expect, test } from "@playwright/test";

import { DEMO_PASSWORD, expectShell, fillLogin } from "./support";

test("a user without administration permissions neither sees nor reaches /admin", async ({ page }) => {
  await page.goto("/login");
  await fillLogin(page, "vendedor1", DEMO_PASSWORD);
  await expectShell(page);

  const nav = page.getByRole("navigation", { name: "Menú principal" });
  await expect(nav.getByRole("link", { name: "Inicio" })).toBeVisible();
  await expect(nav.getByRole("button", { name: "Administración" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Usuarios" })).toHaveCount(0);

  // Typing the address leads to "Acceso denegado", never to the screen.
  await page.goto("/admin/usuarios");
  await expect(page).toHaveURL(/\/acceso-denegado/);
  await expect(page.getByTestId("access-denied")).toBeVisible();
  await expect(page.getByRole("table", { name: "Usuarios" })).toHaveCount(0);

  // Every other administration screen too (typed addresses, not only the menu).
  for (const path of ["/admin/empleados", "/admin/coberturas", "/admin/roles", "/admin/bitacora", "/admin/configuracion"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/acceso-denegado/);
  }

  // And the API agrees: its own token cannot list users.
  const status = await page.evaluate(async () => {
    const refresh = await fetch("/api/v1/auth/refresh", { method: "POST" });
    const { access_token } = (await refresh.json()) as { access_token: string };
    const users = await fetch("/api/v1/admin/users", { headers: { Authorization: `Bearer ${access_token}` } });
    return users.status;
  });
  expect(status).toBe(403);
});
