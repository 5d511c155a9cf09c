import { defineConfig } from "@playwright/test";
import site from "./playwright.config";

/**
 * The preview's end-to-end tests (`e2e/preview.spec.ts`). They start a preview server of their
 * own (`npm run dev`'s), on its own port and over a throw-away copy of a content folder, so they
 * need no build and leave `content/` alone. One worker: the tests edit the same copy in turn.
 */
const port = Number(process.env.PREVIEW_E2E_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 1);
process.env.PREVIEW_E2E_PORT = String(port);

export default defineConfig({
  testDir: "e2e",
  testMatch: /preview\.spec\.ts$/,
  timeout: 60_000,
  retries: site.retries,
  workers: 1,
  reporter: [["list"]],
  use: { ...site.use, baseURL: `http://127.0.0.1:${port}/` },
});
