import path from "node:path";
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * Browser benchmarks: one worker, so timings are not shared with another test. With
 * BENCH_TLS_DIR (a folder holding key.pem and cert.pem, as `npm run bench:browser -- --http2`
 * makes) the site is served over HTTPS with HTTP/2, as a CDN serves it, instead of HTTP/1.1.
 */
const tlsDir = process.env.BENCH_TLS_DIR;
const port = Number(process.env.E2E_PORT ?? 3210);
const basePath = process.env.BASE_PATH ?? "";
const origin = `${tlsDir ? "https" : "http"}://127.0.0.1:${port}${basePath}/`;

export default defineConfig({
  ...base,
  testDir: "e2e/bench",
  testMatch: "**/*.bench.ts",
  workers: 1,
  projects: [{ name: "bench" }],
  retries: 0,
  use: { ...base.use, baseURL: origin, ignoreHTTPSErrors: Boolean(tlsDir) },
  webServer: {
    command: "node scripts/serve.mjs",
    env: {
      PORT: String(port),
      BASE_PATH: basePath,
      ...(tlsDir
        ? { TLS_KEY: path.join(tlsDir, "key.pem"), TLS_CERT: path.join(tlsDir, "cert.pem") }
        : {}),
    },
    url: origin,
    ignoreHTTPSErrors: true,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
