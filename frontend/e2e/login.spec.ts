import { expect, test } from "@playwright/test";

import { DEMO_PASSWORD, expectShell, fillLogin, watchCsp } from "./support";

test("a seller signs in with username and password and reaches the dashboard", async ({ page }) => {
  const csp = watchCsp(page);
  await page.goto("/");
  // No session: the dashboard sends to /login and remembers where to come back.
  await expect(page).toHaveURL(/\/login\?next=%2F$/);
  await expect(page.getByRole("heading", { name: "Iniciar sesión" })).toBeVisible();

  // Validation in Spanish before anything is sent.
  await page.getByRole("button", { name: "Iniciar sesión" }).click();
  await expect(page.getByText("Escribe tu usuario.")).toBeVisible();
  await expect(page.getByText("Escribe tu contraseña.")).toBeVisible();

  await fillLogin(page, "vendedor1", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/$/);
  await expectShell(page);
  await expect(page.getByRole("heading", { name: /^Hola, / })).toBeVisible();

  // The access token lives in memory only; the refresh token is an httpOnly cookie.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toMatch(/eyJ/);
  const cookies = await page.context().cookies();
  const refresh = cookies.find((c) => c.name === "protegrt_refresh");
  expect(refresh).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/api/v1/auth" });
  expect(await page.evaluate(() => document.cookie)).not.toContain("protegrt_refresh");

  // A reload keeps the session through the silent refresh.
  await page.reload();
  await expectShell(page);

  // Sign out: back to /login, and the dashboard is closed again.
  await page.getByTestId("user-menu").click();
  await page.getByRole("menuitem", { name: "Cerrar sesión" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);

  expect(csp, csp.join("\n")).toEqual([]);
});

test("wrong credentials show the server's message in Spanish", async ({ page }) => {
  await page.goto("/login");
  await fillLogin(page, "vendedor1", "no-es-la-contraseña");
  await expect(page.getByTestId("login-error")).toHaveText("Usuario o contraseña incorrectos.");
  await expect(page).toHaveURL(/\/login$/);
});
