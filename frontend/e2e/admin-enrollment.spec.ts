import { expect, test } from "@playwright/test";

import { FRESH_ADMIN, expectShell, fillLogin, totpCode, watchCsp } from "./support";

test("an admin's first login enrols 2FA, shows the backup codes once, and the next login asks for a code", async ({ page }) => {
  const csp = watchCsp(page);
  await page.goto("/login");
  await fillLogin(page, FRESH_ADMIN.username, FRESH_ADMIN.password);

  // Mandatory enrolment: QR from the API and the secret to type by hand.
  await expect(page).toHaveURL(/\/login\/inscripcion-2fa$/);
  await expect(page.getByRole("img", { name: /Código QR/ })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())?.trim() ?? "";
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);

  // A wrong code is refused with the server's message.
  await page.getByRole("textbox", { name: "Código de verificación" }).fill("000000");
  await page.getByRole("button", { name: "Activar verificación en dos pasos" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "no es correcto" })).toBeVisible();

  await page.getByRole("textbox", { name: "Código de verificación" }).fill(totpCode(secret));
  await page.getByRole("button", { name: "Activar verificación en dos pasos" }).click();

  // Ten backup codes, shown once; going on needs the confirmation.
  const codes = page.getByTestId("backup-codes").getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const backupCodes = (await codes.allTextContents()).map((c) => c.trim());
  const continueButton = page.getByRole("button", { name: "Continuar" });
  await expect(continueButton).toBeDisabled();
  await page.getByRole("checkbox", { name: /Guardé mis códigos/ }).check();
  await continueButton.click();

  await expect(page).toHaveURL(/\/$/);
  await expectShell(page, "Ana Prueba");
  // An admin sees the administration group and its built screens.
  const nav = page.getByRole("navigation", { name: "Menú principal" });
  await expect(nav.getByRole("button", { name: "Administración" })).toBeVisible();
  await nav.getByRole("link", { name: "Usuarios" }).click();
  await expect(page).toHaveURL(/\/admin\/usuarios$/);
  await expect(page.getByRole("heading", { name: "Usuarios" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Usuarios" }).getByRole("row").nth(1)).toBeVisible();
  await page.getByRole("searchbox", { name: "Buscar usuarios" }).fill("vendedor1");
  await expect(page.getByRole("table", { name: "Usuarios" }).getByRole("cell", { name: "vendedor1", exact: true })).toBeVisible();

  // Sign out; the next login asks for the second factor (a backup code works once).
  await page.getByTestId("user-menu").click();
  await page.getByRole("menuitem", { name: "Cerrar sesión" }).click();
  // A request of the page still in flight when the session ends may send us to /login?next=...
  // first; both are the sign-in page.
  await expect(page).toHaveURL(/\/login(\?next=.*)?$/);
  await expect(page.getByRole("button", { name: "Iniciar sesión" })).toBeVisible();
  await page.goto("/login"); // the next person starts from a plain sign-in page
  await fillLogin(page, FRESH_ADMIN.username, FRESH_ADMIN.password);
  await expect(page).toHaveURL(/\/login\/verificacion$/);
  await page.getByRole("button", { name: /usar un código de respaldo/ }).click();
  await page.getByRole("textbox", { name: "Código de respaldo" }).fill(backupCodes[0] ?? "");
  await page.getByRole("button", { name: "Verificar" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expectShell(page, "Ana Prueba");

  expect(csp, csp.join("\n")).toEqual([]);
});
