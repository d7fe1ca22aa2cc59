import { expect, test } from "@playwright/test";

import { DEMO_PASSWORD, expectShell, fillLogin, watchCsp } from "./support";

/** Letters only (names accept no digits): a surname no demo client has. */
function uniqueSurname(): string {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  let n = Date.now();
  let out = "";
  while (n > 0) {
    out += letters[n % 26];
    n = Math.floor(n / 26);
  }
  return `Prueba${out}`;
}

test("a seller creates a client through the drawer and finds it in the list", async ({ page }) => {
  const csp = watchCsp(page);
  await page.goto("/login");
  await fillLogin(page, "vendedor1", DEMO_PASSWORD);
  await expectShell(page);

  await page.getByRole("navigation", { name: "Menú principal" }).getByRole("link", { name: "Clientes" }).click();
  await expect(page).toHaveURL(/\/clientes$/);
  const table = page.getByRole("table", { name: "Clientes" });
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  await expect(page.getByRole("button", { name: /export/i })).toHaveCount(0);

  const surname = uniqueSurname();
  const phone = `33${String(Date.now()).slice(-8)}`;
  await page.getByRole("button", { name: "Nuevo cliente" }).click();
  const drawer = page.getByRole("dialog", { name: "Nuevo cliente" });
  await expect(drawer).toBeVisible();
  // No tiles here: the form says so and keeps the coordinate inputs.
  await expect(drawer.getByTestId("map-unavailable")).toContainText("Sin mapa");

  await drawer.getByLabel(/^Nombre\(s\)/).fill("Lucía");
  await drawer.getByLabel(/^Apellido paterno/).fill(surname);
  await drawer.getByLabel(/^WhatsApp/).fill("33123");
  await drawer.getByLabel(/^Otro teléfono/).focus();
  await expect(drawer.getByText("El teléfono debe tener 10 dígitos.")).toBeVisible();
  await drawer.getByLabel(/^WhatsApp/).fill(phone);
  await drawer.getByLabel(/^Calle/).fill("Av. Hidalgo");
  await drawer.getByLabel(/^Núm. exterior/).fill("120");
  await drawer.getByLabel(/^Colonia/).fill("Centro");
  await drawer.getByLabel(/^Código postal/).fill("44100");
  // The municipality is picked from the catalogue: search without accents, choose "Municipio, Estado".
  await drawer.getByRole("combobox", { name: /^Municipio/ }).fill("tonala");
  await page.getByRole("option", { name: "Tonalá, Jalisco" }).click();
  await expect(drawer.getByRole("combobox", { name: /^Municipio/ })).toHaveValue("Tonalá, Jalisco");
  await drawer.getByRole("button", { name: "Guardar", exact: true }).click();

  // A brand-new name and phone: no duplicate warning, the drawer closes.
  await expect(drawer).toBeHidden();

  await page.getByRole("searchbox", { name: "Buscar clientes", exact: true }).fill(surname);
  await expect(page).toHaveURL(new RegExp(`q=${surname}`));
  const row = table.getByRole("row", { name: new RegExp(surname) });
  await expect(row).toBeVisible();
  await expect(row).toContainText(phone);

  await row.getByRole("link", { name: `Lucía ${surname}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Lucía ${surname}`);
  await expect(page.getByRole("link", { name: "WhatsApp" })).toHaveAttribute("href", `https://wa.me/52${phone}`);
  await expect(page.getByRole("tab", { name: /Pólizas/ })).toBeVisible();
  expect(csp).toEqual([]);
});
