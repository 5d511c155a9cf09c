/**
 * What the matcher is built from, and its compact wire form for the browser. Descriptions and
 * steps are not part of it: the matcher needs only their words, computed here at build time, and
 * the page fetches the text of the few entries it shows, per article, when it shows them.
 */
import { isMask, tokenize } from "./text";
import { SHORT_NAME_TOKENS } from "./tuning";
import { APPEARS, type Appears, type KbEntry } from "./types";

/** An entry as the matcher sees it. */
export type MatchEntry = Pick<
  KbEntry,
  "id" | "article" | "articleTitle" | "url" | "name" | "appears" | "messages" | "aliases"
>;

export type LookupSource = {
  entries: MatchEntry[];
  /** Every word of the knowledge base, tokenised: words outside it are foreign. */
  vocabulary: string[];
  /** Per entry, the vocabulary indexes of its own description and steps; only for short names. */
  context: number[][];
};

/** The texts an entry is matched on, with their kind. */
export function phraseTexts(
  entry: MatchEntry,
): { kind: "name" | "message" | "alias"; text: string }[] {
  return [
    { kind: "name", text: entry.name },
    { kind: "name", text: entry.id },
    ...entry.messages.map((text) => ({ kind: "message" as const, text })),
    ...entry.aliases.map((text) => ({ kind: "alias" as const, text })),
  ];
}

export function lookupSource(entries: KbEntry[]): LookupSource {
  const vocabulary = new Map<string, number>();
  const add = (token: string) => {
    if (!isMask(token) && !vocabulary.has(token)) vocabulary.set(token, vocabulary.size);
  };
  const context = entries.map((entry) => {
    const own = tokenize([entry.description, ...entry.resolution, entry.articleTitle].join(" "));
    for (const token of own) add(token);
    for (const { kind, text } of phraseTexts(entry))
      for (const t of tokenize(text, { template: kind === "message" })) add(t);
    const short = phraseTexts(entry).some(
      ({ kind, text }) => kind !== "message" && tokenize(text).length <= SHORT_NAME_TOKENS,
    );
    return short
      ? [...new Set(own.filter((t) => !isMask(t)))].map((t) => vocabulary.get(t) ?? 0)
      : [];
  });
  return {
    entries: entries.map(
      ({ id, article, articleTitle, url, name, appears, messages, aliases }) => ({
        id,
        article,
        articleTitle,
        url,
        name,
        appears,
        messages,
        aliases,
      }),
    ),
    vocabulary: [...vocabulary.keys()],
    context,
  };
}

/**
 * Wire form, as `/lookup/index.json`: articles once, entries as tuples
 * `[id, article, name, appears, messages, aliases, context]`.
 */
export type WireSource = {
  articles: [string, string][];
  entries: [string, number, string, number, string[], string[], number[]][];
  vocabulary: string[];
};

export function toWire(source: LookupSource): WireSource {
  const articles = new Map<string, number>();
  const list: [string, string][] = [];
  const entries = source.entries.map((e, i): WireSource["entries"][number] => {
    let a = articles.get(e.article);
    if (a === undefined) {
      a = list.length;
      articles.set(e.article, a);
      list.push([e.article, e.articleTitle]);
    }
    return [
      e.id,
      a,
      e.name,
      APPEARS.indexOf(e.appears),
      e.messages,
      e.aliases,
      source.context[i] ?? [],
    ];
  });
  return { articles: list, entries, vocabulary: source.vocabulary };
}

const isString = (v: unknown): v is string => typeof v === "string";
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isNumbers = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((n) => Number.isInteger(n));

function fail(what: string): never {
  throw new Error(`the lookup index is not in the expected shape (${what})`);
}

/** Reads the wire form back, checking its shape: it comes over the network. */
export function fromWire(
  data: unknown,
  entryUrl: (slug: string, id: string) => string,
): LookupSource {
  if (typeof data !== "object" || data === null) fail("not an object");
  const articles: unknown = Reflect.get(data, "articles");
  const entries: unknown = Reflect.get(data, "entries");
  const vocabulary: unknown = Reflect.get(data, "vocabulary");
  if (!Array.isArray(articles) || !Array.isArray(entries) || !isStrings(vocabulary))
    fail("top level");
  const slugs = articles.map((pair: unknown): [string, string] => {
    if (!Array.isArray(pair) || !isString(pair[0]) || !isString(pair[1])) fail("article");
    return [pair[0], pair[1]];
  });
  const context: number[][] = [];
  const list = entries.map((row: unknown, i): MatchEntry => {
    if (!Array.isArray(row)) fail(`entry ${i}`);
    const [id, a, name, appears, messages, aliases, own] = row;
    const article = typeof a === "number" ? slugs[a] : undefined;
    const kind: Appears | undefined = typeof appears === "number" ? APPEARS[appears] : undefined;
    if (
      !isString(id) ||
      !article ||
      !isString(name) ||
      !kind ||
      !isStrings(messages) ||
      !isStrings(aliases) ||
      !isNumbers(own)
    ) {
      fail(`entry ${i}`);
    }
    context.push(own);
    return {
      id,
      article: article[0],
      articleTitle: article[1],
      url: entryUrl(article[0], id),
      name,
      appears: kind,
      messages,
      aliases,
    };
  });
  return { entries: list, vocabulary, context };
}

/** Per article, `/lookup/details/<slug>.json`: each entry's description and steps. */
export type WireDetails = Record<string, [string, string[]]>;

export function detailsOf(entries: KbEntry[]): Map<string, WireDetails> {
  const byArticle = new Map<string, WireDetails>();
  for (const e of entries) {
    const details = byArticle.get(e.article) ?? {};
    details[e.id] = [e.description, e.resolution];
    byArticle.set(e.article, details);
  }
  return byArticle;
}

export function parseDetails(
  data: unknown,
): Map<string, { description: string; resolution: string[] }> {
  if (typeof data !== "object" || data === null) fail("details");
  const out = new Map<string, { description: string; resolution: string[] }>();
  for (const [id, value] of Object.entries(data)) {
    if (!Array.isArray(value) || !isString(value[0]) || !isStrings(value[1]))
      fail(`details of ${id}`);
    out.set(id, { description: value[0], resolution: value[1] });
  }
  return out;
}
