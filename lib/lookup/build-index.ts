/**
 * Builds the lookup index from the entry index: every name, message and alias as a phrase of
 * weighted tokens, an inverted index over each phrase's rarest tokens, and a typo index.
 */
import { type BuiltTemplateIndex, indexTemplates, type TemplateIndex } from "./fit";
import { TypoIndex } from "./fuzzy";
import {
  fieldLabelTokens,
  isCode,
  isMask,
  phraseOptions,
  tokenizeDetailed,
  VAR_TOKEN,
} from "./text";
import { withVocabulary, type WordRules } from "./word-rules";
import {
  ANCHOR_TOKENS_PER_PHRASE,
  COMMON_WORD_MIN_ENTRIES,
  COMMON_WORD_SHARE,
  RELATED_MIN_SCORE,
  TYPO_MIN_LENGTH,
  TYPO_TWO_EDITS_LENGTH,
  VAR_WEIGHT,
} from "./tuning";
import type { LineFormat } from "./line-format";
import { productTables } from "./product-index";
import { type LookupSource, type MatchEntry, phraseTexts } from "./source";
import type { Product } from "./types";

export type { PhraseKind } from "@/lib/kb/phrase-kind";
import type { PhraseKind } from "@/lib/kb/phrase-kind";

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
  /** Words of the core that are not field labels: at most SHORT_NAME_TOKENS makes it generic. */
  coreWords: number;
  /** Whether entries of more than one product have a phrase of this core: "Invalid token". */
  shared: boolean;
  weights: number[];
  total: number;
  /** Weight of the tokens the phrase is not indexed under: the most a segment can add beyond its anchors. */
  unanchored: number;
  /**
   * Its codes that identify it (`isCode`): each one only its entry names, or the one the phrase
   * is made of (`0x80070005` as an alias). `PRECONDITION_FAILED` before three RabbitMQ messages
   * says which family, not which error.
   */
  codes: string[];
};

/**
 * What the matcher asks of a table keyed by word. A built index holds maps; a sharded one
 * (`sharded.ts`) answers from the shards it has loaded and notes the ones it lacks.
 */
export type KeyedTable<V> = { get(key: string): V | undefined };
export type WordSet = { has(word: string): boolean };

export type LookupIndex = {
  /** By entry number; a sharded index holds those of its loaded shards. */
  entries: readonly (MatchEntry | undefined)[];
  /** By phrase number; a sharded index holds those of its loaded shards. */
  phrases: readonly (Phrase | undefined)[];
  /** Token → flat pairs of (phrase, weight of that token in the phrase), for its anchor tokens. */
  postings: KeyedTable<readonly number[]>;
  /** Entry id → entry number: what a shared link names. */
  entryIds: KeyedTable<number>;
  /**
   * Per phrase: the anchor weight a segment must hold before the phrase is worth scoring, so the
   * hot loop reads one contiguous array instead of thousands of scattered phrase objects.
   */
  minAnchorWeight: Float64Array;
  /** Every word the knowledge base uses, in any entry's text: not foreign. */
  vocabulary: WordSet;
  /** Per entry: words of its own description and resolution, its context. */
  context: Set<string>[];
  typos: Pick<TypoIndex, "near">;
  products: Product[];
  /** Per entry, the index of its product in `products`. */
  entryProduct: Int32Array;
  /** First token of a product's name, alias or term → the products and the whole phrase. */
  mentions: Map<string, { product: number; tokens: string[] }[]>;
  /**
   * Words that only one product's articles use → that product; empty when the knowledge base has
   * a single product, where every word would be "its own".
   */
  productOnly: KeyedTable<number> & { readonly size: number };
  /** Chrome lines of every surface, as `chromeKey` gives them: the segmenter drops them. */
  chrome: Set<string>;
  /** The line formats of every product's surfaces (`line-format.ts`). */
  lineFormats: LineFormat[];
  /** Identifiers written as one word ("invalid_token") that the knowledge base itself uses. */
  compounds: WordSet;
  /** Per entry, the tokens of its name. */
  entryNames: string[][];
  /** Documented messages with placeholders, as templates that can fit a line (`fit.ts`). */
  templates: TemplateIndex;
  /** A code (`isCode`) → the phrases that name it: a line holding it needs no other evidence. */
  codes: KeyedTable<readonly number[]>;
  /** The word rules the knowledge base is read with: defaults and its own additions. */
  rules: WordRules;
  /** Field labels, as tokens ("status", "状態"): never foreign, never a product's subject. */
  fieldLabels: Set<string>;
  /**
   * Whether its answers about a word never change, so that corrections and repairs may be
   * remembered from one lookup to the next: true when built whole; false when read from shards,
   * whose answers grow as shards arrive (`sharded.ts`).
   */
  settled: boolean;
};

/** The index as built in memory, every table whole: what `shards.ts` splits. */
export type BuiltLookupIndex = Omit<
  LookupIndex,
  | "entries"
  | "phrases"
  | "postings"
  | "entryIds"
  | "vocabulary"
  | "context"
  | "typos"
  | "productOnly"
  | "compounds"
  | "templates"
  | "codes"
> & {
  entries: MatchEntry[];
  phrases: Phrase[];
  postings: Map<string, number[]>;
  entryIds: Map<string, number>;
  vocabulary: Set<string>;
  context: Set<string>[];
  typos: TypoIndex;
  productOnly: Map<string, number>;
  compounds: Set<string>;
  templates: BuiltTemplateIndex;
  codes: Map<string, number[]>;
  /** The words the typo index knows, in the order it was given them. */
  typoWords: string[];
};

export function buildLookupIndex(source: LookupSource): BuiltLookupIndex {
  const { entries } = source;
  const raw: Omit<
    Phrase,
    "weights" | "total" | "unanchored" | "shared" | "core" | "coreMask" | "coreWords" | "codes"
  >[] = [];
  const documentFrequency = new Map<string, number>();
  // Field labels ("status", "状態") are never foreign: they label a column, not another product.
  const rules = withVocabulary(source.words);
  const fieldLabels = fieldLabelTokens(rules);
  const vocabulary = new Set<string>([...source.vocabulary, ...fieldLabels]);
  const context = source.context.map((own) => new Set(own.map((i) => source.vocabulary[i] ?? "")));

  const compounds = new Set<string>();
  const entryTokens: string[][] = [];
  /** The tokens of each entry's name: the first phrase `phraseTexts` gives. */
  const entryNames: string[][] = [];
  entries.forEach((entry, index) => {
    const seen = new Set<string>();
    const keys = new Map<string, (typeof raw)[number]>();
    for (const { kind, text, lang } of phraseTexts(entry)) {
      const detailed = tokenizeDetailed(text, phraseOptions(kind, rules));
      for (const c of detailed.compounds) compounds.add(c);
      const { tokens } = detailed;
      if (entryNames.length === index) entryNames.push(tokens);
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
    entryTokens.push([...seen]);
    for (const token of seen) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
    for (const token of seen) if (!isMask(token)) vocabulary.add(token);
  });

  const tables = productTables(source, entryTokens, rules);
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
    const coreWords = p.tokens.filter((t, i) => coreMask[i] && !fieldLabels.has(t)).length;
    const words = p.tokens.filter((t) => t !== VAR_TOKEN);
    const codes = [...new Set(words.filter(isCode))].filter(
      (t) => words.length === 1 || documentFrequency.get(t) === 1,
    );
    return {
      codes,
      ...p,
      core,
      coreMask,
      coreWords,
      shared,
      weights,
      total,
      unanchored: total - anchored,
    };
  });

  const minAnchorWeight = Float64Array.from(
    phrases,
    (p) => RELATED_MIN_SCORE * p.total - p.unanchored,
  );
  const codes = new Map<string, number[]>();
  phrases.forEach((p, id) => {
    for (const token of p.codes) {
      const list = codes.get(token);
      if (list) list.push(id);
      else codes.set(token, [id]);
    }
  });
  const templates = indexTemplates(
    phrases.flatMap((p, phrase) => (p.kind === "message" ? [{ phrase, text: p.text }] : [])),
  );
  const phraseWords = [...new Set(phrases.flatMap((p) => p.tokens.filter((t) => !isMask(t))))];
  for (const p of source.products)
    for (const t of [p.name, ...p.aliases, ...p.terms])
      for (const c of tokenizeDetailed(t, { rules }).compounds) compounds.add(c);
  return {
    entries,
    phrases,
    postings,
    entryIds: new Map(entries.map((e, i) => [e.id, i])),
    typoWords: phraseWords,
    minAnchorWeight,
    vocabulary,
    context,
    typos: new TypoIndex(phraseWords, TYPO_MIN_LENGTH, TYPO_TWO_EDITS_LENGTH),
    compounds,
    entryNames,
    templates,
    codes,
    rules,
    fieldLabels,
    settled: true,
    ...tables,
  };
}
