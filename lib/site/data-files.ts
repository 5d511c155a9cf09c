/**
 * The site's data files, made from a prepared knowledge base: the lookup's index and per-article
 * details, and the command palette's data. The build writes them into the export
 * (`scripts/write-lookup.ts`, `scripts/write-site-files.ts`) and the preview serves them from
 * memory after each save (`scripts/dev.ts`): one function, so the two cannot differ.
 */
import type { KnowledgeBase } from "@/lib/content/knowledge-base";
import { ENTRY_LIFECYCLES_KEY, entryLifecycleIds } from "@/lib/kb/lifecycle";
import { detailsOf, formerIds, lookupSource, toWire } from "@/lib/lookup";
import { buildPaletteData, PALETTE_DATA_PATH, paletteSourceOf } from "@/lib/palette/data";

/** Site path of the lookup's index, without the base path. */
export const LOOKUP_INDEX_PATH = "/lookup/index.json";

/** Site path of one article's entry details, without the base path. */
export function lookupDetailsPath(slug: string): string {
  return `/lookup/details/${slug}.json`;
}

/** The in-browser lookup's files: site path (no base path) → JSON text. */
export function lookupFiles(
  kb: Pick<KnowledgeBase, "entries" | "products" | "vocabulary">,
): Map<string, string> {
  const { entries, products, vocabulary } = kb;
  // `formerly` lets a shared result link (`/#match=old-id`) find the entry that replaced an id.
  // `entryLifecycles` names the entries whose lifecycle note is their own, not their product's.
  const index = JSON.stringify({
    ...toWire(lookupSource(entries, products, vocabulary)),
    formerly: formerIds(entries),
    [ENTRY_LIFECYCLES_KEY]: entryLifecycleIds(entries),
  });
  const files = new Map([[LOOKUP_INDEX_PATH, index]]);
  for (const [slug, data] of detailsOf(entries)) {
    files.set(lookupDetailsPath(slug), JSON.stringify(data));
  }
  return files;
}

/** The command palette's data file: its site path and JSON text. */
export function paletteFile(kb: Pick<KnowledgeBase, "articles" | "entries" | "products">): {
  path: string;
  text: string;
} {
  return { path: PALETTE_DATA_PATH, text: JSON.stringify(buildPaletteData(paletteSourceOf(kb))) };
}
