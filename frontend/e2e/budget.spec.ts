import { expect, test } from "@playwright/test";

import { DEMO_PASSWORD, expectShell } from "./support";

/** Next 16 no longer prints page sizes: the budget is measured where it matters, in the browser. */
const SHELL_JS_BUDGET = 300 * 1024;

test("the dashboard shell loads under 300 KB of gzipped JavaScript", async ({ page }) => {
  // Sign in through the API (same cookie jar), so the measured load is the dashboard's alone.
  const login = await page.request.post("/api/v1/auth/login", { data: { username: "vendedor1", password: DEMO_PASSWORD } });
  expect(login.ok()).toBe(true);

  const scripts = new Map<string, number>();
  const encodings = new Map<string, string>();
  page.on("response", async (response) => {
    const url = response.url();
    if (url.includes("/_next/static/") && url.endsWith(".js")) {
      encodings.set(url, (await response.allHeaders())["content-encoding"] ?? "identity");
    }
  });
  await page.goto("/");
  await expectShell(page);
  await page.waitForLoadState("networkidle");

  // encodedBodySize: the bytes that crossed the network (compressed), per script.
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((e) => (e as PerformanceResourceTiming).initiatorType === "script" || e.name.endsWith(".js"))
      .map((e) => ({ name: e.name, size: (e as PerformanceResourceTiming).encodedBodySize })),
  );
  for (const e of entries) scripts.set(e.name, e.size);
  const total = [...scripts.values()].reduce((a, b) => a + b, 0);
  // The server compresses (tiny files below its threshold may go as they are).
  for (const [url, size] of scripts) {
    if (size > 4096) expect(encodings.get(url), `${url} sin comprimir`).toBe("gzip");
  }
  console.log(`JS del tablero: ${(total / 1024).toFixed(1)} KB comprimidos en ${scripts.size} archivos`);
  expect(scripts.size).toBeGreaterThan(0);
  expect(total).toBeLessThan(SHELL_JS_BUDGET);
});
