/**
 * Post-build: the in-browser lookup's files. `lookup/index.json` holds what the matcher needs;
 * `lookup/details/<slug>.json` holds each article's descriptions and steps, fetched only for the
 * entries a lookup shows. `lib/site/data-files.ts` makes them, for the preview too.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { readBuiltKnowledgeBase } from "@/lib/content/built";
import { LOOKUP_INDEX_PATH, lookupFiles } from "@/lib/site/data-files";

export async function writeLookupFiles(
  outDir = "out",
): Promise<{ indexBytes: number; shards: number }> {
  const files = lookupFiles(readBuiltKnowledgeBase());
  await mkdir(path.join(outDir, "lookup", "details"), { recursive: true });
  for (const [sitePath, text] of files) await writeFile(path.join(outDir, sitePath), text);
  return { indexBytes: files.get(LOOKUP_INDEX_PATH)?.length ?? 0, shards: files.size - 1 };
}
