/**
 * The lookup index split into shards at build time, so that a browser fetches only what a paste
 * needs (Pagefind's idea, for a matcher). Four kinds, each plain data:
 *
 * - the **core**: products, word rules, product mentions, chrome, how the rest is split, and a
 *   filter of the words the key fragments hold (`key-filter.ts`);
 * - **key fragments** (`k<n>`), a word's fragment chosen by `keyHash`: for each word, whether
 *   the knowledge base knows it, whether it is one of its identifiers, the product only it
 *   names, its postings (with each phrase's anchor threshold, so that phrases too weak to score
 *   are never fetched), the phrases naming it as a code, and the templates indexed under it,
 *   whole (a template is tried on every line holding its word, and most do not fit);
 * - **id fragments** (`i<n>`): entry id → entry number, for shared links only;
 * - **typo buckets** (`t<length>`): the words the typo index knows, by length (a word within two
 *   edits of another is at most two characters longer or shorter);
 * - **entry shards** (`e<n>`): a run of entries with their phrases, names and context,
 *   every number computed here.
 *
 * `sharded.ts` reads them back into an index that answers exactly as the built one does.
 */
import type { BuiltLookupIndex, Phrase } from "./build-index";
import type { Template } from "./fit";
import { PHRASE_KINDS } from "@/lib/kb/phrase-kind";
import { type LookupSource, type MatchEntry, phraseTexts } from "./source";
import { toWire, type WireSource } from "./wire";

/** Bumped when the shape of a shard changes. */
export const SHARDS_FORMAT = 3;

import { keyHash } from "./key-hash";
import { buildKeyFilter, type KeyFilter } from "./key-filter";

export { keyHash };

/**
 * How finely to split. Bytes per key fragment and typo bucket (4 KiB of JSON): a paste fetches
 * the fragment of each word it holds, a few hundred for a 2 KB log, so the bytes it fetches
 * shrink as fragments do, down to the words themselves; a small knowledge base gets one or a
 * few fragments, so a paste costs few requests. Entries per shard (16): a line's candidates
 * come from a handful of entries here and there. Ids per id fragment (4,096): a shared link
 * names a few entries.
 */
export type ShardSizes = { fragmentBytes: number; entriesPerShard: number; idsPerFragment: number };
export const SHARD_SIZES: ShardSizes = {
  fragmentBytes: 4096,
  entriesPerShard: 16,
  idsPerFragment: 4096,
};

export type ShardCore = {
  format: number;
  totals: { entries: number; phrases: number; templates: number };
  /**
   * Entries per entry shard, and the phrase numbers each shard reserves: shard `j` holds entries
   * from `j × entries` and phrases numbered from `j × phrases`, so that a number tells its shard
   * without a table. (Phrases are numbered again here, in the same order as in the built index.)
   */
  perShard: { entries: number; phrases: number };
  keyFragments: number;
  /** Which words the key fragments hold (`key-filter.ts`), so that others cost no fetch. */
  keyFilter: KeyFilter;
  idFragments: number;
  /** Per typo bucket, the shortest word length it holds (it holds those up to the next's). */
  typoStarts: number[];
  /** Products and word rules, in the wire form of `wire.ts` (with no entries). */
  wire: Pick<WireSource, "surfaces" | "surfaceSets" | "products" | "words">;
  /** First token → products whose name, alias or term starts with it, and the whole phrase. */
  mentions: [string, [number, string[]][]][];
  productOnlySize: number;
  chrome: string[];
  fieldLabels: string[];
};

export type KeyFragment = {
  vocabulary: string[];
  compounds: string[];
  productOnly: [string, number][];
  /** Word → its postings (`Postings`). */
  postings: Postings[];
  codes: [string, number[]][];
  /** Word → the templates indexed under it, each `[number, ...WireTemplate]`. */
  templates: [string, [number, ...WireTemplate][]][];
};

/**
 * A phrase as shipped: `[entry, kind, text, tokens, langs, coreMask, coreWords, shared,
 * unanchored, codes]`. Its tokens and codes are numbers in its shard's word list, whose weights
 * the shard carries once; its text is a number when it is one of its entry's own texts
 * (`entryTexts`); its core and total are computed where it is read, as the index computes them.
 */
export type WirePhrase = [
  number,
  number,
  number | string,
  number[],
  string[],
  string,
  number,
  number,
  number,
  number[],
];
/** A template as shipped: `[phrase, parts, closedStart, closedEnd, specificity, placeholders]`. */
export type WireTemplate = [number, string[], number, number, number, number];
/**
 * An entry as shipped: `[id, article, articleTitle, product, name, appears, messages, aliases,
 * translations, lifecycle, name tokens, context words]`, the lifecycle `[status, since, note,
 * scope]` or 0; its URL is made where it is read.
 */
export type ShardEntry = [
  string,
  string,
  string,
  number,
  string,
  string,
  string[],
  string[],
  [string, string[]][],
  [string, string, string, string] | 0,
  string[],
  string[],
];
/**
 * One word's postings, compact: `[word, weight, phrase numbers as differences from the one
 * before, anchor thresholds in thousandths rounded down, then [position, count] for the phrases
 * that hold the word more than once]`. A phrase's share of the word is its weight added once per
 * time the phrase holds it, as the index adds it. A threshold rounded down lets a few more phrases
 * be scored, which the scoring turns away: the results are the same.
 */
export type Postings = [string, number, number[], number[], number[]];

/** Thousandths in a threshold as shipped. */
export const THRESHOLD_SCALE = 1000;

/** A word's share of a phrase that holds it `count` times, added as the index adds it. */
export function shareOf(weight: number, count: number): number {
  let share = 0;
  for (let k = 0; k < count; k += 1) share += weight;
  return share;
}

function encodePostings(
  index: BuiltLookupIndex,
  word: string,
  pairs: number[],
  renumber: (phrase: number) => number,
): Postings {
  let weight = 0;
  let last = 0;
  const deltas: number[] = [];
  const thresholds: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const id = pairs[i] ?? 0;
    const phrase = index.phrases[id];
    const at = phrase?.tokens.indexOf(word) ?? -1;
    weight = phrase?.weights[at] ?? 0;
    const count = phrase?.tokens.filter((t) => t === word).length ?? 0;
    if (shareOf(weight, count) !== pairs[i + 1])
      throw new Error(`the postings of "${word}" do not add up for phrase ${id}`);
    if (count > 1) counts.push(i / 2, count);
    deltas.push(renumber(id) - last);
    last = renumber(id);
    thresholds.push(Math.floor((index.minAnchorWeight[id] ?? 0) * THRESHOLD_SCALE) - 1);
  }
  return [word, weight, deltas, thresholds, counts];
}

export type EntryShard = {
  /** The words of the shard's phrases, each once, and the weight of each. */
  words: string[];
  weights: number[];
  entries: ShardEntry[];
  phrases: WirePhrase[];
};

/** An entry's own texts, in the order a phrase's text refers to them by number. */
export function entryTexts(e: MatchEntry): string[] {
  return phraseTexts(e).map((p) => p.text);
}
/**
 * A typo bucket as served: its words in the typo index's order, and each word's place in that
 * order as the gap from the previous word's (small numbers, which gzip well: the bucket of
 * five-letter words at 100,000 entries is 6.3 KiB instead of 10.6 with the places written out).
 */
export type TypoBucket = { words: string[]; gaps: number[] };

export type ShardSet = { core: ShardCore; shards: Map<string, unknown> };

/** The entry shard an entry, a phrase or a template (by its number) is in. */
export function shardOf(starts: readonly number[], n: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= n) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export const keyFragmentName = (n: number) => `k${n}`;
export const idFragmentName = (n: number) => `i${n}`;
export const typoBucketName = (length: number) => `t${length}`;
export const entryShardName = (n: number) => `e${n}`;

function encodePhrases(index: BuiltLookupIndex, list: Phrase[]): EntryShard {
  const words: string[] = [];
  const weights: number[] = [];
  const numbers = new Map<string, number>();
  const number = (token: string, weight: number) => {
    let n = numbers.get(token);
    if (n === undefined) {
      n = words.length;
      words.push(token);
      weights.push(weight);
      numbers.set(token, n);
    }
    return n;
  };
  const phrases = list.map((p): WirePhrase => {
    const own = index.entries[p.entry];
    const at = own ? entryTexts(own).indexOf(p.text) : -1;
    const weightOf = new Map(p.tokens.map((t, i) => [t, p.weights[i] ?? 0]));
    return [
      p.entry,
      PHRASE_KINDS.indexOf(p.kind),
      at >= 0 ? at : p.text,
      p.tokens.map((t, i) => number(t, p.weights[i] ?? 0)),
      p.langs ?? [],
      p.coreMask.map((b) => (b ? "1" : "0")).join(""),
      p.coreWords,
      p.shared ? 1 : 0,
      p.unanchored,
      p.codes.map((c) => number(c, weightOf.get(c) ?? 0)),
    ];
  });
  return { words, weights, entries: [], phrases };
}

function encodeTemplate(t: Template, renumber: (phrase: number) => number): WireTemplate {
  return [
    renumber(t.phrase),
    t.parts,
    t.closedStart ? 1 : 0,
    t.closedEnd ? 1 : 0,
    t.specificity,
    t.placeholders,
  ];
}

function push<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Splits a built index (and the source it was built from) into shards. */
export function shardLookupIndex(
  index: BuiltLookupIndex,
  source: LookupSource,
  sizes: ShardSizes = SHARD_SIZES,
): ShardSet {
  const shards = new Map<string, unknown>();
  const { entries, phrases } = index;
  const templates = index.templates.templates;

  // Entry shards: runs of entries, with their phrases (in entry order).
  const starts = { entries: [0], phrases: [0] };
  let p = 0;
  for (let e = sizes.entriesPerShard; e < entries.length; e += sizes.entriesPerShard) {
    while (p < phrases.length && (phrases[p]?.entry ?? 0) < e) p += 1;
    starts.entries.push(e);
    starts.phrases.push(p);
  }
  const phrasesPerShard = Math.max(
    1,
    ...starts.phrases.map((from, j) => (starts.phrases[j + 1] ?? phrases.length) - from),
  );
  const numbers = new Int32Array(phrases.length);
  starts.phrases.forEach((from, j) => {
    const to = starts.phrases[j + 1] ?? phrases.length;
    for (let k = from; k < to; k += 1) numbers[k] = j * phrasesPerShard + (k - from);
  });
  const renumber = (phrase: number) => numbers[phrase] ?? -1;
  const productOf = new Map(index.products.map((p, i) => [p.id, i]));
  starts.entries.forEach((from, j) => {
    const to = starts.entries[j + 1] ?? entries.length;
    const shardEntries = entries.slice(from, to).map((e, k): ShardEntry => {
      const lifecycle = e.lifecycle;
      return [
        e.id,
        e.article,
        e.articleTitle,
        productOf.get(e.product) ?? -1,
        e.name,
        e.appears,
        e.messages,
        e.aliases,
        e.translations.map((t): [string, string[]] => [t.lang, t.names]),
        lifecycle
          ? [lifecycle.status, lifecycle.since ?? "", lifecycle.note ?? "", lifecycle.scope ?? ""]
          : 0,
        index.entryNames[from + k] ?? [],
        [...(index.context[from + k] ?? [])],
      ];
    });
    const shard: EntryShard = {
      ...encodePhrases(
        index,
        phrases.slice(starts.phrases[j], starts.phrases[j + 1] ?? phrases.length),
      ),
      entries: shardEntries,
    };
    shards.set(entryShardName(j), shard);
  });

  // Key fragments: every word any table is keyed by, as many fragments as their size asks for.
  const words = [
    ...new Set<string>([
      ...index.vocabulary,
      ...index.compounds,
      ...index.productOnly.keys(),
      ...index.postings.keys(),
      ...index.codes.keys(),
      ...index.templates.byWord.keys(),
    ]),
  ];
  const records = words.map((w) => {
    const pairs = index.postings.get(w);
    const codes = index.codes.get(w);
    const byWord = index.templates.byWord.get(w);
    const productOnly = index.productOnly.get(w);
    return {
      word: w,
      known: index.vocabulary.has(w),
      compound: index.compounds.has(w),
      productOnly,
      postings: pairs ? encodePostings(index, w, pairs, renumber) : undefined,
      codes: codes?.map(renumber),
      templates: byWord?.flatMap((id): [number, ...WireTemplate][] => {
        const t = templates[id];
        return t ? [[id, ...encodeTemplate(t, renumber)]] : [];
      }),
    };
  });
  const bytes = records.reduce((sum, r) => sum + JSON.stringify(r).length, 0);
  const keyFragments = Math.max(1, Math.ceil(bytes / sizes.fragmentBytes));
  const byFragment = new Map<number, typeof records>();
  for (const r of records) push(byFragment, keyHash(r.word) % keyFragments, r);
  for (let n = 0; n < keyFragments; n += 1) {
    const list = byFragment.get(n) ?? [];
    const fragment: KeyFragment = {
      vocabulary: list.filter((r) => r.known).map((r) => r.word),
      compounds: list.filter((r) => r.compound).map((r) => r.word),
      productOnly: list.flatMap((r): [string, number][] =>
        r.productOnly === undefined ? [] : [[r.word, r.productOnly]],
      ),
      postings: list.flatMap((r) => (r.postings ? [r.postings] : [])),
      codes: list.flatMap((r): [string, number[]][] => (r.codes ? [[r.word, r.codes]] : [])),
      templates: list.flatMap((r): [string, [number, ...WireTemplate][]][] =>
        r.templates ? [[r.word, r.templates]] : [],
      ),
    };
    shards.set(keyFragmentName(n), fragment);
  }

  // Id fragments, for shared links.
  const idFragments = Math.max(1, Math.ceil(entries.length / sizes.idsPerFragment));
  const ids = new Map<number, [string, number][]>();
  entries.forEach((e, i) => push(ids, keyHash(e.id) % idFragments, [e.id, i]));
  for (let n = 0; n < idFragments; n += 1) shards.set(idFragmentName(n), ids.get(n) ?? []);

  // Typo buckets: runs of word lengths, each at least `fragmentBytes` of words but the last,
  // each word with its place in the typo index's order.
  const byLength = new Map<number, number[]>();
  index.typoWords.forEach((w, order) => push(byLength, w.length, order));
  const typoStarts: number[] = [];
  const buckets: number[][] = [];
  let size = 0;
  for (const length of [...byLength.keys()].sort((a, b) => a - b)) {
    const places = byLength.get(length) ?? [];
    if (buckets.length === 0 || size >= sizes.fragmentBytes) {
      buckets.push([]);
      size = 0;
      typoStarts.push(length);
    }
    buckets.at(-1)?.push(...places);
    size += places.reduce((sum, n) => sum + (index.typoWords[n]?.length ?? 0) + 3, 0);
  }
  buckets.forEach((places, b) => {
    places.sort((x, y) => x - y);
    const bucket: TypoBucket = {
      words: places.map((n) => index.typoWords[n] ?? ""),
      gaps: places.map((n, k) => n - (k === 0 ? 0 : (places[k - 1] ?? 0))),
    };
    shards.set(typoBucketName(typoStarts[b] ?? 0), bucket);
  });

  const wire = toWire({ ...source, entries: [], context: [], vocabulary: [] });
  const core: ShardCore = {
    format: SHARDS_FORMAT,
    totals: {
      entries: entries.length,
      phrases: starts.phrases.length * phrasesPerShard,
      templates: templates.length,
    },
    perShard: { entries: sizes.entriesPerShard, phrases: phrasesPerShard },
    keyFragments,
    keyFilter: buildKeyFilter(words),
    idFragments,
    typoStarts,
    wire: {
      surfaces: wire.surfaces,
      surfaceSets: wire.surfaceSets,
      products: wire.products,
      ...(wire.words ? { words: wire.words } : {}),
    },
    mentions: [...index.mentions].map(([token, list]) => [
      token,
      list.map((m): [number, string[]] => [m.product, m.tokens]),
    ]),
    productOnlySize: index.productOnly.size,
    chrome: [...index.chrome],
    fieldLabels: [...index.fieldLabels],
  };
  return { core, shards };
}
