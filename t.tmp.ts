import { buildLookupIndex, lookup, lookupSource } from "@/lib/lookup";
import { loghubKnowledgeBase, readLoghub } from "./scripts/loghub/loghub";
const { entries, products } = loghubKnowledgeBase(readLoghub());
const idx = buildLookupIndex(lookupSource(entries, products));
for (const line of process.argv.slice(2)) {
  const r = lookup(idx, line);
  console.log(line, "\n  M", r.matches.map((h) => `${h.entry.id} ${h.entry.messages[0]} ${h.score}`), "\n  R", r.related.map((h) => `${h.entry.id} ${h.entry.messages[0]} ${h.score}`));
}
