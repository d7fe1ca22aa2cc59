import { type Page, expect, test } from "@playwright/test";

import { DEMO_PASSWORD, expectShell, fillLogin, signInAsDemoAdmin, watchCsp } from "./support";

/** The status link with the most policies on the home: its label, count and href. */
async function busiestStatus(page: Page): Promise<{ name: string; count: number; href: string }> {
  const statuses = page.getByRole("list", { name: "Pólizas por estatus" });
  await expect(statuses.getByRole("link").first()).toBeVisible();
  const links = await statuses.getByRole("link").all();
  let best = { name: "", count: -1, href: "" };
  for (const link of links) {
    const name = (await link.getAttribute("aria-label")) ?? "";
    const count = Number(name.replace(/^.*:\s*/, "").replace(/\D/g, ""));
    if (count > best.count) best = { name, count, href: (await link.getAttribute("href")) ?? "" };
  }
  return best;
}

/** Follows the status link and checks the list's total against the home's count. */
async function listTotalMatches(page: Page, status: { name: string; count: number; href: string }) {
  await page.getByRole("list", { name: "Pólizas por estatus" }).getByRole("link", { name: status.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(status.href.replace(/[?]/g, "\\?")));
  await expect(page.getByRole("heading", { name: "Pólizas" })).toBeVisible();
  const total = new Intl.NumberFormat("es-MX").format(status.count);
  await expect(page.getByText(status.count === 0 ? "Sin resultados" : new RegExp(`de ${total}$`))).toBeVisible();
}

test("the demo admin sees every section and the status counts match the policies list", async ({ page }) => {
  const csp = watchCsp(page);
  await signInAsDemoAdmin(page);
  await expect(page.getByText("Resumen de la empresa")).toBeVisible();
  await expect(page.getByText(/^Todas las pólizas: /)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Actividad de hoy" })).toBeVisible();
  for (const label of ["Pólizas nuevas", "Pagos recibidos", "Cancelaciones", "Propuestas por autorizar"]) {
    await expect(page.getByTestId(`stat-${label}`)).toBeVisible();
  }
  await expect(page.getByTestId("stat-Pagos recibidos")).toContainText("MXN");
  await expect(page.getByRole("heading", { name: "Actividad reciente" })).toBeVisible();

  const status = await busiestStatus(page);
  expect(status.count).toBeGreaterThan(0);
  expect(status.href).toMatch(/^\/polizas\?status=[a-z_]+$/);
  await listTotalMatches(page, status);
  expect(csp).toEqual([]);
});

test("a seller sees only the seller's sections, about their own policies", async ({ page }) => {
  await page.goto("/login");
  await fillLogin(page, "vendedor1", DEMO_PASSWORD);
  await expectShell(page);
  await expect(page.getByText("Resumen de tus pólizas")).toBeVisible();
  await expect(page.getByText(/^Tus pólizas: /)).toBeVisible();
  await expect(page.getByTestId("stat-Pólizas nuevas")).toBeVisible();
  await expect(page.getByTestId("stat-Pagos recibidos")).toBeVisible();
  await expect(page.getByTestId("stat-Cancelaciones")).toHaveCount(0);
  await expect(page.getByTestId("stat-Propuestas por autorizar")).toHaveCount(0);

  const status = await busiestStatus(page);
  expect(status.href).toMatch(/^\/polizas\?status=[a-z_]+&seller_id=\d+$/);
  await listTotalMatches(page, status);
});
