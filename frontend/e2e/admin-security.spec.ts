import { expect, test } from "@playwright/test";

import { DEMO_PASSWORD, expectShell, fillLogin, signInAsDemoAdmin, watchCsp } from "./support";

test("the admin changes a business setting and finds it in the Bitácora with its before and after", async ({ page }) => {
  test.setTimeout(120_000);
  const csp = watchCsp(page);
  await signInAsDemoAdmin(page);

  const admin = page.getByRole("navigation", { name: "Menú principal" });
  await admin.getByRole("link", { name: "Configuración" }).click();
  await expect(page.getByRole("heading", { name: "Configuración", level: 1 })).toBeVisible();

  const card = page.locator('[data-setting="endorsement_fee"]');
  await expect(card).toContainText("$125.00");
  await card.getByRole("button", { name: "Editar Costo de un endoso" }).click();
  const amount = card.getByRole("textbox", { name: /Monto/ });
  await amount.fill("ciento cincuenta");
  await expect(card).toContainText("Escribe una cantidad en pesos con hasta dos decimales");
  await expect(card.getByRole("button", { name: "Guardar" })).toBeEnabled();
  await amount.fill("150");
  await card.getByRole("button", { name: "Guardar" }).click();
  await expect(page.getByText("Configuración guardada").first()).toBeVisible();
  await expect(card).toContainText("$150.00");

  // The setting's history: the Bitácora filtered to this record (a link other screens can use).
  await card.getByRole("link", { name: "Historial de Costo de un endoso" }).click();
  await expect(page).toHaveURL(/\/admin\/bitacora\?table=app_setting&record_id=endorsement_fee/);
  await expect(page.getByText("Historial del registro: Configuración #endorsement_fee")).toBeVisible();
  const log = page.getByRole("table", { name: "Bitácora" });
  const row = log.getByRole("row").nth(1);
  await expect(row).toContainText("Cambio");
  await expect(row).toContainText("admin");
  await row.getByRole("button", { name: /^Ver cambios/ }).click();
  const panel = page.getByRole("dialog", { name: /Cambio · Configuración #endorsement_fee/ });
  const valueRow = panel.getByRole("table", { name: "Cambios" }).getByRole("row", { name: /Valor/ });
  await expect(valueRow).toContainText("Cambió");
  await expect(valueRow.getByRole("cell").nth(0)).toHaveText("125.00");
  await expect(valueRow.getByRole("cell").nth(1)).toHaveText("150.00");
  await page.keyboard.press("Escape");

  // The same entry through the filters, kept in the URL.
  await page.getByRole("button", { name: "Ver toda la bitácora" }).click();
  await expect(page).not.toHaveURL(/record_id=/);
  // The screen has followed the new address (the filter inputs emptied) before we type.
  const tableFilter = page.getByLabel("Tabla", { exact: true });
  await expect(tableFilter).toHaveValue("");
  await tableFilter.fill("app_setting");
  await expect(page).toHaveURL(/table=app_setting/);
  await expect(log.getByRole("row").nth(1)).toContainText("#endorsement_fee");
  expect(csp).toEqual([]);
});

test("the admin grants a permission to a role and it stays saved", async ({ page }) => {
  test.setTimeout(120_000);
  const csp = watchCsp(page);
  await signInAsDemoAdmin(page);
  await page.goto("/admin/roles");
  await expect(page.getByRole("heading", { name: "Roles y permisos", level: 1 })).toBeVisible();

  await page.getByRole("navigation", { name: "Roles" }).getByRole("button", { name: /Auxiliar/ }).click();
  await expect(page.getByRole("heading", { name: /^Auxiliar/, level: 2 })).toBeVisible();
  const box = page.getByRole("checkbox", { name: "Consultar reportes — Cobranza", exact: true });
  await expect(box).not.toBeChecked();
  await box.click();
  await expect(box).toBeChecked();
  await page.getByRole("button", { name: "Guardar permisos" }).click();

  const dialog = page.getByRole("dialog", { name: "Guardar permisos de «Auxiliar»" });
  await expect(dialog.getByRole("list", { name: "Permisos que se agregan" })).toContainText("Consultar reportes (Cobranza)");
  await expect(dialog.getByRole("list", { name: "Permisos que se quitan" })).toHaveCount(0);
  await dialog.getByRole("button", { name: "Confirmar y guardar" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Permisos guardados").first()).toBeVisible();

  // Saved on the server: a reload shows it ticked.
  await page.reload();
  await expect(page.getByRole("heading", { name: /^Auxiliar/, level: 2 })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Consultar reportes — Cobranza", exact: true })).toBeChecked();
  await expect(page.getByText("Sin cambios.")).toBeVisible();
  expect(csp).toEqual([]);
});

test("a user without administration permissions cannot reach Roles y permisos", async ({ page }) => {
  await page.goto("/login");
  await fillLogin(page, "vendedor1", DEMO_PASSWORD);
  await expectShell(page);
  const nav = page.getByRole("navigation", { name: "Menú principal" });
  await expect(nav.getByRole("link", { name: "Roles y permisos" })).toHaveCount(0);

  await page.goto("/admin/roles");
  await expect(page).toHaveURL(/\/acceso-denegado/);
  await expect(page.getByTestId("access-denied")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Roles" })).toHaveCount(0);

  for (const path of ["/admin/bitacora", "/admin/configuracion", "/admin/sesiones", "/admin/motivos-cancelacion"]) {
    await page.goto(path);
    await expect(page.getByTestId("access-denied")).toBeVisible();
  }
});
