/**
 * What the matcher is built from (its wire form is `wire.ts`). Descriptions and steps are not
 * part of it: the matcher needs only their words, computed here at build time, and the page
 * fetches the text of the few entries it shows, per article, when it shows them.
 */
import { isMask, phraseTokens, tokenize as tokenizeWith } from "./text";
import { type VocabularyExtension, withVocabulary } from "./word-rules";
import { SHORT_NAME_TOKENS } from "./tuning";
import type { KbEntry, Product } from "./types";

/** An entry as the matcher sees it. */
export type MatchEntry = Pick<
  KbEntry,
  | "id"
  | "article"
  | "articleTitle"
  | "product"
  | "url"
  | "name"
  | "appears"
  | "messages"
  | "aliases"
  | "translations"
  | "lifecycle"
>;

export type LookupSource = {
  entries: MatchEntry[];
  products: Product[];
  /** Every word of the knowledge base, tokenised: words outside it are foreign. */
  vocabulary: string[];
  /** Per entry, the vocabulary indexes of its own description and steps; only for short names. */
  context: number[][];
  /** The knowledge base's additions to the vocabulary (`knowledge-base.yaml`), if any. */
  words?: VocabularyExtension;
};

export type PhraseText = {
  kind: "name" | "message" | "alias" | "translation";
  text: string;
  /** The language of a translated name. */
  lang?: string;
};

/** The texts an entry is matched on, with their kind. */
export function phraseTexts(entry: MatchEntry): PhraseText[] {
  return [
    { kind: "name", text: entry.name },
    { kind: "name", text: entry.id },
    ...entry.messages.map((text) => ({ kind: "message" as const, text })),
    ...entry.aliases.map((text) => ({ kind: "alias" as const, text })),
    ...entry.translations.flatMap(({ lang, names }) =>
      names.map((text) => ({ kind: "translation" as const, text, lang })),
    ),
  ];
}

function matchEntry(entry: KbEntry): MatchEntry {
  const { id, article, articleTitle, product, url, name, appears, messages, aliases } = entry;
  const { translations, lifecycle } = entry;
  return {
    id,
    article,
    articleTitle,
    product,
    url,
    name,
    appears,
    messages,
    aliases,
    translations,
    ...(lifecycle ? { lifecycle } : {}),
  };
}

export function lookupSource(
  entries: KbEntry[],
  products: Product[],
  words?: VocabularyExtension,
): LookupSource {
  const rules = withVocabulary(words);
  const tokenize = (text: string) => tokenizeWith(text, { rules });
  const vocabulary = new Map<string, number>();
  const add = (token: string) => {
    if (!isMask(token) && !vocabulary.has(token)) vocabulary.set(token, vocabulary.size);
  };
  for (const product of products)
    for (const text of [product.name, ...product.aliases, ...product.terms])
      for (const t of tokenize(text)) add(t);
  const context = entries.map((entry) => {
    const own = tokenize([entry.description, ...entry.resolution, entry.articleTitle].join(" "));
    for (const token of own) add(token);
    for (const { kind, text } of phraseTexts(entry))
      for (const t of phraseTokens(text, kind, rules)) add(t);
    const short = phraseTexts(entry).some(
      ({ kind, text }) => kind !== "message" && tokenize(text).length <= SHORT_NAME_TOKENS,
    );
    return short
      ? [...new Set(own.filter((t) => !isMask(t)))].map((t) => vocabulary.get(t) ?? 0)
      : [];
  });
  return {
    entries: entries.map(matchEntry),
    products,
    vocabulary: [...vocabulary.keys()],
    context,
    ...(words ? { words } : {}),
  };
}
