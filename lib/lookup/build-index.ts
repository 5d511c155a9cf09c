/**
 * Builds the lookup index from the entry index: every name, message and alias as a phrase of
 * weighted tokens, an inverted index over each phrase's rarest tokens, and a typo index.
 */
import { TypoIndex } from "./fuzzy";
import { isMask, phraseTokens, tokenize, tokenizeDetailed, VAR_TOKEN } from "./text";
import {
  ANCHOR_TOKENS_PER_PHRASE,
  COMMON_WORD_MIN_ENTRIES,
  COMMON_WORD_SHARE,
  FIELD_LABELS,
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
  /** The phrase as the article writes it. */
  text: string;
  tokens: string[];
  /** Languages of a translated name: "Desconectado" is both Portuguese and Spanish. */
  langs?: string[];
  /**
   * The phrase without words that a good share of all entries use ("error", "failed"): what
   * identifies it. "error=invalid_token" and "Invalid token" have the same core.
   */
  core: string;
  /** Per token, whether it belongs to the core. */
  coreMask: boolean[];
  /** Whether entries of more than one product have a phrase of this core: "Invalid token". */
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
  /** Identifiers written as one word ("invalid_token") that the knowledge base itself uses. */
  compounds: Set<string>;
  /** Per entry, the tokens of its name. */
  entryNames: string[][];
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
      for (const t of phraseTokens(text, kind)) own(t, p);
    for (const i of source.context[e] ?? []) own(source.vocabulary[i] ?? "", p);
    for (const t of tokenize(entry.articleTitle)) own(t, p);
  });
  // A one-word name or term counts as a mention only when no other product uses the word: the
  // Oracle driver's term "Connection" must not make every "Connection error" about Oracle.
  for (const [first, list] of mentions) {
    const kept = list.filter(
      ({ product, tokens }) => tokens.length > 1 || owners.get(first) === product,
    );
    if (kept.length > 0) mentions.set(first, kept);
    else mentions.delete(first);
  }
  // Where several products share the knowledge base, a word of a product's name that no other
  // product uses names it alone: "Wazuh v4.7.3" in a table row, "Azure Arc | Machines".
  if (products.length > 1) {
    products.forEach((product, p) => {
      for (const text of [product.name, ...product.aliases, ...product.terms]) {
        for (const t of tokenize(text)) {
          const list = mentions.get(t) ?? [];
          if (owners.get(t) !== p || list.some((m) => m.tokens.length === 1)) continue;
          mentions.set(t, [...list, { product: p, tokens: [t] }]);
        }
      }
    });
  }
  const productOnly = new Map<string, number>();
  if (products.length > 1)
    for (const [token, owner] of owners) if (owner >= 0) productOnly.set(token, owner);
  return { products, entryProduct, mentions, productOnly, chrome };
}

export function buildLookupIndex(source: LookupSource): LookupIndex {
  const { entries } = source;
  const raw: Omit<Phrase, "weights" | "total" | "unanchored" | "shared" | "core" | "coreMask">[] =
    [];
  const documentFrequency = new Map<string, number>();
  // Field labels ("status", "状態") are never foreign: they label a column, not another product.
  const vocabulary = new Set<string>([...source.vocabulary, ...FIELD_LABELS]);
  const context = source.context.map((own) => new Set(own.map((i) => source.vocabulary[i] ?? "")));

  entries.forEach((entry, index) => {
    const seen = new Set<string>();
    const keys = new Map<string, (typeof raw)[number]>();
    for (const { kind, text, lang } of phraseTexts(entry)) {
      const tokens = phraseTokens(text, kind);
      const key = tokens.join(" ");
      // A phrase of variables only would match any line; the build refuses one, and a knowledge
      // base read without the build's checks skips it.
      if (tokens.every(isMask)) continue;
      const known = keys.get(key);
      if (known) {
        if (lang && known.langs && !known.langs.includes(lang)) known.langs.push(lang);
        continue;
      }
      const phrase = { entry: index, kind, text, tokens, ...(lang ? { langs: [lang] } : {}) };
      keys.set(key, phrase);
      raw.push(phrase);
      for (const token of tokens) seen.add(token);
    }
    for (const token of seen) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
    for (const token of seen) if (!isMask(token)) vocabulary.add(token);
  });

  const tables = productTables(source);
  const users = new Map<string, Set<number>>();
  const n = Math.max(entries.length, 1);
  const commonFrom = Math.max(COMMON_WORD_MIN_ENTRIES, COMMON_WORD_SHARE * n);
  const cores = raw.map((p) => {
    const mask = p.tokens.map((t) => !isMask(t) && (documentFrequency.get(t) ?? 0) < commonFrom);
    return { mask, key: p.tokens.filter((_, i) => mask[i]).join(" ") };
  });
  raw.forEach((p, i) => {
    const key = cores[i]?.key ?? "";
    const set = users.get(key) ?? new Set<number>();
    set.add(tables.entryProduct[p.entry] ?? -1);
    users.set(key, set);
  });
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
    const core = cores[index]?.key ?? "";
    const shared = core !== "" && (users.get(core)?.size ?? 0) > 1;
    const coreMask = cores[index]?.mask ?? [];
    return { ...p, core, coreMask, shared, weights, total, unanchored: total - anchored };
  });

  const minAnchorWeight = Float64Array.from(
    phrases,
    (p) => RELATED_MIN_SCORE * p.total - p.unanchored,
  );
  const phraseWords = new Set(phrases.flatMap((p) => p.tokens.filter((t) => !isMask(t))));
  const compounds = new Set<string>();
  const addCompounds = (text: string) => {
    for (const c of tokenizeDetailed(text).compounds) compounds.add(c);
  };
  for (const entry of entries) for (const { text } of phraseTexts(entry)) addCompounds(text);
  for (const p of source.products)
    for (const t of [p.name, ...p.aliases, ...p.terms]) addCompounds(t);
  return {
    entries,
    phrases,
    postings,
    minAnchorWeight,
    vocabulary,
    context,
    typos: new TypoIndex(phraseWords, TYPO_MIN_LENGTH, TYPO_TWO_EDITS_LENGTH),
    compounds,
    entryNames: entries.map((e) => tokenize(e.name)),
    ...tables,
  };
}
