/**
 * `npm run bench:jsonl`: times the command-line lookup's batch mode on 1,000 pastes, the way a
 * ticket system would run it: one process, `--jsonl` on standard input, the knowledge base loaded
 * once. The pastes are the corpora's, repeated to 1,000. Prints the median of `BENCH_RUNS` runs
 * (default 3) of the whole process, and, measured inside this process, what loading the
 * knowledge base and answering the 1,000 records cost, for the real knowledge base and the
 * 27-product one. Target: under 5 s for 1,000 pastes, the whole process.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { parseContentDir } from "@/lib/content/load";
import { buildLookupIndex, lookupSource } from "@/lib/lookup";
import { CORPORA, MANY_PRODUCTS_DIR, readCorpus } from "./corpus/corpus";
import { answerRecord } from "./lookup";

const PASTES = 1000;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Wall time of one `--jsonl` process over these records, and how many answers it printed. */
function timeBatch(records: string[], env: Record<string, string>): { ms: number; lines: number } {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join("scripts", "lookup.ts"), "--jsonl"],
    {
      input: `${records.join("\n")}\n`,
      encoding: "utf8",
      env: { ...process.env, ...env },
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`lookup --jsonl exited ${run.status}: ${run.stderr}`);
  return { ms, lines: run.stdout.trimEnd().split("\n").length };
}

function records(kb: "real" | "many-products"): string[] {
  const texts = CORPORA.filter((c) => c.kb === kb).flatMap((c) =>
    readCorpus(c.name).map((p) => p.text),
  );
  return Array.from({ length: PASTES }, (_, i) =>
    JSON.stringify({ text: texts[i % texts.length] ?? "" }),
  );
}

/** Loading and answering, inside this process: what the batch costs beside Node's start-up. */
async function inProcess(all: string[], dir: string): Promise<{ load: number; answer: number }> {
  const started = performance.now();
  const { entries, products } = await parseContentDir(dir);
  const index = buildLookupIndex(lookupSource(entries, products));
  const loaded = performance.now();
  all.forEach((line, i) => answerRecord(index, products, line, i + 1, undefined));
  return { load: loaded - started, answer: performance.now() - loaded };
}

async function bench(
  name: string,
  kb: "real" | "many-products",
  dir: string,
  env: Record<string, string>,
): Promise<void> {
  const all = records(kb);
  const whole: number[] = [];
  const load: number[] = [];
  const answer: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const { ms, lines } = timeBatch(all, env);
    if (lines !== PASTES) throw new Error(`expected ${PASTES} answers, got ${lines}`);
    whole.push(ms);
    const inside = await inProcess(all, dir);
    load.push(inside.load);
    answer.push(inside.answer);
  }
  console.log(
    `  ${name.padEnd(36)} ${(median(whole) / 1000).toFixed(2).padStart(5)} s   ` +
      `(loading ${(median(load) / 1000).toFixed(2)} s, answering ${(median(answer) / 1000).toFixed(2)} s: ` +
      `${(median(answer) / PASTES).toFixed(2)} ms per paste)`,
  );
}

async function main(): Promise<void> {
  console.log(
    `npm run lookup -- --jsonl, ${PASTES} pastes, whole process, median of ${RUNS} runs (target < 5 s)`,
  );
  await bench("real knowledge base", "real", "content", {});
  // The 27-product fixture alone: CONTENT_DIR takes one folder.
  await bench("27 products (fixture many-products)", "many-products", MANY_PRODUCTS_DIR, {
    CONTENT_DIR: MANY_PRODUCTS_DIR,
  });
}

void main();
