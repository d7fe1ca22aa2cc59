import { expect, request, test } from "@playwright/test";

import { DEMO_PASSWORD, expectShell, fillLogin } from "./support";

test("a session closed from elsewhere asks to sign in again over the page, keeping the half-filled form", async ({
  page,
  baseURL,
}) => {
  await page.goto("/login");
  await fillLogin(page, "vendedor2", DEMO_PASSWORD);
  await expectShell(page);
  await page.getByTestId("user-menu").click();
  await page.getByRole("menuitem", { name: "Cambiar contraseña" }).click();
  const form = page.getByRole("form", { name: "Cambiar mi contraseña" });
  await form.getByRole("textbox", { name: "Contraseña actual" }).fill("NoEsLaActual1");
  await form.getByRole("textbox", { name: "Nueva contraseña", exact: true }).fill("OtraClave2026x");
  await form.getByRole("textbox", { name: "Confirma la nueva contraseña" }).fill("OtraClave2026x");

  // Meanwhile the same person, in another browser, closes this session.
  const other = await request.newContext({ baseURL });
  const login = await other.post("/api/v1/auth/login", { data: { username: "vendedor2", password: DEMO_PASSWORD } });
  const { access_token } = (await login.json()) as { access_token: string };
  const auth = { Authorization: `Bearer ${access_token}` };
  const sessions = (await (await other.get("/api/v1/auth/sessions", { headers: auth })).json()) as { id: string; current: boolean }[];
  for (const s of sessions.filter((s) => !s.current)) {
    expect((await other.delete(`/api/v1/auth/sessions/${s.id}`, { headers: auth })).status()).toBe(204);
  }
  await other.dispose();

  // Saving meets the closed session: the re-login dialog opens over the page, not /login.
  await form.getByRole("button", { name: "Guardar" }).click();
  const relogin = page.getByTestId("relogin-dialog");
  await expect(relogin).toBeVisible();
  await expect(relogin.getByRole("textbox", { name: "Usuario" })).toHaveValue("vendedor2");
  await relogin.getByRole("textbox", { name: "Contraseña", exact: true }).fill(DEMO_PASSWORD);
  await relogin.getByRole("button", { name: "Iniciar sesión" }).click();
  await expect(relogin).toBeHidden();

  // The held request went through with the new session: the server's answer lands on its field,
  // and nothing typed was lost.
  await expect(form.getByText("La contraseña actual no es correcta.")).toBeVisible();
  await expect(form.getByRole("textbox", { name: "Nueva contraseña", exact: true })).toHaveValue("OtraClave2026x");
  await expect(page).toHaveURL(/\/$/);
});
