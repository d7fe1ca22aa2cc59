import { expect, test } from "@playwright/test";

import { DEMO_PASSWORD, expectShell, measurePageScripts } from "./support";

/** Next 16 no longer prints page sizes: the budget is measured where it matters, in the browser. */
const SHELL_JS_BUDGET = 300 * 1024;

test("the dashboard shell loads under 300 KB of gzipped JavaScript", async ({ page }) => {
  // Sign in through the API (same cookie jar), so the measured load is the dashboard's alone.
  const login = await page.request.post("/api/v1/auth/login", { data: { username: "vendedor1", password: DEMO_PASSWORD } });
  expect(login.ok()).toBe(true);

  const { total, files } = await measurePageScripts(page, "/", () => expectShell(page));
  console.log(`JS del tablero: ${(total / 1024).toFixed(1)} KB comprimidos en ${files} archivos`);
  expect(files).toBeGreaterThan(0);
  expect(total).toBeLessThan(SHELL_JS_BUDGET);
});
