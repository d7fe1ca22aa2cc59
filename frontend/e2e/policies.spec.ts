import { expect, test } from "@playwright/test";

import { DEMO_PASSWORD, measurePageScripts, signInAsDemoAdmin } from "./support";

const POLICIES_JS_BUDGET = 300 * 1024;

test("an admin opens a policy from the list, cancels it with a code and undoes the cancellation", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsDemoAdmin(page);

  await page.getByRole("navigation", { name: "Menú principal" }).getByRole("link", { name: "Pólizas" }).click();
  await expect(page.getByRole("heading", { name: "Pólizas" })).toBeVisible();
  // Only policies in force: a chip shows the filter and removes it.
  await page.goto("/polizas?status=active");
  await expect(page.getByRole("list", { name: "Filtros aplicados" })).toContainText("Estatus: Vigente");
  const table = page.getByRole("table", { name: "Pólizas" });
  const firstFolio = table.getByRole("row").nth(1).getByRole("link").first();
  await expect(firstFolio).toBeVisible();
  const folio = (await firstFolio.textContent())?.trim() ?? "";
  await firstFolio.click();

  await expect(page.getByRole("heading", { name: `Póliza ${folio}` })).toBeVisible();
  const status = page.locator("[data-status]").first();
  await expect(status).toHaveText("Vigente");

  // Cancel: Spanish validation first, then a code and a reason.
  await page.getByRole("button", { name: "Cancelar", exact: true }).click();
  const cancelDialog = page.getByRole("dialog", { name: "Cancelar póliza" });
  await cancelDialog.getByRole("button", { name: "Cancelar póliza" }).click();
  await expect(cancelDialog).toContainText("Elige el motivo de cancelación.");
  await expect(cancelDialog).toContainText("Escribe el motivo.");
  await cancelDialog.getByRole("combobox", { name: "Motivo" }).click();
  await page.getByRole("option").first().click();
  await cancelDialog.getByRole("textbox", { name: /Explicación/ }).fill("Prueba e2e: el cliente vendió el vehículo");
  await cancelDialog.getByRole("button", { name: "Cancelar póliza" }).click();
  await expect(cancelDialog).toBeHidden();
  await expect(status).toHaveText("Cancelada");

  // Undo (admin).
  await page.getByRole("button", { name: "Deshacer cancelación" }).click();
  const undoDialog = page.getByRole("dialog", { name: "Deshacer cancelación" });
  await undoDialog.getByRole("textbox", { name: /Motivo/ }).fill("Prueba e2e: se canceló por error");
  await undoDialog.getByRole("button", { name: "Deshacer cancelación" }).click();
  await expect(undoDialog).toBeHidden();
  await expect(status).toHaveText("Vigente");
  await expect(page.getByRole("button", { name: "Cancelar", exact: true })).toBeVisible();
});

test("the policies list loads under 300 KB of gzipped JavaScript", async ({ page }) => {
  const login = await page.request.post("/api/v1/auth/login", { data: { username: "vendedor1", password: DEMO_PASSWORD } });
  expect(login.ok()).toBe(true);

  const { total, files } = await measurePageScripts(page, "/polizas", async () => {
    await expect(page.getByRole("heading", { name: "Pólizas" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Pólizas" })).toBeVisible();
  });
  console.log(`JS de Pólizas: ${(total / 1024).toFixed(1)} KB comprimidos en ${files} archivos`);
  expect(files).toBeGreaterThan(0);
  expect(total).toBeLessThan(POLICIES_JS_BUDGET);
});
