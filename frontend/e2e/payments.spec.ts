import { type APIRequestContext, type Page, expect, test } from "@playwright/test";

import { DEMO_PASSWORD, watchCsp } from "./support";

/**
 * Cobranza › Pagos (Issue 7): counter payment with its printed receipt, a partial payment, and a
 * user outside Cobranza who reads payments but never gets the editor. The Cobranza user is the
 * demo `auxiliar` (payments.create/edit/partial, receipts.read; no 2FA).
 */

interface Row {
  id: number;
  policy_id: number;
  folio: number;
  payment_number: number;
  amount: string;
  remaining: string;
  partial_paid: string;
}

/** Signs in through the API (the refresh cookie lands in the page's context); returns the access token. */
async function signIn(page: Page, username: string): Promise<string> {
  const login = await page.request.post("/api/v1/auth/login", { data: { username, password: DEMO_PASSWORD } });
  expect(login.ok(), await login.text()).toBe(true);
  const body = (await login.json()) as { status: string; access_token: string };
  expect(body.status).toBe("ok");
  return body.access_token;
}

async function getJson<T>(api: APIRequestContext, token: string, path: string): Promise<T> {
  const r = await api.get(path, { headers: { Authorization: `Bearer ${token}` } });
  expect(r.ok(), await r.text()).toBe(true);
  return (await r.json()) as T;
}

/** Pending installments without partials, one per policy, far from each other's folios. */
async function pendingInstallments(api: APIRequestContext, token: string, count: number): Promise<Row[]> {
  const page = await getJson<{ items: Row[] }>(api, token, "/api/v1/payments?status=pending&sort=-due_date&size=100");
  const seen = new Set<number>();
  const out: Row[] = [];
  for (const row of page.items) {
    if (row.partial_paid !== "0.00" || seen.has(row.policy_id)) continue;
    seen.add(row.policy_id);
    out.push(row);
    if (out.length === count) break;
  }
  expect(out.length).toBe(count);
  return out;
}

async function officeReceipts(api: APIRequestContext, token: string): Promise<string[]> {
  const page = await getJson<{ items: { number: string }[] }>(api, token, "/api/v1/receipts?at_office=true&status=assigned&size=10");
  expect(page.items.length).toBeGreaterThan(1);
  return page.items.map((r) => r.number);
}

async function openFolio(page: Page, row: Row) {
  await page.goto("/cobranza/pagos");
  await expect(page.getByRole("heading", { name: "Pagos", level: 1 })).toBeVisible();
  await page.getByRole("searchbox", { name: "Buscar pagos por folio o cliente" }).fill(String(row.folio));
  await page.getByRole("button", { name: `Ver folio ${row.folio}, pago ${row.payment_number}` }).click();
  await expect(page.getByRole("link", { name: `Póliza ${row.folio}` })).toBeVisible();
  await expect(page.getByRole("table", { name: "Pagos de la póliza" })).toBeVisible();
}

async function fillCounterPayment(page: Page, amount: string | null, receipt: string) {
  const dialog = page.getByRole("dialog", { name: "Pago en mostrador" });
  if (amount !== null) await dialog.getByRole("textbox", { name: /Monto/ }).fill(amount);
  await dialog.getByRole("combobox", { name: "Forma de pago" }).click();
  await page.getByRole("option", { name: "Efectivo" }).click();
  await dialog.getByRole("textbox", { name: /Número de recibo/ }).fill(receipt);
  await dialog.getByRole("button", { name: "Registrar pago" }).click();
  return dialog;
}

test("Cobranza records a counter payment and prints its receipt", async ({ page }) => {
  test.setTimeout(120_000);
  const csp = watchCsp(page);
  const token = await signIn(page, "auxiliar");
  const [row] = await pendingInstallments(page.request, token, 1);
  const [receipt] = await officeReceipts(page.request, token);
  if (!row || !receipt) throw new Error("sin datos de demo");

  await openFolio(page, row);
  await page.getByRole("button", { name: `Cobrar pago ${row.payment_number}` }).click();
  const dialog = page.getByRole("dialog", { name: "Pago en mostrador" });
  // The whole balance is offered; the Spanish validation guards the amount.
  await expect(dialog.getByRole("textbox", { name: /Monto/ })).toHaveValue(row.remaining);
  await dialog.getByRole("textbox", { name: /Monto/ }).fill("abc");
  await dialog.getByRole("textbox", { name: /Número de recibo/ }).focus();
  await expect(dialog).toContainText("Escribe un monto válido");
  await dialog.getByRole("textbox", { name: /Monto/ }).fill(row.remaining);

  await fillCounterPayment(page, null, receipt);
  await expect(dialog).toContainText(`Pago ${row.payment_number} registrado`);

  const popup = page.waitForEvent("popup");
  const pdf = page.waitForResponse((r) => /\/api\/v1\/payments\/transactions\/\d+\/receipt\.pdf$/.test(r.url()));
  await dialog.getByRole("button", { name: "Imprimir recibo" }).click();
  const response = await pdf;
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  // The page reads the body as a blob for the new tab (Chromium does not keep it for the
  // response event): the same URL fetched again must be a non-empty PDF.
  const again = await page.request.get(response.url(), { headers: { Authorization: `Bearer ${token}` } });
  expect(again.headers()["content-type"]).toBe("application/pdf");
  const bytes = await again.body();
  expect(bytes.length).toBeGreaterThan(1000);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const tab = await popup;
  await expect.poll(() => tab.url()).toMatch(/^blob:/);
  await tab.close();

  await dialog.getByRole("button", { name: "Cerrar" }).first().click();
  const installment = page.getByTestId(`installment-${row.payment_number}`);
  await expect(installment).toContainText("Pagada");
  await expect(installment).toContainText(receipt);
  // The installment's audit trail: the counter payment, its receipt, reversible by whoever may.
  await page.getByRole("button", { name: `Movimientos del pago ${row.payment_number}` }).click();
  const trail = page.getByRole("region", { name: `Movimientos del pago ${row.payment_number}` });
  await expect(trail).toContainText(`Recibo ${receipt}`);
  await expect(trail).toContainText("Mostrador");
  expect(csp).toEqual([]);
});

test("Cobranza records a partial payment shown as «abono 1 de …»", async ({ page }) => {
  test.setTimeout(120_000);
  const token = await signIn(page, "auxiliar");
  const rows = await pendingInstallments(page.request, token, 2);
  const row = rows[1];
  const receipts = await officeReceipts(page.request, token);
  const receipt = receipts[receipts.length - 1];
  if (!row || !receipt) throw new Error("sin datos de demo");

  await openFolio(page, row);
  await page.getByRole("button", { name: `Cobrar pago ${row.payment_number}` }).click();
  const dialog = page.getByRole("dialog", { name: "Pago en mostrador" });
  await dialog.getByRole("textbox", { name: /Monto/ }).fill("100.00");
  await expect(dialog).toContainText(`Se registrará como: Pago ${row.payment_number}, abono 1 de 1`);
  await fillCounterPayment(page, null, receipt);
  await expect(dialog).toContainText(`Pago ${row.payment_number}, abono 1 de 1 registrado`);
  await dialog.getByRole("button", { name: "Cerrar" }).first().click();

  const table = page.getByRole("table", { name: "Pagos de la póliza" });
  await expect(table).toContainText(`Pago ${row.payment_number}, abono 1 de 1`);
  await expect(page.getByTestId(`installment-${row.payment_number}`)).toContainText("Saldo");
});

test("a user outside Cobranza reads payments but cannot reach the payment editor", async ({ page }) => {
  test.setTimeout(90_000);
  const token = await signIn(page, "vendedor1");
  const [row] = await pendingInstallments(page.request, token, 1);
  if (!row) throw new Error("sin datos de demo");

  await page.goto(`/cobranza/pagos?poliza=${row.policy_id}`);
  await expect(page.getByRole("heading", { name: "Pagos", level: 1 })).toBeVisible();
  const table = page.getByRole("table", { name: "Pagos de la póliza" });
  await expect(table).toBeVisible();
  await expect(page.getByRole("button", { name: "Estado de cuenta" })).toBeVisible();
  for (const name of [/^Cobrar pago/, /^Editar pago/, /^Problema en el pago/, /^Reestructurar/, /^Revertir/]) {
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }
  // The API refuses the editor's calls too.
  const edit = await page.request.patch(`/api/v1/payments/${row.id}`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { comments: "intento sin permiso" },
  });
  expect(edit.status()).toBe(403);
  const counter = await page.request.post("/api/v1/payments/counter", {
    headers: { Authorization: `Bearer ${token}` },
    data: { installment_id: row.id, amount: row.remaining, method: "cash", receipt_number: "A0001" },
  });
  expect(counter.status()).toBe(403);
});
