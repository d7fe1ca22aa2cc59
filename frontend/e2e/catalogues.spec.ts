import { type Page, expect, test } from "@playwright/test";

import { signInAsDemoAdmin, watchCsp } from "./support";

const PROMO = "E2EPROMO10";
const RC_BASICA_CAR = "RC BASICA · 101 AUTOMOVIL · Particular";

async function choose(page: Page, scope: ReturnType<Page["getByRole"]> | Page, combobox: string, option: string | RegExp) {
  await scope.getByRole("combobox", { name: combobox }).click();
  await page.getByRole("option", { name: option }).click();
}

test("the demo admin edits a coverage price and sees it in the catalogue", async ({ page }) => {
  test.setTimeout(120_000);
  const csp = watchCsp(page);
  await signInAsDemoAdmin(page);

  await page.goto("/admin/coberturas");
  await expect(page.getByRole("heading", { name: "Coberturas" })).toBeVisible();
  const table = page.getByRole("table", { name: "Coberturas" });
  await expect(table.getByRole("row").nth(1)).toBeVisible();

  // RC PREMIUM for automobiles in public service: one row (no other spec sells it).
  await choose(page, page, "Filtrar por tipo de vehículo", /clave 101 AUTOMOVIL/);
  await choose(page, page, "Filtrar por servicio", "Público");
  await page.getByRole("searchbox", { name: "Buscar coberturas" }).fill("RC PREMIUM");
  await expect(table.getByRole("row")).toHaveCount(2);
  const row = table.getByRole("row").nth(1);
  await expect(row).toContainText("RC PREMIUM");
  await expect(row).toContainText("Público");

  await row.getByRole("button", { name: /^Editar RC PREMIUM/ }).click();
  const drawer = page.getByRole("dialog", { name: "Editar cobertura RC PREMIUM" });
  await expect(drawer).toBeVisible();
  const cash = drawer.getByLabel(/^Precio de contado/);
  await cash.fill("7,3a");
  await drawer.getByLabel(/^Enganche/).focus();
  await expect(drawer.getByText("Escribe un importe en pesos con máximo dos decimales (p. ej. 4200.00).")).toBeVisible();
  await cash.fill("7,345.67");
  await expect(drawer.getByText("$7,345.67 MXN")).toBeVisible();
  await drawer.getByRole("button", { name: "Guardar", exact: true }).click();
  await expect(drawer).toBeHidden();
  await expect(row).toContainText("$7,345.67");

  // Its payment schemes: contado follows the new price at once.
  await row.getByRole("button", { name: /^Formas de pago de RC PREMIUM/ }).click();
  const schemes = page.getByRole("dialog", { name: "Formas de pago" });
  await expect(schemes.getByRole("region", { name: "Contado", exact: true })).toContainText("$7,345.67");
  await expect(schemes.getByRole("table", { name: "Pagos de Enganche + 6 mensualidades" }).getByRole("row")).toHaveCount(8);
  expect(csp).toEqual([]);
});

test("the demo admin creates a promotion with a rule and a coverage condition, simulates it and activates it", async ({ page }) => {
  test.setTimeout(180_000);
  const csp = watchCsp(page);
  await signInAsDemoAdmin(page);

  await page.goto("/cobranza/promociones");
  await expect(page.getByRole("heading", { name: "Promociones" })).toBeVisible();
  await expect(page.getByRole("definition").first()).toBeVisible(); // KPIs loaded
  await expect(page.getByText("Usos hoy")).toBeVisible();

  await page.getByRole("button", { name: "Nueva promoción" }).click();
  const drawer = page.getByRole("dialog", { name: "Nueva promoción" });
  await drawer.getByLabel(/^Clave/).fill(PROMO.toLowerCase());
  await drawer.getByLabel(/^Nombre/).fill("Prueba e2e 10 % RC BÁSICA");
  await drawer.getByLabel(/^Fin de vigencia/).fill("31/12/2030");
  const rule = drawer.getByRole("region", { name: "Regla 1" });
  await rule.getByLabel("Porcentaje (%) de la regla 1").fill("150");
  await drawer.getByRole("button", { name: "Guardar", exact: true }).click();
  await expect(rule.getByText("El porcentaje de descuento debe ser mayor que 0 y como máximo 100.")).toBeVisible();
  await rule.getByLabel("Porcentaje (%) de la regla 1").fill("10");
  await choose(page, rule, "Agregar condición a la regla 1", "Coberturas");
  const condition = rule.getByRole("group", { name: "Condición Coberturas (regla 1)" });
  await condition.getByRole("searchbox", { name: "Buscar cobertura" }).fill("RC BASICA · 101");
  await condition.getByLabel(RC_BASICA_CAR, { exact: true }).check();
  await expect(condition.getByText("1 cobertura elegida")).toBeVisible();
  await drawer.getByLabel("Activar al guardar").uncheck();
  await drawer.getByRole("button", { name: "Guardar", exact: true }).click();
  await expect(drawer).toBeHidden();

  await page.getByRole("searchbox", { name: "Buscar promociones" }).fill(PROMO);
  const table = page.getByRole("table", { name: "Promociones" });
  await expect(table.getByRole("row")).toHaveCount(2);
  const row = table.getByRole("row").nth(1);
  await expect(row).toContainText("10 % de descuento sobre la prima total");
  await expect(row).toContainText("0 / sin límite");
  await expect(row.locator("[data-status]")).toHaveText("Inactiva");

  // Simulated while inactive: the API says why it does not apply.
  const simulate = async () => {
    await row.getByRole("button", { name: `Simular ${PROMO}` }).click();
    const sheet = page.getByRole("dialog", { name: "Simular promociones" });
    await choose(page, sheet, "Cobertura", RC_BASICA_CAR);
    await choose(page, sheet, "Forma de pago", "7 mensualidades");
    await sheet.getByRole("button", { name: "Simular", exact: true }).click();
    await expect(sheet.getByRole("region", { name: "Resultado de la simulación" })).toBeVisible();
    return sheet;
  };
  let sheet = await simulate();
  await expect(sheet.getByText("No aplica")).toBeVisible();
  await expect(sheet.getByText("La promoción está desactivada.")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();

  await row.getByRole("button", { name: `Activar ${PROMO}` }).click();
  await expect(row.locator("[data-status]")).toHaveText("Vigente");

  // Active: 10 % of the credit price (4,200) comes off the last installments.
  sheet = await simulate();
  await expect(sheet.getByText("Aplica · $420.00")).toBeVisible();
  const installments = sheet.getByRole("table", { name: "Pagos antes y después" });
  await expect(installments.getByRole("row", { name: /Pago 7/ })).toContainText("$500.00");
  await expect(installments.getByRole("row", { name: /Pago 7/ })).toContainText("$80.00");
  await expect(sheet.getByText("$3,780.00")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();

  // Never applied yet: the usage history says so.
  await row.getByRole("button", { name: `Historial de uso de ${PROMO}` }).click();
  const history = page.getByRole("dialog", { name: "Historial de uso" });
  await expect(history.getByText("La promoción aún no se ha aplicado a ninguna póliza.")).toBeVisible();
  await page.keyboard.press("Escape");

  // Leave the demo data as other specs expect it: deactivate (with confirmation).
  await row.getByRole("button", { name: `Desactivar ${PROMO}` }).click();
  const confirm = page.getByRole("dialog", { name: "Desactivar promoción" });
  await confirm.getByRole("button", { name: "Desactivar", exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(row.locator("[data-status]")).toHaveText("Inactiva");
  expect(csp).toEqual([]);
});
