/**
 * Refuses phrases that would match anything: a name, message or alias with nothing distinctive
 * left once the matcher has normalised it. `datadog.agent.up: CRITICAL` is a dotted identifier (a
 * variable) and a log level; indexed, it matched almost every Java log line.
 */
import type { KbEntry, Product } from "@/lib/kb/model";
import { type PhraseText, phraseTexts } from "@/lib/lookup/source";
import { isLiteral, isMask, phraseOptions, phraseTokens, tokenize } from "@/lib/lookup/text";
import { type VocabularyExtension, withVocabulary, type WordRules } from "@/lib/lookup/word-rules";
import type { ContentIssue } from "./errors";
import type { ParsedArticle } from "./parse";

/**
 * A word used by at least this share of all entries' phrases identifies nothing. Only judged in
 * knowledge bases of COMMON_WORD_MIN_ENTRIES or more: in a small one, two entries of four
 * sharing "widget" is no sign of a generic word.
 */
export const COMMON_WORD_SHARE = 0.5;
export const COMMON_WORD_MIN_ENTRIES = 20;

/** Why each word of a phrase carries nothing: for the author, in the error message. */
function explain(
  phrase: PhraseText,
  common: Set<string>,
  own: Set<string>,
  rules: WordRules,
): string {
  const options = phraseOptions(phrase.kind, rules);
  const kept = new Set(tokenize(phrase.text, options));
  const words = phrase.text.split(/\s+/).filter(Boolean);
  const notes = words.map((word) => {
    const tokens = tokenize(word, options).filter((t) => kept.has(t) || isMask(t));
    if (tokens.length === 0) return `"${word}" is a stopword, a log level or punctuation`;
    if (tokens.every(isMask)) return `"${word}" is read as a variable (a value that changes)`;
    if (tokens.every((t) => common.has(t))) return `"${word}" is used by half the knowledge base`;
    if (tokens.every((t) => own.has(t))) return `"${word}" only names the product`;
    return `"${word}"`;
  });
  return notes.join("; ");
}

/** Words of a product's name and aliases: they say which product, not which error. */
export function productWords(product: Product | undefined, rules?: WordRules): Set<string> {
  if (!product) return new Set();
  return new Set([product.name, ...product.aliases].flatMap((t) => tokenize(t, { rules })));
}

/** A phrase that would match almost any line, with why. */
export type Indistinct = { entry: string; phrase: PhraseText; why: string };

/**
 * The phrases with nothing distinctive: every phrase the lookup indexes (`phraseTexts`: names,
 * ids, messages, aliases and translated names), read as the lookup reads them. A literal (a code,
 * an identifier or a number the phrase writes) is always distinctive; variables, log levels,
 * stopwords and words half the knowledge base uses are not, nor, except in a name, the product's
 * own name.
 */
export function findIndistinct(
  entries: KbEntry[],
  products: Product[],
  words?: VocabularyExtension,
): Indistinct[] {
  const rules = withVocabulary(words);
  const naming = new Map(products.map((p) => [p.id, productWords(p, rules)]));
  const frequency = new Map<string, number>();
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const { kind, text } of phraseTexts(entry))
      for (const t of phraseTokens(text, kind, rules)) seen.add(t);
    for (const t of seen) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  }
  const common = new Set<string>();
  if (entries.length >= COMMON_WORD_MIN_ENTRIES) {
    for (const [token, n] of frequency)
      if (n >= entries.length * COMMON_WORD_SHARE) common.add(token);
  }
  const telling = (t: string) => isLiteral(t) || (!isMask(t) && !common.has(t));
  const found: Indistinct[] = [];
  for (const entry of entries) {
    const own = naming.get(entry.product) ?? new Set<string>();
    for (const phrase of phraseTexts(entry)) {
      const tokens = phraseTokens(phrase.text, phrase.kind, rules);
      if (phrase.kind === "name" && tokens.some(telling)) continue;
      if (phrase.kind !== "name" && tokens.some((t) => telling(t) && !own.has(t))) continue;
      found.push({ entry: entry.id, phrase, why: explain(phrase, common, own, rules) });
    }
  }
  return found;
}

export function checkDistinctive(
  articles: ParsedArticle[],
  entries: KbEntry[],
  products: Product[],
  words?: VocabularyExtension,
): ContentIssue[] {
  const lineOf = new Map<string, { file: string; line: number }>();
  for (const article of articles)
    for (const e of article.entries) lineOf.set(e.id, { file: article.file, line: e.line });
  const articleOf = new Map(entries.map((e) => [e.id, e.article]));
  return findIndistinct(entries, products, words).map(({ entry, phrase, why }) => {
    const where = lineOf.get(entry);
    const what = phrase.kind === "name" && phrase.text === entry ? "id" : phrase.kind;
    return {
      file: where?.file ?? articleOf.get(entry) ?? entry,
      line: where?.line,
      message:
        `<ErrorEntry id="${entry}">: the ${what} "${phrase.text}" has nothing distinctive left once ` +
        `normalised (${why}), so it would match almost any line. ` +
        (what === "name" || what === "id"
          ? `Give the entry ${what === "id" ? "an id" : "a name"} with words that identify this error.`
          : `Quote the whole line the software prints, with the words around the value, or ` +
            `remove this ${what} and add an alias in the words a reader would paste.`),
    };
  });
}
