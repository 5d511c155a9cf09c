/**
 * The palette's data cut into files at build time, as Pagefind cuts its index: a small core, word
 * fragments keyed by the first letters of each word, and card files holding the items themselves.
 * A keystroke fetches the fragments of the words typed and the cards of the best candidates that
 * no fetched fragment carries (`sharded.ts`), never the whole list. Pure: the caller names the folder and writes the files.
 */
import type { PaletteData, PaletteItem } from "./data";
import {
  type CardFile,
  cardFile,
  fragmentFile,
  keyOf,
  type PaletteCore,
  paletteWords,
  type WordFragment,
  type WordRow,
} from "./format";
import { PALETTE_KEYS } from "./search";
import { fragmentKeysOf, paletteCandidates } from "./sharded";

export type PaletteSharding = {
  /**
   * Letters a fragment's key starts with. Two: a typed word is found from its second letter
   * ("in" fetches the words that start with "in"), and at 100,000 entries two letters make a few
   * hundred fragments.
   */
  keyChars: number;
  /**
   * A fragment whose words take more than this (bytes of JSON) is split by one letter more, down
   * to `maxKeyChars`: at 100,000 entries "re" holds two hundred words and their items. The items
   * a fragment carries come on top.
   */
  fragmentBytes: number;
  /**
   * Typos are forgiven only after the key's letters ("invlid" → "invalid" within "in"), so keys
   * stay short: three letters at most.
   */
  maxKeyChars: number;
  /**
   * Items a word keeps at most. A word in more items than this tells them apart by nothing
   * ("module" is in 77,000 of the 100,000 benchmark entries); it keeps the items that hold it in
   * their heaviest field, names first, so that "module" alone still lists modules.
   */
  commonItems: number;
  /**
   * Items per card file: an article's entries sit together, and at 100,000 entries a file is
   * about 1 KB gzip, so the 16 candidates of a query cost a few dozen KB at most.
   */
  cardSize: number;
};

export const PALETTE_SHARDING: PaletteSharding = {
  keyChars: 2,
  fragmentBytes: 24 * 1024,
  maxKeyChars: 3,
  commonItems: 1000,
  cardSize: 16,
};

/** Each word's items, with the heaviest field it is in for each: fields are read heaviest first. */
function postings(data: PaletteData): Map<string, Map<number, number>> {
  const byWord = new Map<string, Map<number, number>>();
  data.items.forEach((item, n) => {
    PALETTE_KEYS.forEach(({ name }, field) => {
      const value = item[name];
      for (const text of typeof value === "string" ? [value] : value) {
        for (const word of paletteWords(text)) {
          const items = byWord.get(word) ?? new Map<number, number>();
          if (!items.has(n)) items.set(n, field);
          byWord.set(word, items);
        }
      }
    });
  });
  return byWord;
}

function wordRow(word: string, items: Map<number, number>, commonItems: number): WordRow {
  let kept = [...items];
  if (kept.length > commonItems) {
    kept = kept.sort(([a, fa], [b, fb]) => fa - fb || a - b).slice(0, commonItems);
  }
  kept.sort(([a], [b]) => a - b);
  let previous = 0;
  const gaps = kept.map(([n]) => {
    const gap = n - previous;
    previous = n;
    return gap;
  });
  return [word, gaps, kept.map(([, field]) => String(field)).join("")];
}

function groupBy<T>(values: T[], key: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const k = key(value);
    const group = groups.get(k);
    if (group) group.push(value);
    else groups.set(k, [value]);
  }
  return groups;
}

/** Words grouped by their first `chars` letters; a group too large is split one letter deeper. */
function fragments(
  rows: WordRow[],
  chars: number,
  options: PaletteSharding,
): [string, WordRow[]][] {
  const out: [string, WordRow[]][] = [];
  for (const [key, group] of groupBy(rows, ([word]) => keyOf(word, chars))) {
    const bytes = JSON.stringify(group).length;
    if (bytes <= options.fragmentBytes || chars >= options.maxKeyChars) {
      out.push([key, group]);
      continue;
    }
    // The words no longer than the key stay under it; the longer ones go one letter deeper.
    const short = group.filter(([word]) => [...word].length <= chars);
    if (short.length > 0) out.push([key, short]);
    out.push(
      ...fragments(
        group.filter(([word]) => [...word].length > chars),
        chars + 1,
        options,
      ),
    );
  }
  return out;
}

export type PaletteShards = {
  core: Omit<PaletteCore, "folder">;
  files: Map<string, WordFragment | CardFile>;
};

export function shardPalette(data: PaletteData, options = PALETTE_SHARDING): PaletteShards {
  const rows = [...postings(data)]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([word, items]) => wordRow(word, items, options.commonItems));
  const keyed = fragments(rows, options.keyChars, options);
  const files = new Map<string, WordFragment | CardFile>();
  const keys = keyed.map(([k]) => k);
  const fragmentsOf = (typed: string) =>
    fragmentKeysOf(typed, keys).map((i) => ({ words: keyed[i]?.[1] ?? [], leading: [] }));
  keyed.forEach(([key, words], i) => {
    // What the key typed alone lists: the same candidates the browser would choose.
    const leading = paletteCandidates([key], fragmentsOf, data.items.length).flatMap(
      (n): [number, PaletteItem][] => {
        const item = data.items[n];
        return item ? [[n, item]] : [];
      },
    );
    files.set(fragmentFile(i), { words, leading });
  });
  for (let start = 0; start < data.items.length; start += options.cardSize) {
    files.set(cardFile(start / options.cardSize), {
      items: data.items.slice(start, start + options.cardSize),
    });
  }
  return {
    core: { items: data.items.length, cardSize: options.cardSize, keys },
    files,
  };
}
