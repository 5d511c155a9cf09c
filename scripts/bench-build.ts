/**
 * `npm run bench:build -- [--articles N] [--articles-per-product K]`: generates a synthetic
 * knowledge base of N articles (about ten entries each, K consecutive articles per product, 10 by
 * default) in a temporary CONTENT_DIR, builds the site from it, and prints the wall time, the size
 * of out/ and of the lookup index, and the HTML of the pages whose size must not grow with the
 * knowledge base: the home page, the largest page of a product and of the list of products.
 * Without --articles it runs 100, 300 and 1,000 to show how the time grows. It overwrites out/ and
 * .generated/: run `npm run build` afterwards.
 */
import { spawn } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
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

/** The largest of the pages `out/<folder>/index.html` and `out/<folder>/page/N/index.html`. */
function largestPage(folder: string): { file: string; bytes: number } {
  const pages = path.join("out", folder, "page");
  const files = [
    path.join("out", folder, "index.html"),
    ...(existsSync(pages) ? readdirSync(pages).map((n) => path.join(pages, n, "index.html")) : []),
  ];
  return files
    .map((file) => ({ file, bytes: statSync(file).size }))
    .reduce((a, b) => (b.bytes > a.bytes ? b : a));
}

function htmlSize(file: string): string {
  const html = readFileSync(file);
  return `${(html.length / 1024).toFixed(1)} KiB (${(gzipSync(html).length / 1024).toFixed(1)} KiB gzip)`;
}

async function run(
  articles: number,
  perProduct: number,
): Promise<{ articles: number; seconds: number; home: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), `kb-bench-${articles}-`));
  try {
    for (const { slug, source } of syntheticArticles(articles, 10, 1, {
      articlesPerProduct: perProduct,
    }))
      writeFileSync(path.join(dir, `${slug}.mdx`), source);
    console.log(`\n=== ${articles} articles in ${dir}: building…`);
    const started = performance.now();
    const code = await build(dir);
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`the build of ${articles} articles failed`);
    const out = dirSize("out");
    const core = readFileSync("out/lookup/core.json");
    const shards = dirSize(path.join("out", "lookup", JSON.parse(core.toString("utf8")).folder));
    console.log(
      `=== ${articles} articles: ${seconds.toFixed(1)} s; out/ ${mib(out.bytes)} in ${out.files} files; ` +
        `lookup core ${kib(core.length)} (${kib(gzipSync(core).length)} gzip), shards ${mib(shards.bytes)} in ${shards.files} files`,
    );
    const products = Math.ceil(articles / perProduct);
    const product = largestPage(path.join("products", "synthetic-product-1"));
    const list = largestPage("products");
    console.log(
      `=== ${articles} articles of ${products} products: home page ${htmlSize("out/index.html")}; ` +
        `largest product page ${htmlSize(product.file)}; largest page of the products list ${htmlSize(list.file)}`,
    );
    return { articles, seconds, home: statSync("out/index.html").size };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const flag = process.argv.indexOf("--articles");
  const counts = flag === -1 ? [100, 300, 1000] : [Number(process.argv[flag + 1])];
  const perFlag = process.argv.indexOf("--articles-per-product");
  const perProduct = perFlag === -1 ? 10 : Number(process.argv[perFlag + 1]);
  if ([...counts, perProduct].some((n) => !Number.isInteger(n) || n < 1)) {
    console.error(
      "usage: npm run bench:build -- [--articles N] [--articles-per-product K]   (positive whole numbers)",
    );
    process.exit(2);
  }
  const results = [];
  for (const n of counts) results.push(await run(n, perProduct));
  console.log("\nbuild time by size:");
  for (const r of results) {
    console.log(
      `  ${String(r.articles).padStart(5)} articles  ${r.seconds.toFixed(1).padStart(6)} s  ${((r.seconds / r.articles) * 1000).toFixed(0)} ms per article  home page ${(r.home / 1024).toFixed(1)} KiB`,
    );
  }
  console.log(
    "\nout/ and .generated/ now hold the synthetic site: run `npm run build` for the real one.",
  );
}

void main();
