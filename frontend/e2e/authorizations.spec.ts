import { type APIRequestContext, type Page, expect, test } from "@playwright/test";

import { DEMO_PASSWORD, signInAsDemoAdmin, watchCsp } from "./support";

/**
 * Cobranza › Autorizaciones against the real API: proposals created through the API (a demo
 * collector's mobile session) reach the open page over Socket.IO, are approved or rejected one at a
 * time, and the policy's new status shows without reloading.
 */

interface Candidate {
  policyId: number;
  folio: number;
  paymentId: number;
  amount: string;
}

interface Created {
  id: number;
  folio: number;
  policyId: number;
}

async function bearer(request: APIRequestContext, path: string, data: object): Promise<string> {
  const response = await request.post(path, { data });
  expect(response.ok(), await response.text()).toBe(true);
  const body = (await response.json()) as { access_token?: string | null; status: string };
  expect(body.access_token, `sin token: ${body.status}`).toBeTruthy();
  return body.access_token ?? "";
}

const collectorToken = (request: APIRequestContext) =>
  bearer(request, "/api/v1/auth/login/mobile", {
    username: "cobrador1",
    password: DEMO_PASSWORD,
    app_type: "collector",
    app_version: "e2e",
    device_id: "e2e-cobrador1",
  });

async function getJson<T>(request: APIRequestContext, token: string, path: string): Promise<T> {
  const response = await request.get(path, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/**
 * Morosa policies with exactly one late installment (no partials) and a term not yet over: paying
 * that installment in full makes the policy Vigente.
 */
async function candidates(request: APIRequestContext, token: string): Promise<Candidate[]> {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Mexico_City" }).format(new Date());
  const list = await getJson<{ items: { id: number }[] }>(request, token, "/api/v1/policies?status=morosa&size=100&sort=folio");
  const out: Candidate[] = [];
  for (const row of list.items) {
    const policy = await getJson<{
      id: number;
      folio: number;
      status: string;
      expiration_date: string;
      installments: { id: number; status: string; remaining: string; partial_paid: string }[];
    }>(request, token, `/api/v1/policies/${row.id}`);
    const late = policy.installments.filter((i) => i.status === "late" || i.status === "overdue");
    const only = late[0];
    if (policy.status !== "morosa" || late.length !== 1 || !only || Number(only.partial_paid) !== 0) continue;
    if (policy.expiration_date <= today || Number(only.remaining) <= 0 || Number(only.remaining) >= 5000) continue;
    out.push({ policyId: policy.id, folio: policy.folio, paymentId: only.id, amount: only.remaining });
    if (out.length >= 8) break;
  }
  expect(out.length, "pólizas morosas con un solo pago atrasado").toBeGreaterThanOrEqual(3);
  return out;
}

/** Creates a proposal for the next candidate that accepts one today, with a receipt of the collector. */
class ProposalFactory {
  private receipts: string[] = [];
  private policies: Candidate[] = [];
  constructor(
    private readonly request: APIRequestContext,
    private readonly token: string,
  ) {}

  async init() {
    const mine = await getJson<{ items: { number: string }[] }>(this.request, this.token, "/api/v1/receipts/mine?status=assigned&sort=number&size=50");
    this.receipts = mine.items.map((r) => r.number);
    expect(this.receipts.length, "recibos asignados a cobrador1").toBeGreaterThanOrEqual(3);
    this.policies = await candidates(this.request, this.token);
  }

  async create(): Promise<Created> {
    while (this.policies.length && this.receipts.length) {
      const policy = this.policies[0]!;
      const receipt = this.receipts[0]!;
      const response = await this.request.post("/api/v1/authorization/proposals", {
        headers: { Authorization: `Bearer ${this.token}`, "Idempotency-Key": crypto.randomUUID() },
        data: {
          payment_id: policy.paymentId,
          amount: policy.amount,
          method: "cash",
          receipt_number: receipt,
          latitude: 20.6736,
          longitude: -103.344,
        },
      });
      if (response.status() === 201) {
        this.policies.shift();
        this.receipts.shift();
        const body = (await response.json()) as { id: number; folio: number; policy_id: number };
        return { id: body.id, folio: body.folio, policyId: body.policy_id };
      }
      const error = (await response.json()) as { error?: string };
      expect(response.status(), JSON.stringify(error)).toBe(409);
      if (error.error === "PROPOSAL_RECEIPT_IN_USE") this.receipts.shift();
      else this.policies.shift();
    }
    throw new Error("no quedan pólizas o recibos para crear propuestas");
  }
}

async function badgeCount(page: Page): Promise<number> {
  const badge = page.getByTestId("authorizations-badge");
  if ((await badge.count()) === 0) return 0;
  return Number(await badge.getAttribute("data-count"));
}

function panel(page: Page) {
  return page.getByRole("complementary", { name: "Detalle de la propuesta" });
}

test("proposals arrive live, are approved or rejected one at a time, and the policy's status follows", async ({ page, request }) => {
  test.setTimeout(180_000);
  const csp = watchCsp(page);
  const token = await collectorToken(request);
  const factory = new ProposalFactory(request, token);
  await factory.init();

  await signInAsDemoAdmin(page);
  await page.getByRole("navigation", { name: "Menú principal" }).getByRole("link", { name: /Autorizaciones/ }).click();
  await expect(page.getByRole("heading", { name: "Autorizaciones" })).toBeVisible();
  const table = page.getByRole("table", { name: "Propuestas de cobro" });
  await expect(table).toBeVisible();
  await expect(page.getByRole("button", { name: "Pendientes", pressed: true })).toBeVisible();
  // The list has loaded (rows or the empty message) and the socket is connected (same origin,
  // through the web app's proxy); the WebSocket upgrade follows the long-polling handshake.
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  const root = page.locator("html");
  await expect(root).toHaveAttribute("data-realtime", "connected");
  await expect(root).toHaveAttribute("data-realtime-transport", "websocket");
  // The pending view (menu counter, thresholds) has loaded.
  await expect(page.getByText("Las propuestas de $5,000.00 o más requieren a un gerente de Cobranza", { exact: false })).toBeVisible();
  const before = await badgeCount(page);

  // 1. A proposal created through the API appears without reloading, and the menu counter grows.
  const first = await factory.create();
  const firstRow = page.getByRole("button", { name: `Revisar la propuesta ${first.id} de la póliza ${first.folio}` });
  await expect(firstRow).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => badgeCount(page)).toBe(before + 1);
  await firstRow.click();
  const review = panel(page);
  await expect(review.getByRole("heading", { name: `Propuesta ${first.id}` })).toBeVisible();
  await expect(review.getByTestId("proposal-status")).toHaveText("Pendiente");
  await expect(review.getByTestId("policy-status")).toHaveText("Morosa");
  const checks = review.getByRole("list", { name: "Revisiones automáticas" });
  await expect(checks).toContainText("coincide con lo esperado");
  await expect(checks).toContainText("Recibo válido");
  await expect(review).toContainText("Punto GPS: 20.673600, -103.344000");

  // Approve it: the payment is applied and the policy becomes Vigente, on the same page.
  await review.getByRole("button", { name: "Aprobar", exact: true }).click();
  const approveDialog = page.getByRole("dialog", { name: "Aprobar propuesta" });
  await approveDialog.getByRole("button", { name: "Aprobar y aplicar el pago" }).click();
  await expect(approveDialog).toBeHidden();
  await expect(review.getByTestId("proposal-status")).toHaveText("Aplicada");
  await expect(review.getByTestId("policy-status")).toHaveText("Vigente");
  await expect(firstRow).toBeHidden(); // no longer pending
  await expect.poll(() => badgeCount(page)).toBe(before);

  // 2. A second one is rejected: the reason is required.
  const second = await factory.create();
  const secondRow = page.getByRole("button", { name: `Revisar la propuesta ${second.id} de la póliza ${second.folio}` });
  await expect(secondRow).toBeVisible({ timeout: 20_000 });
  await secondRow.click();
  await expect(review.getByRole("heading", { name: `Propuesta ${second.id}` })).toBeVisible();
  await review.getByRole("button", { name: "Rechazar" }).click();
  const rejectDialog = page.getByRole("dialog", { name: "Rechazar propuesta" });
  await rejectDialog.getByRole("button", { name: "Rechazar propuesta" }).click();
  await expect(rejectDialog).toContainText("Escribe el motivo del rechazo.");
  await rejectDialog.getByRole("textbox", { name: /Motivo del rechazo/ }).fill("Prueba e2e: el recibo no corresponde al cobro");
  await rejectDialog.getByRole("button", { name: "Rechazar propuesta" }).click();
  await expect(rejectDialog).toBeHidden();
  await expect(review.getByTestId("proposal-status")).toHaveText("Rechazada");
  await expect(review).toContainText("Prueba e2e: el recibo no corresponde al cobro");
  await expect(review.getByTestId("policy-status")).toHaveText("Morosa");
  const mine = await getJson<{ status: string; rejection_reason: string }>(request, token, `/api/v1/authorization/proposals/mine/${second.id}`);
  expect(mine).toMatchObject({ status: "rejected", rejection_reason: "Prueba e2e: el recibo no corresponde al cobro" });

  // 3. Approved by someone else (the Cobranza auxiliar, through the API) while open here: the socket
  //    brings the decision and the policy's new status into the panel, with no click on this page.
  const third = await factory.create();
  const thirdRow = page.getByRole("button", { name: `Revisar la propuesta ${third.id} de la póliza ${third.folio}` });
  await expect(thirdRow).toBeVisible({ timeout: 20_000 });
  await thirdRow.click();
  await expect(review.getByRole("heading", { name: `Propuesta ${third.id}` })).toBeVisible();
  await expect(review.getByTestId("policy-status")).toHaveText("Morosa");
  const auxiliar = await bearer(request, "/api/v1/auth/login", { username: "auxiliar", password: DEMO_PASSWORD });
  const approved = await request.post(`/api/v1/authorization/proposals/${third.id}/approve`, {
    headers: { Authorization: `Bearer ${auxiliar}` },
    data: { notes: "Prueba e2e desde otra sesión" },
  });
  expect(approved.ok(), await approved.text()).toBe(true);
  await expect(review.getByTestId("proposal-status")).toHaveText("Aplicada", { timeout: 20_000 });
  await expect(review.getByTestId("policy-status")).toHaveText("Vigente");
  await expect(review.getByRole("button", { name: "Aprobar", exact: true })).toHaveCount(0);

  expect(csp).toEqual([]);
});
