/**
 * Post-build: the in-browser lookup's files. `lookup/core.json` and the shards in the folder it
 * names hold what the matcher needs (`lib/lookup/shards.ts`); `lookup/details/<slug>.json` holds
 * each article's descriptions and steps, fetched only for the entries a lookup shows.
 * `lib/site/data-files.ts` makes them, for the preview too.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { readBuiltKnowledgeBase } from "@/lib/content/built";
import { LOOKUP_CORE_PATH, lookupFiles } from "@/lib/site/data-files";

/** Writes site files (site path → text) into the export, making their folders. */
export async function writeDataFiles(outDir: string, files: Map<string, string>): Promise<void> {
  const folders = new Set([...files.keys()].map((p) => path.dirname(path.join(outDir, p))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  for (const [sitePath, text] of files) await writeFile(path.join(outDir, sitePath), text);
}

export async function writeLookupFiles(
  outDir = "out",
): Promise<{ coreBytes: number; indexBytes: number; shards: number; details: number }> {
  const files = lookupFiles(readBuiltKnowledgeBase());
  await writeDataFiles(outDir, files);
  const shards = [...files].filter(
    ([p]) => !p.startsWith("/lookup/details/") && p !== LOOKUP_CORE_PATH,
  );
  return {
    coreBytes: files.get(LOOKUP_CORE_PATH)?.length ?? 0,
    indexBytes: shards.reduce((sum, [, text]) => sum + text.length, 0),
    shards: shards.length,
    details: files.size - shards.length - 1,
  };
}
