/**
 * `npm run bench`: lookup speed and index cost, on the real knowledge base and on a synthetic one
 * of 10,000 entries. Prints medians and p95; the machine is shared, so compare ratios over runs.
 */
import { gzipSync } from "node:zlib";
import Fuse from "fuse.js";
import { parseContentDir } from "@/lib/content/load";
import {
  buildLookupIndex,
  type KbEntry,
  type LookupIndex,
  lookup,
  type Product,
  lookupSource,
  toWire,
} from "@/lib/lookup";
import { syntheticKnowledgeBase, syntheticPaste, syntheticProducts } from "./synthetic/generate";

const args = new Map(
  process.argv
    .slice(2)
    .flatMap((a, i, all) => (a.startsWith("--") ? [[a.slice(2), all[i + 1] ?? ""]] : [])),
);
const ENTRIES = Number(args.get("entries") ?? 10_000);
const RUNS = Number(args.get("runs") ?? 300);

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function time(runs: number, fn: () => void): { median: number; p95: number } {
  for (let i = 0; i < Math.min(20, runs); i += 1) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95) };
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 3 : 1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

function indexCost(entries: KbEntry[], products: Product[]): LookupIndex {
  const source = lookupSource(entries, products);
  const json = JSON.stringify(toWire(source));
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let index = buildLookupIndex(source);
  const heapAfter = process.memoryUsage().heapUsed;
  const build = time(3, () => {
    index = buildLookupIndex(source);
  });
  console.log(
    `  index build (as the page does it): median ${ms(build.median)} (${entries.length} entries)`,
  );
  console.log(
    `  index data (/lookup/index.json): ${kb(json.length)} JSON, ${kb(gzipSync(json).length)} gzip`,
  );
  console.log(`  index in memory: ~${kb(Math.max(0, heapAfter - heapBefore))} heap`);
  return index;
}

function report(
  label: string,
  index: LookupIndex,
  paste: string,
  expected: string[],
  runs: number,
): void {
  const result = lookup(index, paste);
  const found = result.matches.map((m) => m.entry.id);
  const hits = expected.filter((id) => found.includes(id)).length;
  const t = time(runs, () => lookup(index, paste));
  console.log(
    `  ${label} (${kb(paste.length)}): median ${ms(t.median)}, p95 ${ms(t.p95)}; found ${hits}/${expected.length} planted errors, ${found.length - hits} other matches`,
  );
}

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${RUNS} runs per lookup figure\n`);

  console.log("Real knowledge base (content/)");
  const content = await parseContentDir("content");
  const realIndex = indexCost(content.entries, content.products);
  const realPlanted = ["invalid-token", "data-server-connection-error"];
  const realPaste = syntheticPaste(2048, [
    "The token provided isn't valid.",
    "Data server connection error",
  ]);
  report("2 KB paste", realIndex, realPaste, realPlanted, RUNS);

  console.log(`\nSynthetic knowledge base: ${ENTRIES.toLocaleString("en")} entries`);
  const synthetic = syntheticKnowledgeBase(ENTRIES);
  const index = indexCost(synthetic, syntheticProducts(synthetic));
  const planted = [
    synthetic[17],
    synthetic[Math.floor(ENTRIES / 2)],
    synthetic[ENTRIES - 3],
  ].filter((e): e is KbEntry => e !== undefined);
  const texts = planted.map((e) => (e.messages[0] ?? e.name).replace(/\bX\b/, "17"));
  const paste = syntheticPaste(2048, texts);
  report(
    "2 KB paste",
    index,
    paste,
    planted.map((e) => e.id),
    RUNS,
  );

  const big = syntheticPaste(1024 * 1024, texts, 11);
  const bigTime = time(3, () => lookup(index, big));
  console.log(`  1 MB paste: median ${ms(bigTime.median)} (${big.split("\n").length} lines)`);

  console.log(
    `\nBaseline: fuse.js 7, default options, keys name and messages, same ${ENTRIES.toLocaleString("en")} entries`,
  );
  const fuse = new Fuse(synthetic, { keys: ["name", "messages"], includeScore: true });
  const line = `2026-11-24 10:16:00,000 ERROR [main] agent - ${texts[0]}`;
  const fuseLine = time(3, () => fuse.search(line));
  console.log(`  one log line (${line.length} chars): median ${ms(fuseLine.median)}`);
  const fusePaste = time(1, () => fuse.search(paste.slice(0, 2048)));
  console.log(`  2 KB paste as one query: ${ms(fusePaste.median)}`);
  const ours = time(RUNS, () => lookup(index, line));
  console.log(
    `  this matcher on the same line: median ${ms(ours.median)} (${(fuseLine.median / ours.median).toFixed(0)}x faster)`,
  );
}

void main();
