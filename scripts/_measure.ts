import { gzipSync } from "node:zlib";
import { parseContentDir } from "@/lib/content/load";
import { buildLookupIndex, lookupSource, toWire } from "@/lib/lookup";
async function main() {
const t0 = performance.now();
const kb = await parseContentDir(process.argv[2] ?? "/tmp/kb100k");
console.log("parsed", kb.entries.length, Math.round(performance.now() - t0), "ms");
const source = lookupSource(kb.entries, kb.products, kb.vocabulary);
const wire = JSON.stringify(toWire(source));
console.log("wire", (wire.length / 1e6).toFixed(1), "MB", (gzipSync(wire).length / 1024).toFixed(0), "KiB gzip");
const t1 = performance.now();
const index = buildLookupIndex(source);
console.log("index built", Math.round(performance.now() - t1), "ms");
console.log("vocabulary", index.vocabulary.size, "postings keys", index.postings.size, "codes", index.codes.size, "byWord", index.templates.byWord.size, "phrases", index.phrases.length, "productOnly", index.productOnly.size, "compounds", index.compounds.size, "products", index.products.length);
const typo = (index.typos as any).byDeletion as Map<string, string[]>;
console.log("typo keys", typo.size, "typo words", [...typo.values()].reduce((n, l) => n + l.length, 0));

}
void main();
