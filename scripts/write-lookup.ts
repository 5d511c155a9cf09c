/**
 * Post-build: the in-browser lookup's files. `lookup/index.json` holds what the matcher needs;
 * `lookup/details/<slug>.json` holds each article's descriptions and steps, fetched only for the
 * entries a lookup shows.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { readBuiltKnowledgeBase } from "@/lib/content/built";
import { ENTRY_LIFECYCLES_KEY, entryLifecycleIds } from "@/lib/kb/lifecycle";
import { detailsOf, formerIds, lookupSource, toWire } from "@/lib/lookup";

export async function writeLookupFiles(
  outDir = "out",
): Promise<{ indexBytes: number; shards: number }> {
  const { entries, products, vocabulary } = readBuiltKnowledgeBase();
  const dir = path.join(outDir, "lookup");
  await mkdir(path.join(dir, "details"), { recursive: true });
  // `formerly` lets a shared result link (`/#match=old-id`) find the entry that replaced an id.
  // `entryLifecycles` names the entries whose lifecycle note is their own, not their product's.
  const index = JSON.stringify({
    ...toWire(lookupSource(entries, products, vocabulary)),
    formerly: formerIds(entries),
    [ENTRY_LIFECYCLES_KEY]: entryLifecycleIds(entries),
  });
  await writeFile(path.join(dir, "index.json"), index);
  const details = detailsOf(entries);
  for (const [slug, data] of details) {
    await writeFile(path.join(dir, "details", `${slug}.json`), JSON.stringify(data));
  }
  return { indexBytes: index.length, shards: details.size };
}
