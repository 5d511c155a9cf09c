/**
 * Builds the lookup index from the entry index: every name, message and alias as a phrase of
 * weighted tokens, an inverted index over each phrase's rarest tokens, and a typo index.
 */
import { TypoIndex } from "./fuzzy";
import { isMask, tokenize, VAR_TOKEN } from "./text";
import {
  ANCHOR_TOKENS_PER_PHRASE,
  RELATED_MIN_SCORE,
  TYPO_MIN_LENGTH,
  TYPO_TWO_EDITS_LENGTH,
  VAR_WEIGHT,
} from "./tuning";
import { chromeKey } from "./segment";
import { type LookupSource, type MatchEntry, phraseTexts } from "./source";
import type { Product } from "./types";

export type PhraseKind = "name" | "message" | "alias" | "translation";

export type Phrase = {
  entry: number;
  kind: PhraseKind;
  tokens: string[];
  /** Language of a translated name. */
  lang?: string;
  /** Whether entries of more than one product use this phrase: "Invalid token". */
  shared: boolean;
  weights: number[];
  total: number;
  /** Weight of the tokens the phrase is not indexed under: the most a segment can add beyond its anchors. */
  unanchored: number;
};

export type LookupIndex = {
  entries: MatchEntry[];
  phrases: Phrase[];
  /** Token → flat pairs of (phrase, weight of that token in the phrase), for its anchor tokens. */
  postings: Map<string, number[]>;
  /**
   * Per phrase: the anchor weight a segment must hold before the phrase is worth scoring, so the
   * hot loop reads one contiguous array instead of thousands of scattered phrase objects.
   */
  minAnchorWeight: Float64Array;
  /** Every word the knowledge base uses, in any entry's text: not foreign. */
  vocabulary: Set<string>;
  /** Per entry: words of its own description and resolution, its context. */
  context: Set<string>[];
  typos: TypoIndex;
  products: Product[];
  /** Per entry, the index of its product in `products`. */
  entryProduct: Int32Array;
  /** First token of a product's name, alias or term → the products and the whole phrase. */
  mentions: Map<string, { product: number; tokens: string[] }[]>;
  /**
   * Words that only one product's articles use → that product; empty when the knowledge base has
   * a single product, where every word would be "its own".
   */
  productOnly: Map<string, number>;
  /** Chrome lines of every surface, as `chromeKey` gives them: the segmenter drops them. */
  chrome: Set<string>;
};

function productTables(
  source: LookupSource,
): Pick<LookupIndex, "products" | "entryProduct" | "mentions" | "productOnly" | "chrome"> {
  const { products, entries } = source;
  const indexOf = new Map(products.map((p, i) => [p.id, i]));
  const entryProduct = Int32Array.from(entries, (e) => indexOf.get(e.product) ?? -1);
  const mentions = new Map<string, { product: number; tokens: string[] }[]>();
  const chrome = new Set<string>();
  const owners = new Map<string, number>();
  const own = (token: string, product: number) => {
    if (isMask(token)) return;
    const owner = owners.get(token);
    owners.set(token, owner === undefined || owner === product ? product : -1);
  };
  products.forEach((product, p) => {
    for (const text of [product.name, ...product.aliases, ...product.terms]) {
      const tokens = tokenize(text).filter((t) => !isMask(t));
      const first = tokens[0];
      if (first === undefined) continue;
      const list = mentions.get(first) ?? [];
      list.push({ product: p, tokens });
      mentions.set(first, list);
      for (const t of tokens) own(t, p);
    }
    for (const surface of product.surfaces)
      for (const line of surface.chrome) chrome.add(chromeKey(line));
  });
  entries.forEach((entry, e) => {
    const p = entryProduct[e] ?? -1;
    for (const { kind, text } of phraseTexts(entry))
      for (const t of tokenize(text, { template: kind === "message" })) own(t, p);
    for (const i of source.context[e] ?? []) own(source.vocabulary[i] ?? "", p);
    for (const t of tokenize(entry.articleTitle)) own(t, p);
  });
  const productOnly = new Map<string, number>();
  if (products.length > 1)
    for (const [token, owner] of owners) if (owner >= 0) productOnly.set(token, owner);
  return { products, entryProduct, mentions, productOnly, chrome };
}

export function buildLookupIndex(source: LookupSource): LookupIndex {
  const { entries } = source;
  const raw: Omit<Phrase, "weights" | "total" | "unanchored" | "shared">[] = [];
  const documentFrequency = new Map<string, number>();
  const vocabulary = new Set<string>(source.vocabulary);
  const context = source.context.map((own) => new Set(own.map((i) => source.vocabulary[i] ?? "")));

  entries.forEach((entry, index) => {
    const seen = new Set<string>();
    const keys = new Set<string>();
    for (const { kind, text, lang } of phraseTexts(entry)) {
      const tokens = tokenize(text, { template: kind === "message" });
      const key = tokens.join(" ");
      // A phrase of variables only would match any line; the build refuses one, and a knowledge
      // base read without the build's checks skips it.
      if (tokens.every(isMask) || keys.has(key)) continue;
      keys.add(key);
      raw.push({ entry: index, kind, tokens, ...(lang ? { lang } : {}) });
      for (const token of tokens) seen.add(token);
    }
    for (const token of seen) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
    for (const token of seen) if (!isMask(token)) vocabulary.add(token);
  });

  const tables = productTables(source);
  const users = new Map<string, Set<number>>();
  for (const p of raw) {
    const key = p.tokens.join(" ");
    const set = users.get(key) ?? new Set<number>();
    set.add(tables.entryProduct[p.entry] ?? -1);
    users.set(key, set);
  }
  const n = Math.max(entries.length, 1);
  const weight = (token: string): number =>
    token === VAR_TOKEN ? VAR_WEIGHT : Math.log(1 + n / (documentFrequency.get(token) ?? 1));

  const postings = new Map<string, number[]>();
  const phrases: Phrase[] = raw.map((p, index) => {
    const weights = p.tokens.map(weight);
    const total = weights.reduce((a, b) => a + b, 0);
    const anchors = [...new Set(p.tokens.filter((t) => t !== VAR_TOKEN))]
      .sort((a, b) => weight(b) - weight(a))
      .slice(0, ANCHOR_TOKENS_PER_PHRASE);
    let anchored = 0;
    for (const token of anchors) {
      const share = p.tokens.reduce((sum, t, i) => sum + (t === token ? (weights[i] ?? 0) : 0), 0);
      anchored += share;
      const list = postings.get(token);
      if (list) list.push(index, share);
      else postings.set(token, [index, share]);
    }
    const shared = (users.get(p.tokens.join(" "))?.size ?? 0) > 1;
    return { ...p, shared, weights, total, unanchored: total - anchored };
  });

  const minAnchorWeight = Float64Array.from(
    phrases,
    (p) => RELATED_MIN_SCORE * p.total - p.unanchored,
  );
  const phraseWords = new Set(phrases.flatMap((p) => p.tokens.filter((t) => !isMask(t))));
  return {
    entries,
    phrases,
    postings,
    minAnchorWeight,
    vocabulary,
    context,
    typos: new TypoIndex(phraseWords, TYPO_MIN_LENGTH, TYPO_TWO_EDITS_LENGTH),
    ...tables,
  };
}
