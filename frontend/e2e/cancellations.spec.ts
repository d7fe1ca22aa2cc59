import { expect, test } from "@playwright/test";

import { signInAsDemoAdmin } from "./support";

test("an admin cancels a policy by folio from Cancelaciones, finds it on top with its code and undoes it", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsDemoAdmin(page);

  // A policy in force (not the first one: the policies spec cancels that one).
  await page.goto("/polizas?status=active&sort=-folio");
  const policies = page.getByRole("table", { name: "Pólizas" });
  const folioLink = policies.getByRole("row").nth(3).getByRole("link").first();
  await expect(folioLink).toBeVisible();
  const folio = (await folioLink.textContent())?.trim() ?? "";
  expect(folio).toMatch(/^\d+$/);

  await page.getByRole("navigation", { name: "Menú principal" }).getByRole("link", { name: "Cancelaciones" }).click();
  await expect(page).toHaveURL(/\/cobranza\/cancelaciones/);
  await expect(page.getByRole("heading", { name: "Cancelaciones" })).toBeVisible();

  // Cancel from here: the folio first (validated), then the policies' own cancel dialog.
  await page.getByRole("button", { name: "Cancelar una póliza" }).click();
  const ask = page.getByRole("dialog", { name: "Cancelar una póliza" });
  await ask.getByRole("button", { name: "Continuar" }).click();
  await expect(ask).toContainText("Escribe el folio de la póliza.");
  await ask.getByRole("textbox", { name: /Folio de la póliza/ }).fill(folio);
  await ask.getByRole("button", { name: "Continuar" }).click();

  const cancelDialog = page.getByRole("dialog", { name: "Cancelar póliza" });
  await expect(cancelDialog).toBeVisible();
  await cancelDialog.getByRole("combobox", { name: "Motivo" }).click();
  await page.getByRole("option", { name: /^C5/ }).click();
  await cancelDialog.getByRole("textbox", { name: /Explicación/ }).fill("Prueba e2e: cancelación desde la lista de cancelaciones");
  await cancelDialog.getByRole("button", { name: "Cancelar póliza" }).click();
  await expect(cancelDialog).toBeHidden();

  // On top of the list (newest first), with its code, orange.
  const table = page.getByRole("table", { name: "Cancelaciones" });
  const first = table.getByRole("row").nth(1);
  await expect(first.getByRole("link", { name: folio, exact: true })).toBeVisible();
  await expect(first.getByText("C5", { exact: true })).toBeVisible();
  await expect(first.locator("[data-highlight=true]").first()).toBeVisible();
  await expect(first.getByText("Cancelada", { exact: true })).toBeVisible();

  // The detail, then undo (admin).
  await first.getByRole("button", { name: `Ver cancelación de la póliza ${folio}` }).click();
  const sheet = page.getByRole("dialog", { name: `Cancelación de la póliza ${folio}` });
  await expect(sheet).toContainText("Prueba e2e: cancelación desde la lista de cancelaciones");
  await sheet.getByRole("button", { name: "Deshacer cancelación" }).click();
  const undoDialog = page.getByRole("dialog", { name: "Deshacer cancelación" });
  await undoDialog.getByRole("textbox", { name: /Motivo/ }).fill("Prueba e2e: se canceló por error");
  await undoDialog.getByRole("button", { name: "Deshacer cancelación" }).click();
  await expect(undoDialog).toBeHidden();
  await expect(sheet.getByText("Deshecha", { exact: true })).toBeVisible();
  await expect(sheet).toContainText("Prueba e2e: se canceló por error");
  await expect(sheet.getByRole("button", { name: "Deshacer cancelación" })).toBeHidden();
  await sheet.getByRole("button", { name: "Cerrar", exact: true }).click();
  await expect(sheet).toBeHidden();
  await expect(first.getByText("Deshecha", { exact: true })).toBeVisible();
});
