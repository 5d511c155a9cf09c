/**
 * `npm run bench:build -- [--articles N]`: generates a synthetic knowledge base of N articles (about
 * ten entries each) in a temporary CONTENT_DIR, builds the site from it, and prints the wall time,
 * the size of out/ and of the lookup index. Without --articles it runs 100, 300 and 1,000 to show
 * how the time grows. It overwrites out/ and .generated/: run `npm run build` afterwards.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { syntheticArticles } from "./synthetic/generate";

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      bytes += statSync(path.join(entry.parentPath, entry.name)).size;
      files += 1;
    }
  }
  return { bytes, files };
}

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

function build(contentDir: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
      stdio: "inherit",
      env: { ...process.env, CONTENT_DIR: contentDir, CI: "", NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function run(articles: number): Promise<{ articles: number; seconds: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), `kb-bench-${articles}-`));
  try {
    for (const { slug, source } of syntheticArticles(articles))
      writeFileSync(path.join(dir, `${slug}.mdx`), source);
    console.log(`\n=== ${articles} articles in ${dir}: building…`);
    const started = performance.now();
    const code = await build(dir);
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`the build of ${articles} articles failed`);
    const out = dirSize("out");
    const index = readFileSync("out/lookup/index.json");
    console.log(
      `=== ${articles} articles: ${seconds.toFixed(1)} s; out/ ${mib(out.bytes)} in ${out.files} files; ` +
        `lookup index ${kib(index.length)} (${kib(gzipSync(index).length)} gzip)`,
    );
    return { articles, seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const flag = process.argv.indexOf("--articles");
  const counts = flag === -1 ? [100, 300, 1000] : [Number(process.argv[flag + 1])];
  if (counts.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error("usage: npm run bench:build -- [--articles N]   (N a positive whole number)");
    process.exit(2);
  }
  const results = [];
  for (const n of counts) results.push(await run(n));
  console.log("\nbuild time by size:");
  for (const r of results) {
    console.log(
      `  ${String(r.articles).padStart(5)} articles  ${r.seconds.toFixed(1).padStart(6)} s  ${((r.seconds / r.articles) * 1000).toFixed(0)} ms per article`,
    );
  }
  console.log(
    "\nout/ and .generated/ now hold the synthetic site: run `npm run build` for the real one.",
  );
}

void main();
