/**
 * Refuses phrases that would match anything: a name, message or alias with nothing distinctive
 * left once the matcher has normalised it. `datadog.agent.up: CRITICAL` is a dotted identifier (a
 * variable) and a log level; indexed, it matched almost every Java log line.
 */
import type { KbEntry, Product } from "@/lib/kb/model";
import { isMask, NUMBER_PREFIX, phraseTokens, tokenize } from "@/lib/lookup/text";
import type { ContentIssue } from "./errors";
import type { ParsedArticle } from "./parse";

/**
 * A word used by at least this share of all entries' phrases identifies nothing. Only judged in
 * knowledge bases of COMMON_WORD_MIN_ENTRIES or more: in a small one, two entries of four
 * sharing "widget" is no sign of a generic word.
 */
export const COMMON_WORD_SHARE = 0.5;
export const COMMON_WORD_MIN_ENTRIES = 20;

type Phrase = { kind: "name" | "message" | "alias"; text: string };

function phrasesOf(entry: KbEntry): Phrase[] {
  return [
    { kind: "name", text: entry.name },
    ...entry.messages.map((text) => ({ kind: "message" as const, text })),
    ...entry.aliases.map((text) => ({ kind: "alias" as const, text })),
  ];
}

/** Why each word of a phrase carries nothing: for the author, in the error message. */
function explain(text: string, template: boolean, common: Set<string>, own: Set<string>): string {
  const kept = new Set(tokenize(text, { template, literalNumbers: true }));
  const words = text.split(/\s+/).filter(Boolean);
  const notes = words.map((word) => {
    const tokens = tokenize(word, { template, literalNumbers: true }).filter(
      (t) => kept.has(t) || isMask(t),
    );
    if (tokens.length === 0) return `"${word}" is a stopword, a log level or punctuation`;
    if (tokens.every(isMask)) return `"${word}" is read as a variable (a value that changes)`;
    if (tokens.every((t) => common.has(t))) return `"${word}" is used by half the knowledge base`;
    if (tokens.every((t) => own.has(t))) return `"${word}" only names the product`;
    return `"${word}"`;
  });
  return notes.join("; ");
}

/** Words of a product's name and aliases: they say which product, not which error. */
export function productWords(product: Product | undefined): Set<string> {
  if (!product) return new Set();
  return new Set([product.name, ...product.aliases].flatMap((t) => tokenize(t)));
}

export function checkDistinctive(
  articles: ParsedArticle[],
  entries: KbEntry[],
  products: Product[],
): ContentIssue[] {
  const naming = new Map(products.map((p) => [p.id, productWords(p)]));
  const frequency = new Map<string, number>();
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const { kind, text } of phrasesOf(entry))
      for (const t of phraseTokens(text, kind)) seen.add(t);
    for (const t of seen) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  }
  const common = new Set<string>();
  if (entries.length >= COMMON_WORD_MIN_ENTRIES) {
    for (const [token, n] of frequency)
      if (n >= entries.length * COMMON_WORD_SHARE) common.add(token);
  }
  const lineOf = new Map<string, { file: string; line: number }>();
  for (const article of articles)
    for (const e of article.entries) lineOf.set(e.id, { file: article.file, line: e.line });

  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    for (const { kind, text } of phrasesOf(entry)) {
      const template = kind === "message";
      const tokens = phraseTokens(text, kind);
      const own = naming.get(entry.product) ?? new Set<string>();
      const telling = (t: string) => t.startsWith(NUMBER_PREFIX) || (!isMask(t) && !common.has(t));
      if (kind !== "name" && tokens.some((t) => telling(t) && !own.has(t))) continue;
      if (kind === "name" && tokens.some(telling)) continue;
      const where = lineOf.get(entry.id);
      issues.push({
        file: where?.file ?? entry.article,
        line: where?.line,
        message:
          `<ErrorEntry id="${entry.id}">: the ${kind} "${text}" has nothing distinctive left once ` +
          `normalised (${explain(text, template, common, own)}), so it would match almost any line. ` +
          (kind === "name"
            ? "Name the entry with words that identify this error."
            : `Quote the whole line the software prints, with the words around the value, or ` +
              `remove this ${kind} and add an alias in the words a reader would paste.`),
      });
    }
  }
  return issues;
}
