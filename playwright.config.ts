import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
const basePath = process.env.BASE_PATH ?? "";
// Components rendered by a test read the base path as the build does.
process.env.NEXT_PUBLIC_BASE_PATH = basePath;

/** Debian's Chromium first (Playwright cannot download its own here), else Playwright's own. */
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"];
  return candidates.find((c): c is string => Boolean(c && existsSync(c)));
}

export default defineConfig({
  testDir: "e2e",
  timeout: 30_000,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}/`,
    browserName: "chromium",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // The large-paste timings run as a project of their own, after the rest: on the 2-core machine a
  // second browser beside them takes the CPU the page and its worker need (see the README).
  // The preview's tests run a development server of their own: playwright.preview.config.ts.
  projects: [
    { name: "site", testIgnore: [/large-paste\.spec\.ts$/, /preview\.spec\.ts$/] },
    { name: "timing", testMatch: /large-paste\.spec\.ts$/ },
  ],
  webServer: {
    command: "node scripts/serve.mjs",
    env: { PORT: String(port), BASE_PATH: basePath },
    url: `http://127.0.0.1:${port}${basePath}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
