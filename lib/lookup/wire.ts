/**
 * The compact wire form of the matcher's source, as `/lookup/index.json`, and of the per-article
 * details shards; read back with a shape check, since they come over the network.
 */
import type { LookupSource, MatchEntry } from "./source";
import {
  type EntryDetails,
  type KbEntry,
  LIFECYCLE_STATUSES,
  type LifecycleNote,
  type Product,
  type Surface,
  TONES,
} from "./types";

type WireSurface = [string, string, number, string[]];
/** A product, its surfaces as indexes into the shared `surfaces` table. */
type WireProduct = [string, string, string[], string[], number[]];

type WireLifecycle = [number, string, string] | 0;

/**
 * Wire form, as `/lookup/index.json`: articles and products once, entries as tuples
 * `[id, article, name, surface, messages, aliases, context, product, translations, lifecycle]`,
 * where `surface` indexes the product's surfaces, translations are `[lang, ...names]` and the
 * lifecycle is `[status, since, note]` or 0; both are left out when an entry has neither.
 */
export type WireSource = {
  articles: [string, string][];
  /** Every distinct surface once: products that keep the default surfaces share them. */
  surfaces: WireSurface[];
  products: WireProduct[];
  entries: [
    string,
    number,
    string,
    number,
    string[],
    string[],
    number[],
    number,
    (string[][] | WireLifecycle)?,
    WireLifecycle?,
  ][];
  vocabulary: string[];
};

export function toWire(source: LookupSource): WireSource {
  const articles = new Map<string, number>();
  const list: [string, string][] = [];
  const productIndex = new Map(source.products.map((p, i) => [p.id, i]));
  const entries = source.entries.map((e, i): WireSource["entries"][number] => {
    let a = articles.get(e.article);
    if (a === undefined) {
      a = list.length;
      articles.set(e.article, a);
      list.push([e.article, e.articleTitle]);
    }
    const p = productIndex.get(e.product) ?? 0;
    const surfaces = source.products[p]?.surfaces ?? [];
    const row: WireSource["entries"][number] = [
      e.id,
      a,
      e.name,
      surfaces.findIndex((s) => s.id === e.appears),
      e.messages,
      e.aliases,
      source.context[i] ?? [],
      p,
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
            ]
          : 0,
      );
    }
    return row;
  });
  const surfaces: WireSurface[] = [];
  const surfaceIndex = new Map<string, number>();
  const surfaceOf = (s: Surface): number => {
    const row: WireSurface = [s.id, s.label, TONES.indexOf(s.tone), s.chrome];
    const key = JSON.stringify(row);
    let at = surfaceIndex.get(key);
    if (at === undefined) {
      at = surfaces.length;
      surfaces.push(row);
      surfaceIndex.set(key, at);
    }
    return at;
  };
  const products = source.products.map((p): WireProduct => [
    p.id,
    p.name,
    p.aliases,
    p.terms,
    p.surfaces.map(surfaceOf),
  ]);
  return { articles: list, surfaces, products, entries, vocabulary: source.vocabulary };
}

const isString = (v: unknown): v is string => typeof v === "string";
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isNumbers = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((n) => Number.isInteger(n));

function fail(what: string): never {
  throw new Error(`the lookup index is not in the expected shape (${what})`);
}

function readSurface(row: unknown, where: string): Surface {
  if (!Array.isArray(row)) fail(where);
  const [id, label, tone, chrome] = row;
  const named = typeof tone === "number" ? TONES[tone] : undefined;
  if (!isString(id) || !isString(label) || !named || !isStrings(chrome)) fail(where);
  return { id, label, tone: named, chrome };
}

function readProduct(row: unknown, i: number, table: Surface[]): Product {
  if (!Array.isArray(row)) fail(`product ${i}`);
  const [id, name, aliases, terms, surfaces] = row;
  if (!isString(id) || !isString(name) || !isStrings(aliases) || !isStrings(terms))
    fail(`product ${i}`);
  if (!isNumbers(surfaces)) fail(`product ${i}`);
  return {
    id,
    name,
    aliases,
    terms,
    surfaces: surfaces.map((s) => table[s] ?? fail(`product ${i} surface ${s}`)),
  };
}

function readLifecycle(data: unknown, i: number): LifecycleNote | undefined {
  if (data === 0) return undefined;
  if (!Array.isArray(data)) fail(`entry ${i} lifecycle`);
  const [s, since, note] = data;
  const status = typeof s === "number" ? LIFECYCLE_STATUSES[s] : undefined;
  if (!status || !isString(since) || !isString(note)) fail(`entry ${i} lifecycle`);
  return { status, ...(since ? { since } : {}), ...(note ? { note } : {}) };
}

/** Reads the wire form back, checking its shape: it comes over the network. */
export function fromWire(
  data: unknown,
  entryUrl: (slug: string, id: string) => string,
): LookupSource {
  if (typeof data !== "object" || data === null) fail("not an object");
  const articles: unknown = Reflect.get(data, "articles");
  const surfaces: unknown = Reflect.get(data, "surfaces");
  const products: unknown = Reflect.get(data, "products");
  const entries: unknown = Reflect.get(data, "entries");
  const vocabulary: unknown = Reflect.get(data, "vocabulary");
  if (
    !Array.isArray(articles) ||
    !Array.isArray(surfaces) ||
    !Array.isArray(products) ||
    !Array.isArray(entries) ||
    !isStrings(vocabulary)
  )
    fail("top level");
  const slugs = articles.map((pair: unknown): [string, string] => {
    if (!Array.isArray(pair) || !isString(pair[0]) || !isString(pair[1])) fail("article");
    return [pair[0], pair[1]];
  });
  const surfaceTable = surfaces.map((s: unknown, j) => readSurface(s, `surface ${j}`));
  const productList = products.map((p: unknown, i) => readProduct(p, i, surfaceTable));
  const context: number[][] = [];
  const list = entries.map((row: unknown, i): MatchEntry => {
    if (!Array.isArray(row)) fail(`entry ${i}`);
    const [id, a, name, surface, messages, aliases, own, p, translated = [], life = 0] = row;
    const article = typeof a === "number" ? slugs[a] : undefined;
    const product = typeof p === "number" ? productList[p] : undefined;
    const appears = typeof surface === "number" ? product?.surfaces[surface] : undefined;
    if (
      !isString(id) ||
      !article ||
      !isString(name) ||
      !product ||
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
      product: product.id,
      url: entryUrl(article[0], id),
      name,
      appears: appears.id,
      messages,
      aliases,
      translations,
      ...(lifecycle ? { lifecycle } : {}),
    };
  });
  return { entries: list, products: productList, vocabulary, context };
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
