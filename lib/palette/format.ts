/**
 * The palette's index as the site serves it, shared by the build (`shards.ts`) and the browser
 * (`sharded.ts`): how text is cut into words, the shape of each file and its guard. The guards
 * check fetched files without zod, to keep the palette's code small.
 */
import { isItem, type PaletteItem } from "./data";

/**
 * A word is a run of letters and digits, in lower case: "siem-agent-error" is three words, as
 * typed ("siem agent error") or as an id. Accents and full-width forms are folded by NFKC.
 */
export const PALETTE_WORD_SPLIT = /[^\p{L}\p{N}]+/u;

/** Shorter words are not indexed or searched: "a" is in nearly every entry, as fuse.js's 2. */
export const PALETTE_MIN_WORD_CHARS = 2;

export function paletteWords(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .split(PALETTE_WORD_SPLIT)
    .filter((w) => [...w].length >= PALETTE_MIN_WORD_CHARS);
}

/** The first `chars` characters (code points) of a word: the key of its fragment. */
export function keyOf(word: string, chars: number): string {
  return [...word].slice(0, chars).join("");
}

/**
 * The palette's core, fetched on its first opening: the keys of the word fragments (file `k<i>`
 * holds the words that start with `keys[i]`) and how items are cut into card files (file `c<n>`
 * holds items `n × cardSize` onwards). `folder` is named by a hash of the files.
 */
export type PaletteCore = { folder: string; items: number; cardSize: number; keys: string[] };

/**
 * One word: the items that hold it, as gaps between item numbers ([3, 1, 4] is items 3, 4, 8),
 * and for each the field it is in (a digit, the index in `PALETTE_KEYS`: 0 is the name).
 */
export type WordRow = [word: string, gaps: number[], fields: string];

/**
 * A fragment: its words, and up to 16 items that its key typed alone brings in (`leading`), each
 * with its number, so that a query of a word's first letters costs one request and no card.
 * Fragments of earlier builds have none.
 */
export type WordFragment = { words: WordRow[]; leading?: [item: number, PaletteItem][] };

export type CardFile = { items: PaletteItem[] };

/**
 * Site path of the palette's core, without the base path. Its files sit in a folder named by a
 * hash of their contents (`p-<hash>`), served as immutable; the core is revalidated, as a page is.
 */
export const PALETTE_CORE_PATH = "/palette/core.json";

/** Site path of one of the palette's files, without the base path. */
export function paletteFilePath(folder: string, name: string): string {
  return `/palette/${folder}/${name}.json`;
}

export const fragmentFile = (index: number) => `k${index}`;
export const cardFile = (index: number) => `c${index}`;

const get = (value: unknown, key: string): unknown =>
  typeof value === "object" && value !== null ? Reflect.get(value, key) : undefined;

const isCount = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0;

export function isPaletteCore(value: unknown): value is PaletteCore {
  const keys = get(value, "keys");
  const cardSize = get(value, "cardSize");
  const folder = get(value, "folder");
  return (
    // A folder name, nothing that could climb out of the palette's path.
    typeof folder === "string" &&
    /^[\w-]+$/.test(folder) &&
    isCount(get(value, "items")) &&
    isCount(cardSize) &&
    cardSize > 0 &&
    Array.isArray(keys) &&
    keys.every((k) => typeof k === "string")
  );
}

function isWordRow(value: unknown): value is WordRow {
  if (!Array.isArray(value) || value.length !== 3) return false;
  const [word, gaps, fields]: unknown[] = value;
  return (
    typeof word === "string" &&
    Array.isArray(gaps) &&
    gaps.every(isCount) &&
    typeof fields === "string" &&
    fields.length === gaps.length
  );
}

export function isWordFragment(value: unknown): value is WordFragment {
  const words = get(value, "words");
  const leading = get(value, "leading");
  return (
    Array.isArray(words) &&
    words.every(isWordRow) &&
    (leading === undefined ||
      (Array.isArray(leading) &&
        leading.every(
          (row) => Array.isArray(row) && row.length === 2 && isCount(row[0]) && isItem(row[1]),
        )))
  );
}

export function isCardFile(value: unknown): value is CardFile {
  const items = get(value, "items");
  return Array.isArray(items) && items.every(isItem);
}
