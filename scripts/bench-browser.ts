/**
 * `npm run bench:browser [-- --windows [--entries N]] [--http2] [--no-build]`: builds a synthetic
 * knowledge base of 1,000 articles (10,000 entries), or with `--windows` the Windows system error
 * codes with synthetic entries up to N (100,000 by default), serves it, and measures the
 * in-browser lookup and the palette with Playwright (e2e/bench/). The site is served over
 * HTTP/1.1, or with `--http2` over HTTPS with HTTP/2 (a self-signed certificate made with
 * openssl), as CDNs serve it. `--no-build` measures the site already in out/ (for N entries);
 * otherwise it overwrites out/ and .generated/: run `npm run build` afterwards.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { syntheticArticles } from "./synthetic/generate";
import { writeScaledKnowledgeBase } from "./windows-codes/scale";

const windows = process.argv.includes("--windows");
const http2 = process.argv.includes("--http2");
const rebuild = !process.argv.includes("--no-build");
const at = process.argv.indexOf("--entries");
const entries = at < 0 ? (windows ? 100_000 : 10_000) : Number(process.argv[at + 1]);
if (!Number.isInteger(entries) || entries <= 0 || (!windows && at >= 0)) {
  console.error("usage: npm run bench:browser [-- --windows [--entries N]] [--http2] [--no-build]");
  process.exit(2);
}
/** Builds (unless --no-build), serves and measures; the exit status of the step that ended it. */
function bench(dir: string): number {
  // With --no-build the site in out/ is measured as it is.
  if (rebuild && windows) writeScaledKnowledgeBase(dir, entries, 10);
  else if (rebuild) {
    for (const { slug, source } of syntheticArticles(1000))
      writeFileSync(path.join(dir, `${slug}.mdx`), source);
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONTENT_DIR: dir,
    CI: "",
    NEXT_TELEMETRY_DISABLED: "1",
    BENCH_ENTRIES: String(entries),
  };
  if (rebuild) {
    console.log(`building ${entries.toLocaleString("en")} entries from ${dir}…`);
    const build = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
      stdio: "inherit",
      env,
    });
    if (build.status !== 0) return build.status ?? 1;
  }
  if (http2) {
    const made = spawnSync(
      "openssl",
      [
        ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"],
        ...["-subj", "/CN=127.0.0.1"],
        ...["-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem")],
      ],
      { stdio: "ignore" },
    );
    if (made.status !== 0) {
      console.error("--http2 needs openssl to make a certificate");
      return 1;
    }
    env.BENCH_TLS_DIR = dir;
  }
  const run = spawnSync(
    process.execPath,
    ["node_modules/@playwright/test/cli.js", "test", "--config", "playwright.bench.config.ts"],
    { stdio: "inherit", env },
  );
  if (rebuild) {
    console.log(
      "\nout/ and .generated/ now hold the synthetic site: run `npm run build` for the real one.",
    );
  }
  return run.status ?? 1;
}

// The folder holds the generated content and, with --http2, the certificate's private key: it
// is removed whatever happens.
const dir = mkdtempSync(path.join(tmpdir(), "kb-bench-browser-"));
try {
  process.exitCode = bench(dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
