/**
 * `npx tsx scripts/corpus/explain.ts [--many] TEXT`: every candidate the matcher weighed on each
 * line of TEXT, with its evidence and verdict. For tuning the matcher on the tuning corpora.
 */
import { indexFor } from "./corpus";
import { readLine, wordCaches } from "@/lib/lookup/line";
import { lookup } from "@/lib/lookup";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const many = args[0] === "--many";
  const text = (many ? args.slice(1) : args).join(" ").replace(/\\n/g, "\n");
  const index = await indexFor(many ? "many-products" : "real");
  const cache = { ...wordCaches(index), lines: new Map() };
  for (const line of text.split("\n")) {
    const read = readLine(index, line, cache);
    console.log(
      `> ${line}  foreign=${read.foreign} mentioned=${read.mentioned.map((p) => index.products[p]?.name)}`,
    );
    for (const c of read.candidates) {
      const e = c.evidence;
      console.log(
        `   ${c.confident ? "MATCH" : "rel  "} ${index.entries[c.entry]?.id} via ${e.kind} "${index.phrases[c.phraseId]?.text}" recall=${e.recall.toFixed(2)} dens=${e.density.toFixed(2)} short=${c.short} shared=${c.shared} lead=${e.foreignLead} ctx=${e.contextWords} foreign=${e.foreignOthers}/${e.others}`,
      );
    }
  }
  const r = lookup(index, text);
  console.log(
    "matches:",
    r.matches.map((h) => h.entry.id),
    "ambiguous:",
    r.ambiguous.length,
  );
}

void main();
