import { expect, test } from "@playwright/test";

import { expectShell, fillLogin, signInAsDemoAdmin, watchCsp } from "./support";

/** Letters only (names accept no digits): a surname no demo employee has. */
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

test("the admin registers a collector, gives them a login, resets it, and they must change the password", async ({ page, browser }) => {
  const csp = watchCsp(page);
  await signInAsDemoAdmin(page);

  // -- Empleados: a new collector gets a C-code from the server ---------------------------------
  const menu = page.getByRole("navigation", { name: "Menú principal" });
  await menu.getByRole("link", { name: "Empleados" }).click();
  await expect(page).toHaveURL(/\/admin\/empleados$/);
  await expect(page.getByRole("table", { name: "Empleados" }).getByRole("row").nth(1)).toBeVisible();

  const surname = uniqueSurname();
  await page.getByRole("button", { name: "Nuevo empleado" }).click();
  const drawer = page.getByRole("dialog", { name: "Nuevo empleado" });
  await drawer.getByRole("button", { name: "Guardar", exact: true }).click();
  await expect(drawer.getByText("Este campo es obligatorio.").first()).toBeVisible();
  await drawer.getByLabel(/^Nombre\(s\)/).fill("Carmen");
  await drawer.getByLabel(/^Apellido paterno/).fill(surname);
  await drawer.getByLabel(/^Fecha de ingreso/).fill("2024-01-15");
  await drawer.getByLabel(/^Teléfono$/).focus();
  await expect(drawer.getByText(/Escribe la fecha como dd\/mm\/aaaa/)).toBeVisible();
  await drawer.getByLabel(/^Fecha de ingreso/).fill("15/01/2024");
  await drawer.getByRole("checkbox", { name: /Cobrador/ }).check();
  await drawer.getByRole("button", { name: "Guardar", exact: true }).click();
  await expect(drawer).toBeHidden();

  await expect(page).toHaveURL(/\/admin\/empleados\/\d+$/);
  await expect(page.getByRole("heading", { name: `Carmen ${surname}` })).toBeVisible();
  await expect(page.getByTestId("employee-code")).toHaveText(/^Clave C\d+$/);
  const code = (await page.getByTestId("employee-code").textContent())!.replace("Clave ", "");

  // Cobranza, so the login can hold the collector role there.
  await page.getByRole("tab", { name: "Departamentos" }).click();
  await page.getByRole("checkbox", { name: "Cobranza", exact: true }).check();
  await page.getByRole("button", { name: "Guardar departamentos" }).click();
  await expect(page.getByRole("button", { name: "Guardar departamentos" })).toBeDisabled();

  // The list finds them by code, with the collector badge.
  await page.goto(`/admin/empleados?q=${code}`);
  const row = page.getByRole("row", { name: new RegExp(surname) });
  await expect(row).toContainText(code);
  await expect(row).toContainText("Cobrador");
  await expect(row).toContainText("15/01/2024");
  await row.getByRole("link", { name: `Carmen ${surname}` }).click();

  // -- Usuarios: a login with a role, from the employee's record --------------------------------
  await page.getByRole("link", { name: "Crear usuario" }).click();
  await expect(page).toHaveURL(/\/admin\/usuarios\?nuevo=\d+$/);
  const create = page.getByRole("dialog", { name: "Nuevo usuario" });
  await expect(create.getByRole("combobox", { name: "Empleado" })).toContainText(`Carmen ${surname}`);
  const username = `carmen.${surname.toLowerCase()}`;
  await expect(create.getByLabel(/^Usuario/)).toHaveValue(username);
  await create.getByRole("checkbox", { name: "Cobrador — en Cobranza" }).check();
  await create.getByRole("button", { name: "Crear usuario" }).click();
  await expect(create.getByTestId("temporary-password")).toBeVisible();
  await create.getByRole("link", { name: "Ver usuario" }).click();

  await expect(page).toHaveURL(/\/admin\/usuarios\/\d+$/);
  await expect(page.getByRole("heading", { name: username })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Cobrador — en Cobranza" })).toBeChecked();
  await expect(page.getByText("Debe cambiar contraseña")).toBeVisible();

  // Reset the password: a generated temporary one, shown once.
  await page.getByRole("button", { name: "Restablecer contraseña" }).click();
  const reset = page.getByRole("dialog", { name: "Restablecer contraseña" });
  await expect(reset).toContainText("deberá cambiarla al entrar");
  await reset.getByRole("button", { name: "Restablecer contraseña" }).click();
  const temporary = (await reset.getByTestId("temporary-password").textContent())!.trim();
  expect(temporary).toMatch(/^[A-Za-z0-9]{12}$/);
  await reset.getByRole("button", { name: "Listo" }).click();
  await expect(reset).toBeHidden();
  expect(csp).toEqual([]);

  // -- The collector signs in and must choose a new password ------------------------------------
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto("/login");
  await fillLogin(other, username, temporary);
  await expect(other).toHaveURL(/\/login\/cambiar-contrasena$/);
  await other.getByRole("textbox", { name: "Nueva contraseña", exact: true }).fill("Cartera-Segura-2026");
  await other.getByRole("textbox", { name: "Confirma la nueva contraseña" }).fill("Cartera-Segura-2026");
  await other.getByRole("button", { name: "Guardar y continuar" }).click();
  await expect(other).toHaveURL(/\/$/);
  await expectShell(other);
  // A collector does not administer people.
  const otherMenu = other.getByRole("navigation", { name: "Menú principal" });
  await expect(otherMenu.getByRole("link", { name: "Empleados" })).toHaveCount(0);
  await expect(otherMenu.getByRole("link", { name: "Usuarios" })).toHaveCount(0);
  await context.close();
});
