/**
 * The site's data files, made from a prepared knowledge base: the lookup's index and per-article
 * details, and the command palette's data. The build writes them into the export
 * (`scripts/write-lookup.ts`, `scripts/write-site-files.ts`) and the preview serves them from
 * memory after each save (`scripts/dev.ts`): one function, so the two cannot differ.
 */
import { createHash } from "node:crypto";
import type { KnowledgeBase } from "@/lib/content/knowledge-base";
import { buildLookupIndex, detailsOf, formerIds, lookupSource } from "@/lib/lookup";
import { shardLookupIndex } from "@/lib/lookup/shards";
import { buildPaletteData, paletteSourceOf } from "@/lib/palette/data";
import { PALETTE_CORE_PATH, paletteFilePath } from "@/lib/palette/format";
import { shardPalette } from "@/lib/palette/shards";

/**
 * Site path of the lookup's core, without the base path: how the index is split, and the folder
 * of its shards. The shards' folder is named by a hash of their contents, so they are served as
 * immutable (cached for a year); the core is revalidated, as a page is.
 */
export const LOOKUP_CORE_PATH = "/lookup/core.json";

/** Site path of one shard of the lookup index, without the base path. */
export function lookupShardPath(folder: string, name: string): string {
  return `/lookup/${folder}/${name}.json`;
}

/** Site path of one article's entry details, without the base path. */
export function lookupDetailsPath(slug: string): string {
  return `/lookup/details/${slug}.json`;
}

/** The in-browser lookup's files: site path (no base path) → JSON text. */
export function lookupFiles(
  kb: Pick<KnowledgeBase, "entries" | "products" | "vocabulary">,
): Map<string, string> {
  const { entries, products, vocabulary } = kb;
  const source = lookupSource(entries, products, vocabulary);
  const { core, shards } = shardLookupIndex(buildLookupIndex(source), source);
  const texts = [...shards].map(([name, data]) => [name, JSON.stringify(data)] as const);
  const folder = hashedFolder("s", texts);
  // `formerly` lets a shared result link (`/#match=old-id`) find the entry that replaced an id.
  const files = new Map([
    [
      LOOKUP_CORE_PATH,
      JSON.stringify({
        ...core,
        folder,
        bytes: texts.reduce((sum, [, text]) => sum + text.length, 0),
        formerly: formerIds(entries),
      }),
    ],
  ]);
  for (const [name, text] of texts) files.set(lookupShardPath(folder, name), text);
  for (const [slug, data] of detailsOf(entries)) {
    files.set(lookupDetailsPath(slug), JSON.stringify(data));
  }
  return files;
}

/** A folder name for files, from a hash of their names and contents. */
function hashedFolder(prefix: string, texts: (readonly [string, string])[]): string {
  const hash = createHash("sha256");
  for (const [name, text] of texts) hash.update(`${name}\n${text}\n`);
  return `${prefix}-${hash.digest("hex").slice(0, 16)}`;
}

/** The command palette's files: site path (no base path) → JSON text. */
export function paletteFiles(
  kb: Pick<KnowledgeBase, "articles" | "entries" | "products">,
): Map<string, string> {
  const { core, files } = shardPalette(buildPaletteData(paletteSourceOf(kb)));
  const texts = [...files].map(([name, data]) => [name, JSON.stringify(data)] as const);
  const folder = hashedFolder("p", texts);
  return new Map([
    [PALETTE_CORE_PATH, JSON.stringify({ ...core, folder })],
    ...texts.map(([name, text]) => [paletteFilePath(folder, name), text] as const),
  ]);
}
