/**
 * `npm run bench:shards [-- --entries N]`: the lookup index in shards (`lib/lookup/shards.ts`)
 * on the Windows system error codes with synthetic entries up to N (100,000 by default). Prints
 * the size of each kind of shard, then for a few pastes what a browser would fetch (shards and
 * gzip bytes, the core aside), the lookup's time with the shards served from memory, and whether the result equals the whole index's. The whole index's wire form, what
 * the site fetches today, is printed for comparison.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parseContentDir } from "@/lib/content/load";
import { buildLookupIndex, lookup, lookupSource, toWire } from "@/lib/lookup";
import { lookupSharded, ShardedIndex } from "@/lib/lookup/sharded";
import { shardLookupIndex } from "@/lib/lookup/shards";
import { entryPath } from "@/lib/site/paths";
import { syntheticPaste } from "./synthetic/generate";
import { writeScaledKnowledgeBase } from "./windows-codes/scale";

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const gz = (text: string) => gzipSync(text).length;

async function main(): Promise<void> {
  const at = process.argv.indexOf("--entries");
  const wanted = at < 0 ? 100_000 : Number(process.argv[at + 1]);
  if (!Number.isInteger(wanted) || wanted <= 0) {
    console.error("usage: npm run bench:shards -- [--entries N]   (a positive whole number)");
    process.exit(2);
  }
  const dir = mkdtempSync(path.join(tmpdir(), "kb-shards-"));
  try {
    writeScaledKnowledgeBase(dir, wanted, 10);
    const kb = await parseContentDir(dir);
    const source = lookupSource(kb.entries, kb.products, kb.vocabulary);
    const full = buildLookupIndex(source);
    const started = performance.now();
    const { core, shards } = shardLookupIndex(full, source);
    const files = new Map([...shards].map(([name, data]) => [name, JSON.stringify(data)]));
    const coreText = JSON.stringify(core);
    console.log(
      `${kb.entries.length.toLocaleString("en")} entries: ${files.size} shards in ${Math.round(performance.now() - started)} ms; core ${kib(gz(coreText))} gzip; whole index (wire) ${kib(gz(JSON.stringify(toWire(source))))} gzip`,
    );
    const kinds = new Map<string, { count: number; bytes: number }>();
    for (const [name, text] of files) {
      const kind = kinds.get(name[0] ?? "") ?? { count: 0, bytes: 0 };
      kind.count += 1;
      kind.bytes += gz(text);
      kinds.set(name[0] ?? "", kind);
    }
    for (const [kind, { count, bytes }] of kinds)
      console.log(`  ${kind}: ${count} shards, ${kib(bytes)} gzip in all`);
    const pastes: [string, string][] = [
      ["a code", "0x80070005"],
      ["a console error", "System error 5 has occurred.\n\nAccess is denied."],
      [
        "a 2 KB log",
        syntheticPaste(2048, ["The system cannot find the path specified.", "ERROR_ACCESS_DENIED"]),
      ],
    ];
    for (const [label, paste] of pastes) {
      const sharded = new ShardedIndex(JSON.parse(coreText), entryPath);
      const fetched: string[] = [];
      const fetchShard = async (name: string): Promise<unknown> => {
        fetched.push(name);
        return JSON.parse(files.get(name) ?? "null");
      };
      const before = performance.now();
      const result = await lookupSharded(sharded, fetchShard, paste);
      const ms = performance.now() - before;
      const byKind = new Map<string, number>();
      for (const name of fetched)
        byKind.set(name[0] ?? "", (byKind.get(name[0] ?? "") ?? 0) + gz(files.get(name) ?? ""));
      const bytes = [...byKind.values()].reduce((a, b) => a + b, 0);
      const parts = [...byKind].map(([kind, n]) => `${kind} ${kib(n)}`).join(", ");
      const same = JSON.stringify(result) === JSON.stringify(lookup(full, paste));
      console.log(
        `  ${label} (${paste.length} characters): ${fetched.length} shards, ${kib(bytes)} gzip (${parts}); ${Math.round(ms)} ms in memory; ${same ? "same result as the whole index" : "DIFFERENT from the whole index"}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
