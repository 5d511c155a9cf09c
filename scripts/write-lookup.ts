/**
 * Post-build: the in-browser lookup's files. `lookup/core.json` and the shards in the folder it
 * names hold what the matcher needs (`lib/lookup/shards.ts`); `lookup/details/<slug>.json` holds
 * each article's descriptions and steps, fetched only for the entries a lookup shows.
 * `lib/site/data-files.ts` makes them, for the preview too.
 */
import { readBuiltKnowledgeBase } from "@/lib/content/built";
import { LOOKUP_CORE_PATH, lookupFiles } from "@/lib/site/data-files";
import { gzipCopiesOf, writeDataFiles } from "./write-data-files";

export async function writeLookupFiles(
  outDir = "out",
  env: Record<string, string | undefined> = process.env,
): Promise<{
  coreBytes: number;
  indexBytes: number;
  shards: number;
  details: number;
  gzipBytes: number;
}> {
  const files = lookupFiles(readBuiltKnowledgeBase());
  const { gzipBytes } = await writeDataFiles(outDir, files, { gzip: gzipCopiesOf(env) });
  const shards = [...files].filter(
    ([p]) => !p.startsWith("/lookup/details/") && p !== LOOKUP_CORE_PATH,
  );
  return {
    coreBytes: files.get(LOOKUP_CORE_PATH)?.length ?? 0,
    indexBytes: shards.reduce((sum, [, text]) => sum + text.length, 0),
    shards: shards.length,
    details: files.size - shards.length - 1,
    gzipBytes,
  };
}
