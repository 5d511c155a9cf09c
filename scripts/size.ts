/**
 * `npm run size`: first-load JavaScript (gzip) of every exported page, against its budget.
 */
import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { BUDGET_KIB, gzipSize, scriptSources } from "@/lib/content/page-weight";
import { urlPathOf } from "@/lib/content/export-links";
import { type IslandName, islandPath } from "@/lib/site/islands";

/** The not-found page, as the export writes it (hosts serve `404.html`). */
const NOT_FOUND_PAGES = ["/404.html", "/404/", "/_not-found/"];

export type PageWeight = { page: string; scripts: number; gzip: number; budget?: number };

export async function pageWeights(
  outDir = "out",
  basePath = process.env.BASE_PATH ?? "",
): Promise<PageWeight[]> {
  const files = (await readdir(outDir, { recursive: true }))
    .filter((f) => f.endsWith(".html"))
    .sort();
  const sizes = new Map<string, number>();
  return files.map((file) => {
    const sources = scriptSources(readFileSync(path.join(outDir, file), "utf8"));
    let gzip = 0;
    for (const src of sources) {
      const local = path.join(outDir, src.slice(basePath.length));
      let size = sizes.get(local);
      if (size === undefined) {
        size = gzipSize(readFileSync(local));
        sizes.set(local, size);
      }
      gzip += size;
    }
    const page = urlPathOf(file, basePath);
    const budget =
      page === `${basePath}/`
        ? BUDGET_KIB.home
        : page.startsWith(`${basePath}/articles/`)
          ? BUDGET_KIB.article
          : NOT_FOUND_PAGES.some((p) => page === `${basePath}${p}`)
            ? BUDGET_KIB.notFound
            : undefined;
    return { page, scripts: sources.length, gzip, budget };
  });
}

/** Scripts no page loads up front, each with what loads it. */
export const ON_DEMAND: [IslandName, string][] = [
  ["lookup-worker", "when the reader first uses the lookup"],
  ["lookup-redact", "when the reader first prepares a report"],
  ["palette", "on the first Ctrl+K"],
];

/** Gzip size of each on-demand script in `out/`. */
export function onDemandWeights(
  outDir = "out",
): { name: IslandName; when: string; gzip: number }[] {
  return ON_DEMAND.map(([name, when]) => ({
    name,
    when,
    gzip: gzipSize(readFileSync(path.join(outDir, islandPath(name)))),
  }));
}

async function main(): Promise<void> {
  const weights = await pageWeights();
  console.log("first-load JavaScript per page (gzip)");
  for (const w of weights) {
    const kib = w.gzip / 1024;
    const verdict =
      w.budget === undefined
        ? ""
        : kib <= w.budget
          ? `  within ${w.budget} KiB`
          : `  OVER ${w.budget} KiB`;
    console.log(
      `  ${w.page.padEnd(44)} ${kib.toFixed(1).padStart(7)} KiB  ${String(w.scripts).padStart(2)} scripts${verdict}`,
    );
  }
  console.log("\nloaded on demand, never with a page (gzip)");
  for (const w of onDemandWeights())
    console.log(`  ${w.name.padEnd(44)} ${(w.gzip / 1024).toFixed(1).padStart(7)} KiB  ${w.when}`);
  if (weights.some((w) => w.budget !== undefined && w.gzip / 1024 > w.budget)) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve("scripts/size.ts"))
  void main();
