/**
 * The palette's search over the files the build cut (`shards.ts`), fetched as queries need them.
 * Each word of the query fetches the fragments of its first letters. There, the words it equals,
 * starts or nearly starts bring in their items, each scored by its field's weight and the word's
 * rarity. The best `PALETTE_CANDIDATES` are read from the fragments that carry them or fetched
 * as cards, and ranked by fuse.js (`rankPaletteItems`), as the whole list once was: fuse.js
 * decides the order, the words only which items it sees.
 */
import type { PaletteItem } from "./data";
import {
  type CardFile,
  cardFile,
  fragmentFile,
  isCardFile,
  isWordFragment,
  type PaletteCore,
  paletteWords,
  type WordFragment,
} from "./format";
import { PALETTE_KEYS, type PaletteSearch, rankPaletteItems } from "./search";

/** Fetches one of the palette's files by name (`k3`, `c12`) and gives its parsed JSON. */
export type FetchPaletteFile = (name: string) => Promise<unknown>;

/**
 * How well a typed word matches an indexed one, times its field's weight. Equal counts most;
 * a word being typed ("tok" → "token") a little less; one with a typo ("invlid" → "invalid")
 * least, so that "data" prefers "data" to "date" when both are near.
 */
export const PALETTE_MATCH = { exact: 1, prefix: 0.8, typo: 0.5 } as const;

/**
 * One typo is forgiven per this many letters typed: none in "srv", one in "invlid", two in
 * "disconected". Fewer than fuse.js forgives, since a word with no candidate is still ranked by
 * the query's other words ("data srv send" finds "Data server send error" by "data" and "send").
 */
export const PALETTE_TYPO_EVERY = 4;

/**
 * Items handed to fuse.js for ranking: twice what is listed, so that its order, not the words'
 * scores, decides the eight shown. Each may cost a card file, fetched on the keystroke, so not
 * many more: on the Windows codes, 16 list an entry first for its message with typos as often
 * as 24 do (`tests/site/palette.test.ts`), 12 a little less often.
 */
export const PALETTE_CANDIDATES = 16;

/**
 * The fewest edits (insert, delete, replace a letter) that turn `typed` into the start of `word`,
 * or `limit + 1` when it takes more: "invlid" is one edit from "invali", the start of "invalid".
 */
export function prefixDistance(typed: string, word: string, limit: number): number {
  const a = [...typed];
  const b = [...word];
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((row[j] ?? i) + 1, (next[j - 1] ?? i) + 1, (row[j - 1] ?? i) + cost);
      next.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    row = next;
  }
  return Math.min(...row);
}

/** How well `typed` matches the indexed `word`: a `PALETTE_MATCH` value, or 0. */
export function matchQuality(typed: string, word: string): number {
  if (word === typed) return PALETTE_MATCH.exact;
  if (word.startsWith(typed)) return PALETTE_MATCH.prefix;
  const limit = Math.floor([...typed].length / PALETTE_TYPO_EVERY);
  return limit > 0 && prefixDistance(typed, word, limit) <= limit ? PALETTE_MATCH.typo : 0;
}

/**
 * How much a word held by `count` of `items` items tells them apart: ln(1 + items / count).
 * Among 2,755 Windows codes, "colorindex" (one item) counts 7.9 and "error" (kept for a
 * thousand) 1.3, so that "ERROR_INVALID_COLORINDEX" brings in its entry before the thousand
 * others that hold "error" and "invalid" in their names.
 */
function rarity(count: number, items: number): number {
  return Math.log(1 + items / Math.max(1, count));
}

/** Each item's best score for one typed word, from the fragments its first letters fetched. */
function scoresOf(typed: string, fragments: WordFragment[], items: number): Map<number, number> {
  const scores = new Map<number, number>();
  for (const { words } of fragments) {
    for (const [word, gaps, fields] of words) {
      const quality = matchQuality(typed, word) * rarity(gaps.length, items);
      if (quality === 0) continue;
      let item = 0;
      gaps.forEach((gap, k) => {
        item += gap;
        const weight = PALETTE_KEYS[Number(fields[k])]?.weight ?? 0;
        scores.set(item, Math.max(scores.get(item) ?? 0, weight * quality));
      });
    }
  }
  return scores;
}

/**
 * The `PALETTE_CANDIDATES` items that the typed words bring in, best first: each word's
 * fragments as `fragmentsOf` gives them, out of `items` items. The browser runs it on each
 * query; the build on each fragment's key, for the items the fragment carries.
 */
export function paletteCandidates(
  typed: string[],
  fragmentsOf: (typed: string) => WordFragment[],
  items: number,
): number[] {
  const totals = new Map<number, number>();
  for (const word of typed) {
    for (const [item, score] of scoresOf(word, fragmentsOf(word), items))
      totals.set(item, (totals.get(item) ?? 0) + score);
  }
  return [...totals]
    .sort(([a, sa], [b, sb]) => sb - sa || a - b)
    .slice(0, PALETTE_CANDIDATES)
    .map(([item]) => item);
}

/** The fragments a typed word needs: those whose key it starts with. */
export function fragmentKeysOf(typed: string, keys: readonly string[]): number[] {
  return keys.flatMap((key, i) => (typed.startsWith(key) ? [i] : []));
}

/** Memoises fetched files; a failed fetch is forgotten, so that the next keystroke tries again. */
function cached<T>(
  memo: Map<string, Promise<T>>,
  name: string,
  fetchFile: FetchPaletteFile,
  check: (value: unknown) => value is T,
): Promise<T> {
  let pending = memo.get(name);
  if (!pending) {
    pending = fetchFile(name).then((value) => {
      if (!check(value)) throw new Error(`the palette's file ${name} is not as expected`);
      return value;
    });
    pending.catch(() => memo.delete(name));
    memo.set(name, pending);
  }
  return pending;
}

/** A search over the palette's files, keeping what it fetched for the next keystrokes. */
export function createShardedPaletteSearch(
  core: Omit<PaletteCore, "folder">,
  fetchFile: FetchPaletteFile,
): PaletteSearch {
  const fragments = new Map<string, Promise<WordFragment>>();
  const cards = new Map<string, Promise<CardFile>>();
  /** Items read so far from the fragments that carry them: no card is fetched for these. */
  const known = new Map<number, PaletteItem>();

  /**
   * The fragments a typed word needs. Where words are dense, a fragment is split by more letters
   * than were typed ("0x" among thousands of "0x8007…"): the word then finds only its equals
   * until a letter more picks one part.
   */
  const fragmentsOf = (typed: string) =>
    Promise.all(
      fragmentKeysOf(typed, core.keys).map((i) =>
        cached(fragments, fragmentFile(i), fetchFile, isWordFragment).then((fragment) => {
          for (const [n, item] of fragment.leading ?? []) known.set(n, item);
          return fragment;
        }),
      ),
    );

  const itemOf = async (n: number): Promise<PaletteItem[]> => {
    const item = known.get(n);
    if (item) return [item];
    const card = await cached(
      cards,
      cardFile(Math.floor(n / core.cardSize)),
      fetchFile,
      isCardFile,
    );
    return card.items.slice(n % core.cardSize, (n % core.cardSize) + 1);
  };

  return async (query) => {
    const typed = [...new Set(paletteWords(query))];
    if (typed.length === 0) return [];
    const fetched = new Map(
      await Promise.all(
        typed.map(async (w): Promise<[string, WordFragment[]]> => [w, await fragmentsOf(w)]),
      ),
    );
    const candidates = paletteCandidates(typed, (w) => fetched.get(w) ?? [], core.items);
    const items = await Promise.all(candidates.map(itemOf));
    return rankPaletteItems(items.flat(), query);
  };
}
