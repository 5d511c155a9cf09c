/**
 * `tsx scripts/windows-codes/scale.ts [DIR] [--entries N] [--articles-per-product K]`: the
 * Windows system error codes knowledge base (`generate.ts`) with synthetic articles added until
 * it holds N entries (100,000 by default), ten entries per article and K articles per synthetic
 * product (10 by default). DIR defaults to `.generated/windows-codes-scale`. Build it with
 * `CONTENT_DIR=DIR npm run build`: the benchmark of a large, partly real knowledge base.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { syntheticArticles } from "../synthetic/generate";
import { writeWindowsKnowledgeBase } from "./generate";

export const DEFAULT_SCALE_DIR = ".generated/windows-codes-scale";
const DEFAULT_ENTRIES = 100_000;
/** Entries per synthetic article, as in the build benchmark. */
const PER_ARTICLE = 10;
const DEFAULT_ARTICLES_PER_PRODUCT = 10;

/** Writes the real codes, then synthetic articles up to `entries` in all. */
export function writeScaledKnowledgeBase(
  dir: string,
  entries: number,
  articlesPerProduct: number,
): { real: number; synthetic: number; articles: number } {
  const windows = writeWindowsKnowledgeBase(dir);
  const real = windows.reduce((n, a) => n + a.entries.length, 0);
  const synthetic = Math.max(0, entries - real);
  const articles = syntheticArticles(Math.ceil(synthetic / PER_ARTICLE), PER_ARTICLE, 1, {
    entries: synthetic,
    articlesPerProduct,
  });
  for (const { slug, source } of articles) writeFileSync(path.join(dir, `${slug}.mdx`), source);
  return { real, synthetic, articles: windows.length + articles.length };
}

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
}

function main(): void {
  const args = process.argv.slice(2);
  const entries = option(args, "--entries", DEFAULT_ENTRIES);
  const perProduct = option(args, "--articles-per-product", DEFAULT_ARTICLES_PER_PRODUCT);
  const values = new Set(["--entries", "--articles-per-product"]);
  const dir = args.find((a, i) => !a.startsWith("--") && !values.has(args[i - 1] ?? ""));
  if (![entries, perProduct].every((n) => Number.isInteger(n) && n > 0)) {
    console.error(
      "usage: tsx scripts/windows-codes/scale.ts [DIR] [--entries N] [--articles-per-product K]   (positive whole numbers)",
    );
    process.exit(2);
  }
  try {
    const target = dir ?? DEFAULT_SCALE_DIR;
    const made = writeScaledKnowledgeBase(target, entries, perProduct);
    console.error(
      `${target}: ${made.articles} articles, ${made.real + made.synthetic} entries (${made.real} Windows codes, ${made.synthetic} synthetic)`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
