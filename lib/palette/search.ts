/**
 * The palette's ranking over entry names, ids, messages and article titles, with fuse.js.
 * Fuse suits this job: the query is a few typed characters and the targets are short names, where
 * its approximate matching forgives typos and cut-off words. (The lookup's job, finding documented
 * phrases inside a long paste, is another one; see ARCHITECTURE.md.)
 */
import Fuse, { type IFuseOptions } from "fuse.js";
import type { PaletteItem } from "./data";

/**
 * Where a query is searched, and how much each field counts. The name is what people remember
 * ("invalid token"); a message is what they saw ("The token provided isn't valid."), often longer,
 * so it counts a little less; ids ("data-server-send-error") and aliases follow; the article title
 * and product name only break ties ("siem" finds every entry of the SIEM article, names first).
 */
export const PALETTE_KEYS = [
  { name: "name", weight: 3 },
  { name: "messages", weight: 2 },
  { name: "id", weight: 1.5 },
  { name: "aliases", weight: 1.5 },
  { name: "article", weight: 0.5 },
  { name: "product", weight: 0.3 },
] as const;

/**
 * How far a field may be from the query, from 0 (exact) to 1 (anything). 0.4, fuse's default,
 * lets "invlid tok" (one letter missing, a cut-off word) and "data srv send" (a shortened word)
 * through, while "proxy" does not drag in "Disconnected".
 */
export const PALETTE_THRESHOLD = 0.4;

/** Results the palette lists at most: a screenful, and the right one is nearly always first. */
export const PALETTE_LIMIT = 8;

export const PALETTE_FUSE_OPTIONS: IFuseOptions<PaletteItem> = {
  keys: PALETTE_KEYS.map((k) => ({ ...k })),
  threshold: PALETTE_THRESHOLD,
  // A query may match anywhere in a field: "send" is the third word of "Data server send error".
  // Without this, fuse penalises matches far from the start and misses them in long messages.
  ignoreLocation: true,
  // Field length should not rank: a short name that matches must not lose to a long message.
  ignoreFieldNorm: true,
  // Single characters are noise in a fuzzy match ("a" is in every entry).
  minMatchCharLength: 2,
  includeScore: true,
};

/** The palette's search: what a query lists, best first, at most `PALETTE_LIMIT`. */
export type PaletteSearch = (query: string) => Promise<PaletteItem[]>;

/**
 * Ranks items for a query with fuse.js: the last step of every search, over the candidates that
 * the query's words brought in (`sharded.ts`).
 */
export function rankPaletteItems(items: PaletteItem[], query: string): PaletteItem[] {
  const q = query.trim();
  if (!q) return [];
  return new Fuse(items, PALETTE_FUSE_OPTIONS)
    .search(q, { limit: PALETTE_LIMIT })
    .map((r) => r.item);
}

/**
 * Past this many characters, what is in the palette's box is taken for a paste rather than a
 * name: the longest entry name today is under 40 characters, and a log line with its timestamp
 * is over 60 ("2026-11-24 10:15:32 ERROR [main] The token provided isn't valid." is 64).
 */
export const PASTE_CHARS = 60;

/** A whole error or log belongs in the lookup, which reads pastes in full. */
export function looksLikePaste(text: string): boolean {
  return text.trim().length > PASTE_CHARS || /\S[^\S\n]*\n[\s\S]*\S/.test(text);
}
