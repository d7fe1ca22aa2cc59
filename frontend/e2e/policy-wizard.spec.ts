import { expect, test } from "@playwright/test";

import { signInAsDemoAdmin } from "./support";

const VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
const randomVin = () => Array.from({ length: 17 }, () => VIN_CHARS[Math.floor(Math.random() * VIN_CHARS.length)]).join("");

/** "$1,234.50" -> 123450 (cents, no floats). */
function cents(text: string): number {
  const m = /\$([\d,]+)\.(\d{2})/.exec(text);
  if (!m) throw new Error(`sin importe: ${text}`);
  return Number((m[1] ?? "0").replaceAll(",", "")) * 100 + Number(m[2]);
}

test("an admin creates a monthly_7 policy for a demo client with a new vehicle and sees its 7 installments", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAsDemoAdmin(page);

  await page.getByRole("navigation", { name: "Menú principal" }).getByRole("link", { name: "Pólizas" }).click();
  await page.getByRole("link", { name: "Nueva póliza" }).click();
  await expect(page).toHaveURL(/\/polizas\/nueva$/);
  await expect(page.getByRole("heading", { name: "Nueva póliza" })).toBeVisible();

  // 1. Cliente: type-ahead over the demo clients.
  await expect(page.getByRole("heading", { name: "Cliente", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Siguiente" }).click();
  await expect(page.getByText("Elige un cliente o registra uno nuevo.")).toBeVisible();
  await page.getByRole("searchbox", { name: "Buscar cliente", exact: true }).fill("García");
  const first = page.getByRole("list", { name: "Clientes encontrados" }).getByRole("button").first();
  await expect(first).toBeVisible();
  const clientName = ((await first.locator("span").first().textContent()) ?? "").trim();
  expect(clientName).not.toBe("");
  await first.click();
  await expect(page.getByRole("group", { name: "Cliente elegido" })).toContainText(clientName);
  await page.getByRole("button", { name: "Siguiente" }).click();

  // 2. Vehículo: a new one.
  await expect(page.getByRole("heading", { name: "Vehículo", exact: true })).toBeVisible();
  await page.getByRole("radio", { name: "Vehículo nuevo" }).check();
  await page.getByRole("combobox", { name: "Clave vehicular" }).click();
  await page.getByRole("option", { name: "101 AUTOMOVIL" }).click();
  await page.getByRole("textbox", { name: "Marca" }).fill("Nissan");
  await page.getByRole("textbox", { name: "Modelo" }).fill("Versa");
  await page.getByRole("textbox", { name: "Año" }).fill("2022");
  await page.getByRole("textbox", { name: "Color" }).fill("Gris");
  const serial = page.getByRole("textbox", { name: "Número de serie (NIV)" });
  await serial.fill("3N1CN7AD5KL12345O");
  await expect(page.getByText("sin I, O ni Q")).toBeVisible(); // live VIN check
  await serial.fill(randomVin());
  await expect(page.getByText("Formato válido")).toBeVisible();
  await page.getByRole("textbox", { name: "Placas" }).fill(`E2E${Math.floor(1000 + Math.random() * 9000)}`);
  await page.getByRole("textbox", { name: "Número de motor" }).fill("HR16123456");
  await page.getByRole("button", { name: "Siguiente" }).click();

  // 3. Cobertura y pagos: RC BASICA with 7 payments (1,200 + 6 x 500).
  await expect(page.getByRole("heading", { name: "Cobertura y pagos" })).toBeVisible();
  await page.getByRole("radio", { name: /^RC BASICA\b/ }).check();
  const plan = page.getByRole("radio", { name: "Enganche + 6 mensualidades" });
  await expect(plan).toBeVisible();
  const preview = page.getByRole("table", { name: "Pagos de Enganche + 6 mensualidades" });
  await expect(preview.getByRole("row")).toHaveCount(9);
  await expect(preview.getByRole("row").nth(1)).toContainText("$1,200.00");
  await expect(preview.getByRole("row").nth(8)).toContainText("$4,200.00");
  await plan.check();
  await page.getByRole("combobox", { name: "Vendedor" }).click();
  await page.getByRole("option").first().click();
  await page.getByRole("textbox", { name: "Folio de contrato" }).fill(`E2E-${Date.now()}`);
  await page.getByRole("button", { name: "Siguiente" }).click();

  // 4. Promociones (optional), 5. Confirmar.
  await expect(page.getByRole("heading", { name: "Promociones" })).toBeVisible();
  await page.getByRole("button", { name: "Continuar sin promociones" }).click();
  await expect(page.getByRole("heading", { name: "Confirmar" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Pagos de la póliza" }).getByRole("row")).toHaveCount(9);
  await page.getByRole("button", { name: "Crear póliza" }).click();

  // The new policy's detail, its 7 installments summing to the premium.
  await expect(page).toHaveURL(/\/polizas\/\d+$/);
  await expect(page.getByRole("heading", { name: /^Póliza \d+$/ })).toBeVisible();
  const premium = await page.locator("dt", { hasText: "Prima total" }).locator("xpath=following-sibling::dd").textContent();
  expect(cents(premium ?? "")).toBe(420_000);
  await page.getByRole("tab", { name: "Mensualidades" }).click();
  const installments = page.getByTestId("installment");
  await expect(installments).toHaveCount(7);
  const texts = await installments.allTextContents();
  expect(cents(texts[0] ?? "")).toBe(120_000);
  for (const t of texts.slice(1)) expect(cents(t)).toBe(50_000);
  expect(texts.reduce((sum, t) => sum + cents(t), 0)).toBe(cents(premium ?? ""));
});
