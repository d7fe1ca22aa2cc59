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
    data: { temp_token: step.temp_token, code: totpCode(DEMO_ADMIN.totpSecret) },
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
