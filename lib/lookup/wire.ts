/**
 * The compact wire form of the matcher's source, as `/lookup/index.json`, and of the per-article
 * details shards; read back with a shape check, since they come over the network.
 */
import type { VocabularyExtension } from "./word-rules";
import { productId } from "@/lib/kb/products";
import type { LookupSource, MatchEntry } from "./source";
import {
  type EntryDetails,
  type KbEntry,
  LIFECYCLE_SCOPES,
  LIFECYCLE_STATUSES,
  type LifecycleNote,
  type Product,
  type Surface,
  TONES,
} from "./types";

/** A surface: `[id, label, tone, chrome, lineFormats]`. */
type WireSurface = [string, string, number, string[], string[]];
/**
 * A product: `[name, aliases, terms, surfaces]`, where `surfaces` indexes `surfaceSets` (products
 * that keep the default surfaces share one set). Its id is derived from its name, as the build
 * derives it.
 */
type WireProduct = [string, string[], string[], number];
/** `[status, since, note, scope]`, statuses and scopes by number (scope -1: none), or 0. */
type WireLifecycle = [number, string, string, number] | 0;
type WireEntry = [
  string,
  number,
  string,
  number,
  string[],
  string[],
  number[],
  (string[][] | WireLifecycle)?,
  WireLifecycle?,
];

/**
 * Wire form, as `/lookup/index.json`. Articles are `[slug, title, product]`; entries are tuples
 * `[id, article, name, surface, messages, aliases, context, translations, lifecycle]`, where
 * `surface` indexes the article's product's surfaces, translations are `[lang, ...names]` and the
 * lifecycle is `[status, since, note]` or 0; both are left out when an entry has neither.
 */
export type WireSource = {
  articles: [string, string, number][];
  /** Every distinct surface once. */
  surfaces: WireSurface[];
  /** Every distinct list of surfaces once, as indexes into `surfaces`. */
  surfaceSets: number[][];
  products: WireProduct[];
  entries: WireEntry[];
  vocabulary: string[];
  /** The knowledge base's additions to the word rules, when it has any. */
  words?: VocabularyExtension;
};

/** Gives each distinct value a number, in order of first use. */
function numbering<T>(): { of: (value: T) => number; values: T[] } {
  const values: T[] = [];
  const seen = new Map<string, number>();
  return {
    values,
    of(value: T): number {
      const key = JSON.stringify(value);
      let at = seen.get(key);
      if (at === undefined) {
        at = values.length;
        values.push(value);
        seen.set(key, at);
      }
      return at;
    },
  };
}

export function toWire(source: LookupSource): WireSource {
  const surfaces = numbering<WireSurface>();
  const sets = numbering<number[]>();
  const products = source.products.map((p): WireProduct => {
    const set = p.surfaces.map((s) =>
      surfaces.of([s.id, s.label, TONES.indexOf(s.tone), s.chrome, s.lineFormats]),
    );
    return [p.name, p.aliases, p.terms, sets.of(set)];
  });
  const productIndex = new Map(source.products.map((p, i) => [p.id, i]));
  const articles = new Map<string, number>();
  const list: [string, string, number][] = [];
  const entries = source.entries.map((e, i): WireEntry => {
    const p = productIndex.get(e.product) ?? 0;
    let a = articles.get(e.article);
    if (a === undefined) {
      a = list.length;
      articles.set(e.article, a);
      list.push([e.article, e.articleTitle, p]);
    }
    const own = source.products[p]?.surfaces ?? [];
    const row: WireEntry = [
      e.id,
      a,
      e.name,
      own.findIndex((s) => s.id === e.appears),
      e.messages,
      e.aliases,
      source.context[i] ?? [],
    ];
    // Most entries have neither: the two last fields are left out rather than sent empty.
    if (e.translations.length > 0 || e.lifecycle) {
      row.push(
        e.translations.map((t) => [t.lang, ...t.names]),
        e.lifecycle
          ? [
              LIFECYCLE_STATUSES.indexOf(e.lifecycle.status),
              e.lifecycle.since ?? "",
              e.lifecycle.note ?? "",
              e.lifecycle.scope ? LIFECYCLE_SCOPES.indexOf(e.lifecycle.scope) : -1,
            ]
          : 0,
      );
    }
    return row;
  });
  return {
    articles: list,
    surfaces: surfaces.values,
    surfaceSets: sets.values,
    products,
    entries,
    vocabulary: source.vocabulary,
    ...(source.words ? { words: source.words } : {}),
  };
}

export const isString = (v: unknown): v is string => typeof v === "string";
export const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isNumbers = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((n) => Number.isInteger(n));

function fail(what: string): never {
  throw new Error(`the lookup index is not in the expected shape (${what})`);
}

function readSurface(row: unknown, where: string): Surface {
  if (!Array.isArray(row)) fail(where);
  const [id, label, tone, chrome, lineFormats] = row;
  const named = typeof tone === "number" ? TONES[tone] : undefined;
  if (!isString(id) || !isString(label) || !named || !isStrings(chrome) || !isStrings(lineFormats))
    fail(where);
  return { id, label, tone: named, chrome, lineFormats };
}

function readProduct(row: unknown, i: number, sets: Surface[][]): Product {
  if (!Array.isArray(row)) fail(`product ${i}`);
  const [name, aliases, terms, set] = row;
  const surfaces = typeof set === "number" ? sets[set] : undefined;
  if (!isString(name) || !isStrings(aliases) || !isStrings(terms) || !surfaces)
    fail(`product ${i}`);
  return { id: productId(name), name, aliases, terms, surfaces };
}

function readLifecycle(data: unknown, i: number): LifecycleNote | undefined {
  if (data === 0) return undefined;
  if (!Array.isArray(data)) fail(`entry ${i} lifecycle`);
  const [s, since, note, sc] = data;
  const status = typeof s === "number" ? LIFECYCLE_STATUSES[s] : undefined;
  const scope = typeof sc === "number" ? LIFECYCLE_SCOPES[sc] : undefined;
  if (!status || !isString(since) || !isString(note) || typeof sc !== "number")
    fail(`entry ${i} lifecycle`);
  return {
    status,
    ...(since ? { since } : {}),
    ...(note ? { note } : {}),
    ...(scope ? { scope } : {}),
  };
}

function readTable(data: object, key: string): unknown[] {
  const value: unknown = Reflect.get(data, key);
  if (!Array.isArray(value)) fail(`${key} is not a list`);
  return value;
}

const isWordMap = (v: unknown): v is Record<string, string> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.values(v).every(isString);

function readWords(data: unknown): VocabularyExtension | undefined {
  if (data === undefined) return undefined;
  if (typeof data !== "object" || data === null) fail("words");
  const list = (key: string): string[] | undefined => {
    const value: unknown = Reflect.get(data, key);
    if (value === undefined) return undefined;
    if (!isStrings(value)) fail(`words.${key}`);
    return value;
  };
  const map = (key: string): Record<string, string> | undefined => {
    const value: unknown = Reflect.get(data, key);
    if (value === undefined) return undefined;
    if (!isWordMap(value)) fail(`words.${key}`);
    return value;
  };
  const out: VocabularyExtension = {};
  const stopwords = list("stopwords");
  const smallTalk = list("smallTalk");
  const fieldLabels = list("fieldLabels");
  const synonyms = map("synonyms");
  const pairs = map("pairs");
  if (stopwords) out.stopwords = stopwords;
  if (smallTalk) out.smallTalk = smallTalk;
  if (fieldLabels) out.fieldLabels = fieldLabels;
  if (synonyms) out.synonyms = synonyms;
  if (pairs) out.pairs = pairs;
  return out;
}

/** Reads the wire form back, checking its shape: it comes over the network. */
export function fromWire(
  data: unknown,
  entryUrl: (slug: string, id: string) => string,
): LookupSource {
  if (typeof data !== "object" || data === null) fail("not an object");
  const vocabulary: unknown = Reflect.get(data, "vocabulary");
  if (!isStrings(vocabulary)) fail("vocabulary");
  const surfaces = readTable(data, "surfaces").map((s, j) => readSurface(s, `surface ${j}`));
  const sets = readTable(data, "surfaceSets").map((set, j) => {
    if (!isNumbers(set)) fail(`surface set ${j}`);
    return set.map((k) => surfaces[k] ?? fail(`surface set ${j}`));
  });
  const products = readTable(data, "products").map((p, i) => readProduct(p, i, sets));
  const articles = readTable(data, "articles").map((row, i): [string, string, Product] => {
    if (!Array.isArray(row)) fail(`article ${i}`);
    const [slug, title, p] = row;
    const product = typeof p === "number" ? products[p] : undefined;
    if (!isString(slug) || !isString(title) || !product) fail(`article ${i}`);
    return [slug, title, product];
  });
  const context: number[][] = [];
  const entries = readTable(data, "entries").map((row, i): MatchEntry => {
    if (!Array.isArray(row)) fail(`entry ${i}`);
    const [id, a, name, surface, messages, aliases, own, translated = [], life = 0] = row;
    const article = typeof a === "number" ? articles[a] : undefined;
    const appears = typeof surface === "number" ? article?.[2].surfaces[surface] : undefined;
    if (
      !isString(id) ||
      !article ||
      !isString(name) ||
      !appears ||
      !isStrings(messages) ||
      !isStrings(aliases) ||
      !isNumbers(own) ||
      !Array.isArray(translated) ||
      !translated.every(isStrings)
    ) {
      fail(`entry ${i}`);
    }
    const translations = translated.flatMap(([lang, ...names]: string[]) =>
      lang === undefined ? [] : [{ lang, names }],
    );
    const lifecycle = readLifecycle(life, i);
    context.push(own);
    return {
      id,
      article: article[0],
      articleTitle: article[1],
      product: article[2].id,
      url: entryUrl(article[0], id),
      name,
      appears: appears.id,
      messages,
      aliases,
      translations,
      ...(lifecycle ? { lifecycle } : {}),
    };
  });
  const words = readWords(Reflect.get(data, "words"));
  return { entries, products, vocabulary, context, ...(words ? { words } : {}) };
}

/**
 * Per article, `/lookup/details/<slug>.json`: each entry's description and steps, as text and as
 * Markdown: `[description, steps, descriptionMarkdown, stepsMarkdown]`.
 */
export type WireDetails = Record<string, [string, string[], string, string[]]>;

export function detailsOf(entries: KbEntry[]): Map<string, WireDetails> {
  const byArticle = new Map<string, WireDetails>();
  for (const e of entries) {
    const details = byArticle.get(e.article) ?? {};
    details[e.id] = [e.description, e.resolution, e.descriptionMarkdown, e.resolutionMarkdown];
    byArticle.set(e.article, details);
  }
  return byArticle;
}

export function parseDetails(data: unknown): Map<string, EntryDetails> {
  if (typeof data !== "object" || data === null) fail("details");
  const out = new Map<string, EntryDetails>();
  for (const [id, value] of Object.entries(data)) {
    if (!Array.isArray(value)) fail(`details of ${id}`);
    const [description, resolution, descriptionMarkdown, resolutionMarkdown] = value;
    if (
      !isString(description) ||
      !isStrings(resolution) ||
      !isString(descriptionMarkdown) ||
      !isStrings(resolutionMarkdown)
    )
      fail(`details of ${id}`);
    out.set(id, { description, resolution, descriptionMarkdown, resolutionMarkdown });
  }
  return out;
}
