/**
 * The lookup index read from its shards (`shards.ts`), fetched as a paste needs them. The index
 * it offers is the matcher's usual `LookupIndex`; each table answers from the shards loaded so
 * far and notes any shard it lacked. A lookup runs, then the noted shards are fetched and it runs
 * again, until a run needed nothing new: that run read only loaded data, so its result is the one
 * the whole index gives (a test proves it on every corpus). A paste usually takes three or four
 * runs; each costs milliseconds against a round trip for the shards.
 */
import { LIFECYCLE_SCOPES, LIFECYCLE_STATUSES } from "@/lib/kb/model";
import { PHRASE_KINDS } from "@/lib/kb/phrase-kind";
import type { KeyedTable, LookupIndex, Phrase } from "./build-index";
import type { Template } from "./fit";
import { maxEditsFor, nearWords, TypoIndex } from "./fuzzy";
import { type KeyFilter, readKeyFilter } from "./key-filter";
import { lineFormatsOf } from "./product-index";
import { lookup, type LookupOptions, type LookupResult } from "./run";
import { resolveShared, type SharedResult } from "./shared";
import {
  entryShardName,
  entryTexts,
  idFragmentName,
  keyFragmentName,
  keyHash,
  SHARDS_FORMAT,
  type ShardCore,
  shardOf,
  shareOf,
  THRESHOLD_SCALE,
  typoBucketName,
} from "./shards";
import type { MatchEntry } from "./source";
import { TYPO_MIN_LENGTH, TYPO_TWO_EDITS_LENGTH } from "./tuning";
import { fromWire, isString, isStrings } from "./wire";
import { withVocabulary } from "./word-rules";

/** The core as read from the network: its products and word rules still in their wire form. */
export type CoreAsRead = Omit<ShardCore, "wire"> & { wire: object };

/** Fetches one shard by its name (`k12`, `e3`…) and gives its parsed JSON. */
export type FetchShard = (name: string) => Promise<unknown>;

/**
 * Words whose key fragment a lookup remembers, at most: a megabyte's log holds some ten thousand
 * distinct words. Past this, further words are worked out each time they are asked.
 */
const KEY_MEMO_WORDS = 100_000;

/** The most edits a typo may need: a word's bucket and those this many characters either side. */
const MAX_TYPO_EDITS = 2;

function fail(what: string): never {
  throw new Error(`a lookup shard is not in the expected shape (${what})`);
}
const isObject = (v: unknown): v is object => typeof v === "object" && v !== null;
const isNumbers = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((n) => typeof n === "number");
const field = (data: object, key: string): unknown => Reflect.get(data, key);
const list = (data: object, key: string): unknown[] => {
  const value = field(data, key);
  if (!Array.isArray(value)) fail(key);
  return value;
};

/** `[word, numbers]` rows into a map. */
function numberTable(rows: unknown[], what: string): Map<string, number[]> {
  return new Map(
    rows.map((row) => {
      if (!Array.isArray(row) || !isString(row[0]) || !isNumbers(row[1])) fail(what);
      return [row[0], row[1]];
    }),
  );
}

export class ShardedIndex {
  readonly index: LookupIndex;
  private readonly loaded = new Set<string>();
  private readonly wanted = new Set<string>();
  private readonly inflight = new Map<string, Promise<void>>();
  private missed = 0;
  private readonly vocabulary = new Set<string>();
  private readonly compounds = new Set<string>();
  private readonly productOnly = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  /**
   * Postings as fetched, decoded when the matcher first asks for the word: a key fragment holds
   * several words, most of them not in the paste, and a common word's list is thousands long.
   */
  private readonly rawPostings = new Map<string, { row: unknown[]; name: string }>();
  private readonly codes = new Map<string, number[]>();
  private readonly byWord = new Map<string, number[]>();
  private readonly entryIds = new Map<string, number>();
  private readonly phrases: (Phrase | undefined)[] = [];
  private readonly templates: (Template | undefined)[] = [];
  private readonly entries: (MatchEntry | undefined)[] = [];
  private readonly context: Set<string>[] = [];
  private readonly entryNames: string[][] = [];
  /**
   * Entry shards as fetched, decoded entry by entry and phrase by phrase as the matcher reads
   * them: a 2 KB log at 100,000 entries fetches 457 shards, about 50,000 phrases, and reads 700.
   */
  private readonly entryShards = new Map<number, RawEntryShard>();
  private readonly entryProduct: Int32Array;
  private readonly minAnchorWeight: Float64Array;
  /** Per typo bucket loaded (by its first length), its own typo index; each word's place. */
  private readonly typoBuckets = new Map<number, TypoIndex>();
  private readonly typoOrder = new Map<string, number>();
  private readonly mayHold: (word: string, hash?: number) => boolean;
  private readonly fragmentNames: string[];
  private readonly fragmentOfKey = new Map<string, string | null>();

  constructor(
    private readonly core: CoreAsRead,
    private readonly entryUrl: (slug: string, id: string) => string,
  ) {
    if (core.format !== SHARDS_FORMAT) fail(`format ${core.format}, expected ${SHARDS_FORMAT}`);
    const { products, words } = fromWire(
      { ...core.wire, articles: [], entries: [], vocabulary: [] },
      entryUrl,
    );
    const rules = withVocabulary(words);
    this.entryProduct = new Int32Array(core.totals.entries).fill(-1);
    // Templates come whole with the key fragment of the word they are indexed under.
    this.templates.length = core.totals.templates;
    this.minAnchorWeight = new Float64Array(core.totals.phrases);
    this.mayHold = readKeyFilter(core.keyFilter);
    this.fragmentNames = Array.from({ length: core.keyFragments }, (_, n) => keyFragmentName(n));
    const byKey = <V>(table: Map<string, V>): KeyedTable<V> => ({
      get: (key) => (this.hasKey(key) ? table.get(key) : undefined),
    });
    const inSet = (set: Set<string>) => (word: string) => this.hasKey(word) && set.has(word);
    const productOnly = byKey(this.productOnly);
    this.index = {
      entries: this.lazyList(this.entries, core.totals.entries, core.perShard.entries, (n) =>
        this.decodeEntry(n),
      ),
      phrases: this.lazyList(this.phrases, core.totals.phrases, core.perShard.phrases, (n) =>
        this.decodePhrase(n),
      ),
      postings: {
        get: (key) => (this.hasKey(key) ? this.postingsOf(key) : undefined),
      },
      entryIds: {
        get: (id) =>
          this.has(idFragmentName(keyHash(id) % core.idFragments))
            ? this.entryIds.get(id)
            : undefined,
      },
      minAnchorWeight: this.minAnchorWeight,
      vocabulary: { has: inSet(this.vocabulary) },
      context: this.ofEntry(this.context),
      typos: { near: (word) => this.near(word) },
      products,
      entryProduct: this.entryProduct,
      mentions: new Map(
        core.mentions.map(([token, found]) => [
          token,
          found.map(([product, tokens]) => ({ product, tokens })),
        ]),
      ),
      productOnly: { get: (w) => productOnly.get(w), size: core.productOnlySize },
      chrome: new Set(core.chrome),
      lineFormats: lineFormatsOf(products),
      compounds: { has: inSet(this.compounds) },
      entryNames: this.ofEntry(this.entryNames),
      templates: {
        templates: this.templates,
        byWord: byKey(this.byWord),
      },
      codes: byKey(this.codes),
      rules,
      fieldLabels: new Set(core.fieldLabels),
      settled: false,
    };
  }

  /** Whether a shard is loaded; if not, notes it for the next fetch. */
  private has(name: string): boolean {
    if (this.loaded.has(name)) return true;
    this.wanted.add(name);
    this.missed += 1;
    return false;
  }

  /**
   * How many times a table lacked a shard so far: a run whose count did not move read only
   * loaded data (another run's misses in between only cost a run more).
   */
  get misses(): number {
    return this.missed;
  }

  /**
   * Whether the key fragment that may hold a word is loaded; if not, notes it. A word the filter
   * says no fragment holds is in no table: nothing to fetch.
   */
  private hasKey(key: string): boolean {
    const fragment = this.fragmentFor(key);
    return fragment !== null && this.has(fragment);
  }

  /**
   * The key fragment that may hold a word, or null when the filter says none does. Every table
   * asks it of every word of a paste, in each of a lookup's runs, so each word's answer is kept
   * for the lookup (up to `KEY_MEMO_WORDS` words): on a megabyte's log the filter's hashes had
   * been 40% of the lookup. It depends on the core only; whether the fragment is loaded is still
   * asked each time.
   */
  private fragmentFor(key: string): string | null {
    let fragment = this.fragmentOfKey.get(key);
    if (fragment === undefined) {
      // One hash picks the fragment and is the filter's first.
      const hash = keyHash(key);
      fragment = this.mayHold(key, hash)
        ? (this.fragmentNames[hash % this.core.keyFragments] ?? null)
        : null;
      if (this.fragmentOfKey.size < KEY_MEMO_WORDS) this.fragmentOfKey.set(key, fragment);
    }
    return fragment;
  }

  /** Forgets the words of the lookups before: each lookup keeps only its own (`fragmentFor`). */
  startLookup(): void {
    this.fragmentOfKey.clear();
  }

  /**
   * A list by number whose items come with entry shards: an item of a shard not loaded notes its
   * shard; one of a loaded shard is decoded when first read.
   */
  private lazyList<T>(
    items: (T | undefined)[],
    total: number,
    perShard: number,
    decode: (n: number) => T | undefined,
  ): readonly (T | undefined)[] {
    return new Proxy(items, {
      get: (target, key, receiver) => {
        if (key === "length") return total;
        if (typeof key === "string" && /^\d+$/.test(key)) {
          const n = Number(key);
          const item = target[n];
          if (item !== undefined || n >= total) return item;
          return this.has(entryShardName(Math.floor(n / perShard))) ? decode(n) : undefined;
        }
        return Reflect.get(target, key, receiver);
      },
    });
  }

  /**
   * An entry's context or name words, read only for entries whose phrases are loaded (they share
   * a shard): decoded with the entry when first read, and never counted as a miss.
   */
  private ofEntry<T>(items: T[]): T[] {
    return new Proxy(items, {
      get: (target, key, receiver) => {
        if (typeof key === "string" && /^\d+$/.test(key)) {
          const n = Number(key);
          if (target[n] === undefined) this.decodeEntry(n);
          return target[n];
        }
        return Reflect.get(target, key, receiver);
      },
    });
  }

  /** The typo index's answer, once the buckets of every length it could answer from are here. */
  private near(word: string): { word: string; distance: number }[] {
    if (maxEditsFor(word.length, TYPO_MIN_LENGTH, TYPO_TWO_EDITS_LENGTH) === 0) return [];
    // Every bucket holding a length within MAX_TYPO_EDITS of the word's.
    const starts = this.core.typoStarts;
    if (starts.length === 0) return [];
    const first = shardOf(starts, Math.max(0, word.length - MAX_TYPO_EDITS));
    const last = shardOf(starts, word.length + MAX_TYPO_EDITS);
    const buckets: TypoIndex[] = [];
    for (let b = first; b <= last; b += 1) {
      const start = starts[b] ?? 0;
      const bucket = this.has(typoBucketName(start)) ? this.typoBuckets.get(start) : undefined;
      if (bucket) buckets.push(bucket);
    }
    if (buckets.length !== last - first + 1) return [];
    // Each bucket lists a key's words in the whole index's order; merged, they are its list.
    const order = (w: string) => this.typoOrder.get(w) ?? 0;
    const candidates = (key: string): readonly string[] => {
      const lists = buckets.map((b) => b.candidates(key)).filter((l) => l.length > 0);
      if (lists.length <= 1) return lists[0] ?? [];
      return lists.flat().sort((a, b) => order(a) - order(b));
    };
    return nearWords(word, candidates, TYPO_MIN_LENGTH, TYPO_TWO_EDITS_LENGTH);
  }

  /** The name of every shard of the index. */
  allShardNames(): string[] {
    const { core } = this;
    const count = (n: number) => Array.from({ length: n }, (_, k) => k);
    return [
      ...count(core.keyFragments).map(keyFragmentName),
      ...count(core.idFragments).map(idFragmentName),
      ...core.typoStarts.map(typoBucketName),
      ...count(Math.ceil(core.totals.entries / core.perShard.entries)).map(entryShardName),
    ];
  }

  /** Fetches every shard: for a knowledge base so small that one lookup's rounds cost more. */
  async loadAll(fetchShard: FetchShard): Promise<void> {
    for (const name of this.allShardNames()) this.wanted.add(name);
    await this.loadWanted(fetchShard);
  }

  /** Fetches the shards noted so far, and waits for those already on their way. */
  async loadWanted(fetchShard: FetchShard): Promise<void> {
    for (const name of this.wanted) {
      if (this.loaded.has(name) || this.inflight.has(name)) continue;
      const loading = fetchShard(name)
        .then((data) => this.add(name, data))
        .finally(() => this.inflight.delete(name));
      this.inflight.set(name, loading);
    }
    this.wanted.clear();
    await Promise.all(this.inflight.values());
  }

  private add(name: string, data: unknown): void {
    if (!isObject(data) && !Array.isArray(data)) fail(name);
    const kind = name[0];
    const n = Number(name.slice(1));
    if (kind === "k" && isObject(data)) this.addKeys(data, name);
    else if (kind === "i" && Array.isArray(data)) {
      for (const row of data) {
        if (!Array.isArray(row) || !isString(row[0]) || typeof row[1] !== "number") fail(name);
        this.entryIds.set(row[0], row[1]);
      }
    } else if (kind === "t" && isObject(data)) {
      const words = field(data, "words");
      const gaps = field(data, "gaps");
      if (!isStrings(words) || !isNumbers(gaps) || gaps.length !== words.length) fail(name);
      // In the whole index's order, so that each key lists its words as the whole index does.
      if (gaps.some((gap, k) => gap < (k === 0 ? 0 : 1))) fail(name);
      let place = 0;
      words.forEach((w, k) => {
        place += gaps[k] ?? 0;
        this.typoOrder.set(w, place);
      });
      this.typoBuckets.set(n, new TypoIndex(words, TYPO_MIN_LENGTH, TYPO_TWO_EDITS_LENGTH));
    } else if (kind === "e" && isObject(data)) this.addEntries(data, n, name);
    else fail(name);
    this.loaded.add(name);
  }

  private addKeys(data: object, name: string): void {
    for (const w of list(data, "vocabulary")) if (isString(w)) this.vocabulary.add(w);
    for (const w of list(data, "compounds")) if (isString(w)) this.compounds.add(w);
    for (const row of list(data, "productOnly")) {
      if (!Array.isArray(row) || !isString(row[0]) || typeof row[1] !== "number") fail(name);
      this.productOnly.set(row[0], row[1]);
    }
    for (const row of list(data, "postings")) {
      if (!Array.isArray(row) || row.length !== 5 || !isString(row[0])) fail(name);
      this.rawPostings.set(row[0], { row, name });
    }
    for (const [word, ids] of numberTable(list(data, "codes"), name)) this.codes.set(word, ids);
    for (const row of list(data, "templates")) {
      if (!Array.isArray(row) || !isString(row[0]) || !Array.isArray(row[1])) fail(name);
      const ids: number[] = [];
      for (const t of row[1]) {
        if (!Array.isArray(t) || t.length !== 7) fail(name);
        const [id, phrase, parts, closedStart, closedEnd, specificity, placeholders] = t;
        if (
          typeof id !== "number" ||
          typeof phrase !== "number" ||
          !isStrings(parts) ||
          typeof specificity !== "number" ||
          typeof placeholders !== "number"
        )
          fail(name);
        ids.push(id);
        this.templates[id] = {
          phrase,
          parts,
          closedStart: closedStart === 1,
          closedEnd: closedEnd === 1,
          specificity,
          placeholders,
        };
      }
      this.byWord.set(row[0], ids);
    }
  }

  /**
   * A word's postings, decoded on first use: phrase numbers and shares, each phrase's anchor
   * threshold noted (every list holding a phrase carries the same one, and candidates read it
   * only for phrases a decoded list brought in).
   */
  private postingsOf(word: string): number[] | undefined {
    const done = this.postings.get(word);
    if (done) return done;
    const raw = this.rawPostings.get(word);
    if (!raw) return undefined;
    const { row, name } = raw;
    const [, weight, deltas, thresholds, counts] = row;
    if (
      typeof weight !== "number" ||
      !isNumbers(deltas) ||
      !isNumbers(thresholds) ||
      !isNumbers(counts)
    )
      fail(name);
    const many = new Map<number, number>();
    for (let k = 0; k < counts.length; k += 2) many.set(counts[k] ?? 0, counts[k + 1] ?? 1);
    const pairs: number[] = [];
    let id = 0;
    deltas.forEach((delta, k) => {
      id += delta;
      pairs.push(id, shareOf(weight, many.get(k) ?? 1));
      this.minAnchorWeight[id] = (thresholds[k] ?? 0) / THRESHOLD_SCALE;
    });
    this.postings.set(word, pairs);
    this.rawPostings.delete(word);
    return pairs;
  }

  /** Keeps an entry shard as fetched; only its entries' products are read now. */
  private addEntries(data: object, n: number, name: string): void {
    const words = field(data, "words");
    const weights = field(data, "weights");
    if (!isStrings(words) || !isNumbers(weights)) fail(name);
    const entries = list(data, "entries");
    const firstEntry = n * this.core.perShard.entries;
    entries.forEach((row, k) => {
      const product: unknown = Array.isArray(row) ? row[3] : undefined;
      if (typeof product !== "number" || !this.index.products[product]) fail(name);
      this.entryProduct[firstEntry + k] = product;
    });
    this.entryShards.set(n, { name, entries, phrases: list(data, "phrases"), words, weights });
  }

  /** Entry or phrase `n` as its shard holds it, with the shard, if that shard is loaded. */
  private rowOf(
    kind: "entries" | "phrases",
    n: number,
    length: number,
  ): { row: unknown[]; shard: RawEntryShard } | undefined {
    const per = this.core.perShard[kind];
    const shard = this.entryShards.get(Math.floor(n / per));
    const row = shard?.[kind][n % per];
    if (!shard || row === undefined) return undefined;
    if (!Array.isArray(row) || row.length !== length) fail(shard.name);
    return { row, shard };
  }

  /** Entry `e`, decoded from its shard if that is loaded (with its name and context words). */
  private decodeEntry(e: number): MatchEntry | undefined {
    const done = this.entries[e];
    if (done) return done;
    const found = this.rowOf("entries", e, 12);
    if (!found) return undefined;
    const { row } = found;
    const { name } = found.shard;
    const [id, article, articleTitle, product, entryName, appears, messages, aliases] = row;
    const [translations, life, names, context] = row.slice(8);
    const owner = typeof product === "number" ? this.index.products[product] : undefined;
    if (
      !isString(id) ||
      !isString(article) ||
      !isString(articleTitle) ||
      !owner ||
      !isString(entryName) ||
      !isString(appears) ||
      !isStrings(messages) ||
      !isStrings(aliases) ||
      !Array.isArray(translations) ||
      !isStrings(names) ||
      !isStrings(context)
    )
      fail(name);
    const lifecycle = Array.isArray(life) ? readLifecycle(life, name) : undefined;
    const entry: MatchEntry = {
      id,
      article,
      articleTitle,
      product: owner.id,
      url: this.entryUrl(article, id),
      name: entryName,
      appears,
      messages,
      aliases,
      translations: translations.map((t: unknown) => {
        if (!Array.isArray(t) || !isString(t[0]) || !isStrings(t[1])) fail(name);
        return { lang: t[0], names: t[1] };
      }),
      ...(lifecycle ? { lifecycle } : {}),
    };
    this.entries[e] = entry;
    this.entryNames[e] = names;
    this.context[e] = new Set(context);
    return entry;
  }

  /** Phrase `p`, decoded from its shard if that is loaded. */
  private decodePhrase(p: number): Phrase | undefined {
    const done = this.phrases[p];
    if (done) return done;
    const found = this.rowOf("phrases", p, 10);
    if (!found) return undefined;
    const { row } = found;
    const { name, words, weights } = found.shard;
    const word = (n: number) => words[n] ?? fail(name);
    const [entry, kind, text, tokens, langs, mask, coreWords, shared, unanchored, codes] = row;
    const phraseKind = typeof kind === "number" ? PHRASE_KINDS[kind] : undefined;
    const own = typeof entry === "number" ? this.decodeEntry(entry) : undefined;
    const written = typeof text === "number" && own ? entryTexts(own)[text] : text;
    if (
      typeof entry !== "number" ||
      !phraseKind ||
      !isString(written) ||
      !isNumbers(tokens) ||
      !isStrings(langs) ||
      !isString(mask) ||
      typeof coreWords !== "number" ||
      typeof unanchored !== "number" ||
      !isNumbers(codes)
    )
      fail(name);
    const phraseTokens = tokens.map(word);
    const phraseWeights = tokens.map((n) => weights[n] ?? fail(name));
    const coreMask = [...mask].map((c) => c === "1");
    const phrase: Phrase = {
      entry,
      kind: phraseKind,
      text: written,
      tokens: phraseTokens,
      ...(langs.length > 0 ? { langs } : {}),
      // As the index computes them: the core words joined, the weights added in order.
      core: phraseTokens.filter((_, i) => coreMask[i]).join(" "),
      coreMask,
      coreWords,
      shared: shared === 1,
      weights: phraseWeights,
      total: phraseWeights.reduce((a, b) => a + b, 0),
      unanchored,
      codes: codes.map(word),
    };
    this.phrases[p] = phrase;
    return phrase;
  }
}

/** An entry shard as fetched: its rows, decoded as they are read. */
type RawEntryShard = {
  name: string;
  entries: unknown[];
  phrases: unknown[];
  words: string[];
  weights: number[];
};

function readLifecycle(row: unknown[], name: string): MatchEntry["lifecycle"] {
  const [status, since, note, scope] = row;
  const known = LIFECYCLE_STATUSES.find((s) => s === status);
  const scoped = LIFECYCLE_SCOPES.find((s) => s === scope);
  if (!known || !isString(since) || !isString(note) || !isString(scope)) fail(name);
  return {
    status: known,
    ...(since ? { since } : {}),
    ...(note ? { note } : {}),
    ...(scoped ? { scope: scoped } : {}),
  };
}

/**
 * Rounds of fetching a paste may take before the lookup gives up: each round fetches every shard
 * the run before lacked, and words lead to entries in two steps, so three or four rounds suffice.
 */
export const MAX_SHARD_ROUNDS = 16;

/**
 * Runs `pass` until a pass lacked no shard, fetching what each lacked; or until `stopped` says
 * the answer is no longer wanted (a newer paste), when the last pass's result is returned as is.
 */
export async function untilComplete<T>(
  sharded: ShardedIndex,
  fetchShard: FetchShard,
  pass: () => T | Promise<T>,
  stopped: () => boolean = () => false,
): Promise<T> {
  sharded.startLookup();
  for (let round = 0; round < MAX_SHARD_ROUNDS; round += 1) {
    const before = sharded.misses;
    const result = await pass();
    if (sharded.misses === before || stopped()) return result;
    await sharded.loadWanted(fetchShard);
  }
  throw new Error(`the lookup still lacked shards after ${MAX_SHARD_ROUNDS} rounds of fetching`);
}

/** Runs the lookup, fetching what each run lacked, until a run lacked nothing. */
export function lookupSharded(
  sharded: ShardedIndex,
  fetchShard: FetchShard,
  text: string,
  options: LookupOptions = {},
): Promise<LookupResult> {
  return untilComplete(sharded, fetchShard, () => lookup(sharded.index, text, options));
}

/** A shared link's entries, fetching the id fragments and entry shards they are in. */
export function resolveSharedSharded(
  sharded: ShardedIndex,
  fetchShard: FetchShard,
  ids: string[],
  former: Map<string, string>,
  stopped?: () => boolean,
): Promise<SharedResult> {
  return untilComplete(
    sharded,
    fetchShard,
    () => resolveShared(sharded.index, ids, former),
    stopped,
  );
}

function readFilterField(value: unknown): KeyFilter {
  if (!isObject(value)) fail("core keyFilter");
  const bits = field(value, "bits");
  const hashes = field(value, "hashes");
  if (!isString(bits) || typeof hashes !== "number" || !Number.isInteger(hashes) || hashes < 1)
    fail("core keyFilter");
  return { bits, hashes };
}

/** The core as the site serves it (`lookup/core.json`): checked, since it comes over the network. */
export function readShardCore(data: unknown): CoreAsRead {
  if (!isObject(data)) fail("core");
  const number = (value: unknown, what: string): number =>
    typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : fail(what);
  const totals = field(data, "totals");
  const perShard = field(data, "perShard");
  const wire = field(data, "wire");
  const mentions = list(data, "mentions");
  if (!isObject(totals) || !isObject(perShard) || !isObject(wire)) fail("core");
  const typoStarts = field(data, "typoStarts");
  const chrome = field(data, "chrome");
  const fieldLabels = field(data, "fieldLabels");
  if (!isNumbers(typoStarts) || !isStrings(chrome) || !isStrings(fieldLabels)) fail("core");
  return {
    format: number(field(data, "format"), "core format"),
    totals: {
      entries: number(field(totals, "entries"), "core totals"),
      phrases: number(field(totals, "phrases"), "core totals"),
      templates: number(field(totals, "templates"), "core totals"),
    },
    perShard: {
      entries: Math.max(1, number(field(perShard, "entries"), "core perShard")),
      phrases: Math.max(1, number(field(perShard, "phrases"), "core perShard")),
    },
    keyFragments: Math.max(1, number(field(data, "keyFragments"), "core keyFragments")),
    keyFilter: readFilterField(field(data, "keyFilter")),
    idFragments: Math.max(1, number(field(data, "idFragments"), "core idFragments")),
    typoStarts,
    // Products and word rules are checked by the wire reader, in the constructor.
    wire,
    mentions: mentions.map((row) => {
      if (!Array.isArray(row) || !isString(row[0]) || !Array.isArray(row[1])) fail("core mentions");
      const found = row[1].map((m: unknown): [number, string[]] => {
        if (!Array.isArray(m) || typeof m[0] !== "number" || !isStrings(m[1]))
          fail("core mentions");
        return [m[0], m[1]];
      });
      return [row[0], found];
    }),
    productOnlySize: number(field(data, "productOnlySize"), "core productOnlySize"),
    chrome,
    fieldLabels,
  };
}
