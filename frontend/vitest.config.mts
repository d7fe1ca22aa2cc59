import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: {
    environment: "jsdom",
    globals: true,
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["./src/test/setup.ts"],
    css: false,
    // jsdom + user-event on 2 shared cores: a busy machine must not turn a slow test into a red one.
    testTimeout: 20_000,
    // The browser's zone must not matter: run in another one on purpose.
    env: { TZ: "Asia/Tokyo" },
  },
});
