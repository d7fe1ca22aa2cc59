import { mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { type APIRequestContext, type Page, expect } from "@playwright/test";
import { TOTP } from "otpauth";

/** Who the e2e run may sign in as (scripts/web-e2e.sh prepares them and passes these). */
export const DEMO_PASSWORD = process.env.E2E_DEMO_PASSWORD ?? "Protegrt2026!";
export const FRESH_ADMIN = {
  username: process.env.E2E_ADMIN_USERNAME ?? "e2e.admin",
  password: process.env.E2E_ADMIN_PASSWORD ?? "E2e-Admin-2026",
};

/** The demo `admin` (2FA enrolled by the demo data; its secret comes from scripts/web-e2e.sh). */
export const DEMO_ADMIN = { username: "admin", totpSecret: process.env.E2E_DEMO_ADMIN_TOTP ?? "" };

/** An access token of the demo admin, signed in through the API (password + TOTP). */
export async function demoAdminToken(api: APIRequestContext): Promise<string> {
  const login = await api.post("/api/v1/auth/login", { data: { username: DEMO_ADMIN.username, password: DEMO_PASSWORD } });
  const step = (await login.json()) as { status: string; temp_token: string };
  expect(step.status).toBe("requires_2fa");
  const verified = await api.post("/api/v1/auth/verify-2fa", {
    data: { temp_token: step.temp_token, code: await unusedTotpCode(DEMO_ADMIN.totpSecret) },
  });
  expect(verified.ok(), await verified.text()).toBe(true);
  return ((await verified.json()) as { access_token: string }).access_token;
}

/** The current 6-digit code of a base32 TOTP secret (RFC 6238, 30 s, SHA-1). */
export function totpCode(secret: string, at: number = Date.now()): string {
  return new TOTP({ secret: secret.replace(/\s/g, ""), digits: 6, period: 30, algorithm: "SHA1" }).generate({ timestamp: at });
}

/** A code the server has not seen yet: waits for the next 30 s window when asked to. */
export async function freshTotpCode(secret: string, avoid?: string): Promise<string> {
  let code = totpCode(secret);
  while (avoid && code === avoid) {
    await new Promise((r) => setTimeout(r, 1000));
    code = totpCode(secret);
  }
  return code;
}

/**
 * A code of a 30 s step the server has not accepted yet for this secret. The server refuses a
 * replayed step, so two sign-ins in one window must not share a code: the last step used per
 * secret is kept in a file (specs of one run share it across files), and we wait for the next
 * window only when this one was already spent.
 */
export async function unusedTotpCode(secret: string): Promise<string> {
  const key = secret.replace(/\s/g, "").slice(0, 16);
  const dir = join(tmpdir(), "protegrt-e2e-totp");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${key}.step`);
  const lock = `${file}.lock`;
  // One caller at a time (specs run in one worker today; the lock keeps it true if that changes).
  for (let i = 0; ; i++) {
    try {
      closeSync(openSync(lock, "wx"));
      break;
    } catch {
      if (i > 400) rmSync(lock, { force: true }); // a crashed holder: take over after ~100 s
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    let last = -1;
    try {
      last = Number(readFileSync(file, "utf8")) || -1;
    } catch {
      last = -1;
    }
    while (Math.floor(Date.now() / 30_000) <= last) await new Promise((r) => setTimeout(r, 250));
    const step = Math.floor(Date.now() / 30_000);
    writeFileSync(file, String(step));
    return totpCode(secret, step * 30_000 + 1_000);
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Signs the demo admin in through the login screens (password, then a TOTP code) and waits for the shell. */
export async function signInAsDemoAdmin(page: Page) {
  await page.goto("/login");
  await fillLogin(page, DEMO_ADMIN.username, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/login\/verificacion$/);
  await page.getByRole("textbox", { name: "Código de verificación" }).fill(await unusedTotpCode(DEMO_ADMIN.totpSecret));
  await page.getByRole("button", { name: "Verificar" }).click();
  await expectShell(page);
}

export async function fillLogin(page: Page, username: string, password: string) {
  await page.getByRole("textbox", { name: "Usuario", exact: true }).fill(username);
  await page.getByRole("textbox", { name: "Contraseña", exact: true }).fill(password);
  await page.getByRole("button", { name: "Iniciar sesión" }).click();
}

/** Collects CSP violations reported by the page (the strict policy must never block our own code). */
export function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP-VIOLATION ${e.violatedDirective} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`);
    });
  });
  page.on("console", (message) => {
    const text = message.text();
    if (text.startsWith("CSP-VIOLATION")) violations.push(`${page.url()} ${text}`);
  });
  return violations;
}

export async function expectShell(page: Page, fullName?: RegExp | string) {
  await expect(page.getByRole("navigation", { name: "Menú principal" })).toBeVisible();
  if (fullName) await expect(page.getByTestId("user-menu")).toContainText(fullName);
}

/**
 * Loads `path` and measures the JavaScript that crossed the network for it (encodedBodySize:
 * compressed bytes), checking that every script worth compressing came gzipped. `ready` waits
 * for the page to be on screen before the measure.
 */
export async function measurePageScripts(page: Page, path: string, ready: () => Promise<void>): Promise<{ total: number; files: number }> {
  const encodings = new Map<string, string>();
  page.on("response", async (response) => {
    const url = response.url();
    if (url.includes("/_next/static/") && url.endsWith(".js")) {
      encodings.set(url, (await response.allHeaders())["content-encoding"] ?? "identity");
    }
  });
  await page.goto(path);
  await ready();
  await page.waitForLoadState("networkidle");
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((e) => (e as PerformanceResourceTiming).initiatorType === "script" || e.name.endsWith(".js"))
      .map((e) => ({ name: e.name, size: (e as PerformanceResourceTiming).encodedBodySize })),
  );
  const scripts = new Map(entries.map((e) => [e.name, e.size]));
  // The server compresses (tiny files below its threshold may go as they are).
  for (const [url, size] of scripts) {
    if (size > 4096) expect(encodings.get(url), `${url} sin comprimir`).toBe("gzip");
  }
  return { total: [...scripts.values()].reduce((a, b) => a + b, 0), files: scripts.size };
}
