import { type APIRequestContext, expect, test } from "@playwright/test";

import { DEMO_PASSWORD, demoAdminToken, signInAsDemoAdmin, watchCsp } from "./support";

/**
 * Cobranza › Entregas de efectivo and Recibos against the real API. The precondition of the cash
 * delivery is made through the API exactly as the field app and the reviewer make it: a demo
 * collector (mobile session) records a cash proposal with one of their receipts, the demo admin
 * approves it; then, in the web app, the admin receives that collector's cash short and sees the
 * shortage recorded as the collector's debt.
 */

const COLLECTOR = "cobrador5";

async function getJson<T>(request: APIRequestContext, token: string, path: string): Promise<T> {
  const response = await request.get(path, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

async function collectorSession(request: APIRequestContext) {
  const response = await request.post("/api/v1/auth/login/mobile", {
    data: { username: COLLECTOR, password: DEMO_PASSWORD, app_type: "collector", app_version: "e2e", device_id: `e2e-${COLLECTOR}` },
  });
  expect(response.ok(), await response.text()).toBe(true);
  const body = (await response.json()) as { access_token: string | null; user: { employee_id: number; full_name: string } | null };
  expect(body.access_token && body.user, "sesión móvil del cobrador").toBeTruthy();
  return { token: body.access_token ?? "", employeeId: body.user?.employee_id ?? 0, name: body.user?.full_name ?? "" };
}

/** MXN string arithmetic in cents (never floats), as the app does. */
const cents = (value: string) => {
  const [whole = "0", frac = ""] = value.split(".");
  return BigInt(whole) * 100n + BigInt(frac.padEnd(2, "0").slice(0, 2));
};
const amount = (c: bigint) => `${c / 100n}.${(c % 100n).toString().padStart(2, "0")}`;
const display = (c: bigint) =>
  `$${new Intl.NumberFormat("es-MX", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(c) / 100)}`;

test("confirm a cash delivery with a shortage", async ({ page, request }) => {
  test.setTimeout(150_000);
  const csp = watchCsp(page);
  const collector = await collectorSession(request);
  const admin = await demoAdminToken(request);

  // A receipt the collector holds (the highest number: lower ones may be in the demo's open proposals).
  const receipts = await getJson<{ items: { number: string }[] }>(
    request,
    admin,
    `/api/v1/receipts?collector_id=${collector.employeeId}&status=assigned&sort=-number&size=1`,
  );
  const receipt = receipts.items[0]?.number;
  expect(receipt, "un recibo asignado al cobrador").toBeTruthy();

  // The collector records a full cash payment of an unpaid installment (the first policy that takes one today).
  const unpaid = await getJson<{ items: { id: number; folio: number; remaining: string; partial_paid: string }[] }>(
    request,
    admin,
    "/api/v1/payments?status=pending&status=late&size=100&sort=-due_date",
  );
  let proposal: { id: number; folio: number; amount: string } | null = null;
  for (const installment of unpaid.items) {
    if (cents(installment.partial_paid) !== 0n || cents(installment.remaining) <= 0n) continue;
    const created = await request.post("/api/v1/authorization/proposals", {
      headers: { Authorization: `Bearer ${collector.token}`, "Idempotency-Key": `e2e-cash-${installment.id}-${Date.now()}` },
      data: {
        payment_id: installment.id,
        amount: installment.remaining,
        method: "cash",
        receipt_number: receipt,
        latitude: 20.6236,
        longitude: -103.2343,
      },
    });
    if (created.status() === 409) continue; // that policy already has an open proposal today
    expect(created.status(), await created.text()).toBe(201);
    proposal = (await created.json()) as { id: number; folio: number; amount: string };
    break;
  }
  expect(proposal, "una propuesta de cobro creada").not.toBeNull();
  const approved = await request.post(`/api/v1/authorization/proposals/${proposal?.id}/approve`, {
    headers: { Authorization: `Bearer ${admin}` },
    data: {},
  });
  expect(approved.ok(), await approved.text()).toBe(true);

  // What the office must receive from this collector now (their approved cash not yet delivered).
  const expected = await getJson<{ total: string; items: { proposal_id: number }[] }>(
    request,
    admin,
    `/api/v1/cash/collectors/${collector.employeeId}/expected`,
  );
  expect(expected.items.map((i) => i.proposal_id)).toContain(proposal?.id);
  const total = cents(expected.total);
  const short = total > 10000n ? 10000n : total / 2n; // $100.00 short (or half, for a tiny total)
  const received = total - short;

  await signInAsDemoAdmin(page);
  const menu = page.getByRole("navigation", { name: "Menú principal" });
  await menu.getByRole("link", { name: "Entregas de efectivo", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Entregas de efectivo" })).toBeVisible();

  await page.getByRole("combobox", { name: "Cobrador", exact: true }).click();
  await page.getByRole("option", { name: new RegExp(collector.name) }).click();
  const table = page.getByRole("table", { name: "Efectivo esperado" });
  await expect(table).toContainText(String(proposal?.folio));
  await expect(table).toContainText(receipt ?? "");
  await expect(page.getByTestId("expected-total")).toHaveText(display(total));

  await page.getByRole("textbox", { name: /Efectivo recibido/ }).fill(amount(received));
  await expect(page.getByTestId("cash-difference")).toContainText(`Faltante: ${display(short)} MXN`);
  await page.getByRole("button", { name: "Confirmar recepción" }).click();
  const dialog = page.getByRole("dialog", { name: "Confirmar entrega de efectivo" });
  await expect(dialog).toContainText(`Faltan ${display(short)} MXN: se registrarán como deuda de ${collector.name}`);
  await dialog.getByRole("button", { name: "Confirmar entrega" }).click();
  await expect(dialog).toBeHidden();

  const result = page.getByRole("region", { name: "Entrega registrada" });
  await expect(result).toContainText(`Deuda del cobrador registrada: ${display(short)} MXN (abierta)`);
  // The history lists it first, with the shortage; its detail shows the debt.
  const history = page.getByRole("table", { name: "Entregas de efectivo" });
  const first = history.getByRole("row").nth(1);
  await expect(first).toContainText(collector.name);
  await expect(first).toContainText(display(short));
  await first.getByRole("button", { name: "Ver detalle" }).click();
  const detail = page.getByRole("dialog", { name: "Entrega de efectivo" });
  await expect(detail).toContainText(`Deuda del cobrador: ${display(short)} MXN (abierta)`);

  // Nothing left to receive from this collector.
  const after = await getJson<{ items: unknown[] }>(request, admin, `/api/v1/cash/collectors/${collector.employeeId}/expected`);
  expect(after.items).toHaveLength(0);
  expect(csp).toEqual([]);
});

test("create a receipt batch and assign part of it to a collector", async ({ page, request }) => {
  test.setTimeout(120_000);
  const csp = watchCsp(page);
  const admin = await demoAdminToken(request);
  // The collector with the most room under their limit (the API assigns only within it).
  const stats = await getJson<{ holders: { collector_id: number | null; name: string; receipt_limit: number | null; active: number }[] }>(
    request,
    admin,
    "/api/v1/receipts/stats",
  );
  const holder = stats.holders
    .filter((h) => h.collector_id !== null && h.receipt_limit !== null)
    .map((h) => ({ ...h, free: (h.receipt_limit ?? 0) - h.active }))
    .sort((a, b) => b.free - a.free)[0];
  expect(holder && holder.free >= 5, "un cobrador con lugar para 5 recibos").toBeTruthy();

  await signInAsDemoAdmin(page);
  await page.getByRole("navigation", { name: "Menú principal" }).getByRole("link", { name: "Recibos", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Recibos" })).toBeVisible();
  const unassignedBefore = Number((await page.getByTestId("kpi-unassigned").textContent())?.replace(/\D/g, "") ?? "0");

  // Lotes: letter + range, Spanish validation first.
  await page.getByRole("tab", { name: "Lotes" }).click();
  const batchForm = page.getByRole("form", { name: "Alta de lote" });
  await batchForm.getByRole("textbox", { name: /Letra/ }).fill("X");
  await batchForm.getByRole("textbox", { name: /Del número/ }).fill("9920");
  await batchForm.getByRole("textbox", { name: /Al número/ }).fill("9901");
  await batchForm.getByRole("button", { name: "Crear lote" }).click();
  await expect(batchForm).toContainText("El último número no puede ser menor que el primero.");
  await batchForm.getByRole("textbox", { name: /Del número/ }).fill("9901");
  await batchForm.getByRole("textbox", { name: /Al número/ }).fill("9920");
  await expect(batchForm).toContainText("X9901 – X9920 (20 recibos)");
  await batchForm.getByRole("button", { name: "Crear lote" }).click();
  await expect(page.getByText("Se crearon 20 recibos (X9901 – X9920).")).toBeVisible();
  await expect(page.getByRole("table", { name: "Lotes de recibos" })).toContainText("X9901 – X9920");
  await expect(page.getByTestId("kpi-unassigned")).toHaveText(new Intl.NumberFormat("es-MX").format(unassignedBefore + 20));

  // Asignación: 5 receipts from X9901 to that collector, within their limit.
  await page.getByRole("tab", { name: "Asignación" }).click();
  const assignForm = page.getByRole("form", { name: "Asignar recibos" });
  await assignForm.getByRole("combobox", { name: "Asignar a" }).click();
  await page.getByRole("option", { name: new RegExp(holder?.name ?? "-") }).click();
  await expect(page.getByTestId("holder-limit")).toContainText(`límite de ${holder?.receipt_limit} recibos activos`);
  await assignForm.getByRole("combobox", { name: "Cómo indicar los recibos" }).click();
  await page.getByRole("option", { name: "Cantidad a partir de un número" }).click();
  await assignForm.getByRole("textbox", { name: /Primer recibo/ }).fill("x9901");
  await assignForm.getByRole("textbox", { name: /Cuántos recibos/ }).fill("5");
  await expect(assignForm).toContainText("Rango: X9901 – X9905 (5 recibos).");
  await assignForm.getByRole("button", { name: "Asignar" }).click();
  await expect(page.getByTestId("assign-result")).toContainText("Asignados: 5 (X9901-X9905).");

  // Recibos: the range filter shows 5 assigned to the collector and 15 still unassigned.
  await page.getByRole("tab", { name: "Recibos" }).click();
  await page.getByRole("textbox", { name: "Número desde" }).fill("X9901");
  await page.getByRole("textbox", { name: "Número hasta" }).fill("X9920");
  await page.getByRole("button", { name: "Filtrar rango" }).click();
  await expect(page.getByRole("list", { name: "Filtros aplicados" })).toContainText("Números: X9901 – X9920");
  const list = page.getByRole("table", { name: "Recibos" });
  await expect(list.getByRole("row")).toHaveCount(21);
  await expect(list.locator('[data-status="assigned"]')).toHaveCount(5);
  await expect(list.locator('[data-status="unassigned"]')).toHaveCount(15);
  await expect(list.getByRole("row").filter({ hasText: "X9903" })).toContainText(holder?.name ?? "-");
  expect(csp).toEqual([]);
});
