/**
 * Rules about words, the same for the knowledge base and the paste: which carry no meaning,
 * which say the same thing, which label a field, and how contractions expand. The words are data,
 * one file per language in `vocabulary/` (checked by `tests/lookup/vocabulary.test.ts`); only the
 * contraction patterns, which are English grammar rather than a list, are code.
 */
import en from "./vocabulary/en.json";
import es from "./vocabulary/es.json";
import fr from "./vocabulary/fr.json";
import ja from "./vocabulary/ja.json";
import ko from "./vocabulary/ko.json";
import nl from "./vocabulary/nl.json";
import pt from "./vocabulary/pt.json";
import ru from "./vocabulary/ru.json";
import zh from "./vocabulary/zh.json";

/** One language's words (see `vocabulary/en.json`). */
export type Vocabulary = {
  name: string;
  about: string;
  /** Grammar and question words. */
  stopwords: string[];
  /** Words every log line holds: log levels as words. */
  logWords?: string[];
  /** Months, days and time zones. */
  calendar?: string[];
  /** Words of a question or a ticket that say nothing about the error ("please"). */
  smallTalk?: string[];
  /** A word → the canonical word it means here. */
  synonyms?: Record<string, string>;
  /** Two words → the one canonical token they make ("could not" → "cannot"). */
  pairs?: Record<string, string>;
  /** Words that label a field: "Health: Disconnected" is a status column, not a product. */
  fieldLabels: string[];
};

/** The languages a paste is read in, by BCP 47 tag. */
export const VOCABULARIES: Record<string, Vocabulary> = { en, fr, pt, es, nl, ru, ja, ko, zh };

const all = Object.values(VOCABULARIES);

/** Words that carry no meaning for matching, in any of the languages. */
export const STOPWORDS = new Set(
  all.flatMap((v) => [
    ...v.stopwords,
    ...(v.logWords ?? []),
    ...(v.calendar ?? []),
    ...(v.smallTalk ?? []),
  ]),
);

/** Words that say the same as a canonical one. */
export const SYNONYMS = new Map(all.flatMap((v) => Object.entries(v.synonyms ?? {})));

/** Two-word forms that mean the same as one canonical token. */
export const CANONICAL_PAIRS = new Map(all.flatMap((v) => Object.entries(v.pairs ?? {})));

/** Words that label a field, as written (`tuning.ts` holds them as tokens). */
export const FIELD_LABEL_WORDS = all.flatMap((v) => v.fieldLabels);

/**
 * What a knowledge base may add to the vocabulary in its `knowledge-base.yaml` (`vocabulary:`):
 * its own stopwords and small talk, synonyms, pairs and field labels.
 */
export type VocabularyExtension = Partial<
  Pick<Vocabulary, "stopwords" | "smallTalk" | "synonyms" | "pairs" | "fieldLabels">
>;

/** The word rules one knowledge base is read with: the languages' files and its own additions. */
export type WordRules = {
  stopwords: ReadonlySet<string>;
  synonyms: ReadonlyMap<string, string>;
  pairs: ReadonlyMap<string, string>;
  /** Field labels as written. */
  fieldLabelWords: readonly string[];
};

export const DEFAULT_RULES: WordRules = {
  stopwords: STOPWORDS,
  synonyms: SYNONYMS,
  pairs: CANONICAL_PAIRS,
  fieldLabelWords: FIELD_LABEL_WORDS,
};

/** The default rules with a knowledge base's additions; the defaults themselves without any. */
export function withVocabulary(extension?: VocabularyExtension): WordRules {
  if (!extension) return DEFAULT_RULES;
  const lower = (w: string) => w.toLowerCase();
  const entries = (r?: Record<string, string>) =>
    Object.entries(r ?? {}).map(([k, v]): [string, string] => [lower(k), lower(v)]);
  return {
    stopwords: new Set([
      ...STOPWORDS,
      ...(extension.stopwords ?? []).map(lower),
      ...(extension.smallTalk ?? []).map(lower),
    ]),
    synonyms: new Map([...SYNONYMS, ...entries(extension.synonyms)]),
    pairs: new Map([...CANONICAL_PAIRS, ...entries(extension.pairs)]),
    fieldLabelWords: [...FIELD_LABEL_WORDS, ...(extension.fieldLabels ?? [])],
  };
}

export const CONTRACTIONS: [RegExp, string][] = [
  [/\bcan't\b/g, "can not"],
  [/\bwon't\b/g, "will not"],
  [/n't\b/g, " not"],
  // Typed without the apostrophe: "the proxy address isnt valid". "wont" stays: it is a word.
  [/\b(is|are|was|were|does|do|did|has|have|had|could|would|should)nt\b/g, "$1 not"],
  [/\bcant\b/g, "can not"],
  [/'re\b/g, " are"],
  [/'(?:s|ll|ve|d|m)\b/g, ""],
];
