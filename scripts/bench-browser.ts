/**
 * `npm run bench:browser`: builds a synthetic knowledge base of 1,000 articles (10,000 entries),
 * serves it, and measures the in-browser lookup with Playwright (e2e/bench/). Overwrites out/ and
 * .generated/: run `npm run build` afterwards.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { syntheticArticles } from "./synthetic/generate";

const dir = mkdtempSync(path.join(tmpdir(), "kb-bench-browser-"));
try {
  for (const { slug, source } of syntheticArticles(1000))
    writeFileSync(path.join(dir, `${slug}.mdx`), source);
  const env = { ...process.env, CONTENT_DIR: dir, CI: "", NEXT_TELEMETRY_DISABLED: "1" };
  console.log(`building 1,000 synthetic articles from ${dir}…`);
  const build = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
    stdio: "inherit",
    env,
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const run = spawnSync(
    process.execPath,
    ["node_modules/@playwright/test/cli.js", "test", "--config", "playwright.bench.config.ts"],
    { stdio: "inherit", env },
  );
  console.log(
    "\nout/ and .generated/ now hold the synthetic site: run `npm run build` for the real one.",
  );
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
