import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/** Browser benchmarks: one worker, so timings are not shared with another test. */
export default defineConfig({
  ...base,
  testDir: "e2e/bench",
  testMatch: "**/*.bench.ts",
  workers: 1,
  projects: [{ name: "bench" }],
  retries: 0,
});
