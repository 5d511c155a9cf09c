/**
 * Turns one line of pasted text into comparable tokens: log noise stripped, variables masked,
 * words lower-cased, contractions expanded and lightly stemmed. Every regular expression here is
 * linear (no nested quantifiers), so hostile input cannot make it backtrack.
 */

export { STOPWORDS } from "./word-rules";
import { CANONICAL_PAIRS, CONTRACTIONS, STOPWORDS, SYNONYMS } from "./word-rules";
import { CJK, cjkWords, foldAccents, KANA } from "./languages";

/** Token standing for a variable part: a number, IP, GUID, path, URL, time... */
export const MASK_PREFIX = "#";
/** Token a documented placeholder (X, N, {0}, <value>, %s) becomes in a template. */
export const VAR_TOKEN = "#var";

/** Log levels, in the upper case loggers print them ("ERROR", not the word "error"). */
const LOG_LEVEL =
  /\b(?:ERROR|ERR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|SEVERE|CRITICAL|CRIT|NOTICE)\b/g;

/**
 * A line in capitals ("GENERAL ERROR DURING BOOTSTRAP") keeps its "ERROR": there it is a word of
 * the message, not a log level. Share of upper-case letters from which a line counts as shouted.
 */
const SHOUTED_SHARE = 0.6;

function isShouted(text: string, ascii: boolean): boolean {
  let letters = 0;
  let upper = 0;
  if (ascii) {
    // The common case, counted without regular expressions: this runs on every line.
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) {
        letters += 1;
        upper += 1;
      } else if (c >= 97 && c <= 122) letters += 1;
    }
  } else {
    letters = text.match(/\p{L}/gu)?.length ?? 0;
    upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  }
  return letters >= 8 && upper / letters >= SHOUTED_SHARE;
}

/** Variable parts, each with the mask token it becomes; `redact.ts` reuses them. */
export const MASKS: [RegExp, string][] = [
  [/\b(?:level|lvl|severity)=["']?\w+["']?/gi, " "],
  // Thread names: [main], [pool-1-thread-3], [Thread-7], [http-nio-8080-exec-1].
  [/\[(?:main|Thread-\d+|[\w.-]{0,40}(?:thread|exec|worker|pool)[\w.-]{0,40})\]/gi, " "],
  [/\b[a-z][a-z0-9+.-]{1,15}:\/\/[^\s"'<>]*/gi, " #url "],
  [/\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+\b/g, " #email "],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, " #guid "],
  [
    /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?\b/g,
    " #time ",
  ],
  [/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g, " #date "],
  [/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?\b/g, " #ip "],
  [/\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?(?:\s?[ap]m\b)?/gi, " #time "],
  [/\b(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}\b/gi, " #ip "],
  [/\b[a-z]:\\[^\s"'<>]*/gi, " #path "],
  [/(?:^|(?<=[\s=("'[]))(?:\.{0,2}\/[\w.@%+~-]+){2,}\/?/g, " #path "],
  [/\b0x[0-9a-f]+\b/gi, " #hex "],
  [/\b(?=[a-f]*\d)[0-9a-f]{8,}\b/gi, " #hex "],
  // Java class and logger names (com.example.Foo, c.m.siem.Agent), host names.
  // The look-behind keeps one start per run, so "a-a-a-…" cannot cost quadratic time.
  [/(?<![\w$-])[a-z_$][\w$-]*(?:\.[a-z_$][\w$-]*){2,}\b/gi, " #id "],
];

/** Documented placeholders in messages: X, N, {0}, <value>, %s, ${name}. */
const PLACEHOLDER = /\{\d+\}|\$\{[^{}]{1,40}\}|<[^<>\n]{1,40}>|%[sdif]\b|\b[XN]\b/g;

/** Light suffix stripping so that verb forms and plurals meet: "disconnected" → "disconnect". */
export function stem(word: string): string {
  if (word.length <= 3 || word.startsWith(MASK_PREFIX)) return word;
  let w = word;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith("ed") && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  if (w.length > 3 && /([bdfgklmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

export type TextOptions = {
  /** Treat documented placeholders (X, {0}…) as variables. For documented messages only. */
  template?: boolean;
  /**
   * Keep numbers of two to six digits as literal tokens (`#n1045`) rather than variables: in a
   * documented phrase, "mysql 1045" or "ORA-12541" names one error code.
   */
  literalNumbers?: boolean;
};

/** Prefix of a literal number token: "#n1045". A paste's numbers meet it in the view. */
export const NUMBER_PREFIX = "#n";
/** A number that may be an error code, as written. */
export const CODE_NUMBER = /^\d{2,6}$/;

/** How a documented phrase is read: a name, message, alias or translated name. */
export function phraseOptions(kind: string): TextOptions {
  return { template: kind === "message", literalNumbers: true };
}

/** Tokens of a documented phrase. */
export function phraseTokens(text: string, kind: string): string[] {
  return tokenize(text, phraseOptions(kind));
}

/**
 * Identifiers written as one word: camelCase with a hump after a lower-case letter
 * ("JsonWebTokenError", "SaslAuthenticationException") or snake_case ("invalid_token"). Their
 * words are matched one by one, and the identifier as a whole is remembered: an identifier the
 * knowledge base never uses names some other software's code.
 */
const COMPOUND = /\b(?=\w*(?:[a-z][A-Z]|[A-Za-z0-9]_[A-Za-z0-9]))[A-Za-z][A-Za-z0-9_]*\b/g;
/** A cheap test before the search: most lines hold no identifier at all. */
const HAS_COMPOUND = /[a-z][A-Z]|[A-Za-z0-9]_[A-Za-z0-9]/;
const OPEN_COMPOUND = "\u0001";
const CLOSE_COMPOUND = "\u0002";

/** Splits identifiers into words: camelCase, snake_case and kebab-case. */
function splitIdentifiers(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/([A-Z])(?=[A-Z][a-z])/g, "$1 ")
    .replace(/[_-]+/g, " ");
}

/** Punctuation that ends a clause: a word before it does not modify a word after it. */
const CLAUSE_BREAK =
  /[:;,|()[\]{}<>=!?"\u2013\u2014\u3001\u3002\u300c-\u3011\u3014\u3015]|\s-\s|\.(?:\s|$)|\t|\s{2,}/;

export type Tokens = {
  tokens: string[];
  /**
   * Each token's word as written, lower-cased and unstemmed: "t0ken" behind a `#num`, "dis" and
   * "connected" behind "dis" and "connect". Text read from a screenshot is repaired from these.
   */
  raw: string[];
  /** Per token, the index in `compounds` of the identifier it was written in, or -1. */
  groups: number[];
  /** Identifiers the line wrote as one word, lower-cased without separators. */
  compounds: string[];
  /** Positions of tokens that start a new clause ("state: Disconnected" → the position of "disconnect"). */
  breaks: Set<number>;
};

/** Normalised tokens of one line, in order, stopwords dropped, with clause breaks. */
export function tokenizeDetailed(input: string, options: TextOptions = {}): Tokens {
  let text = options.template ? input.replace(PLACEHOLDER, ` ${VAR_TOKEN} `) : input;
  // Full-width letters and punctuation (ＥＲＲＯＲ, ［…］, ：) read as their ASCII forms.
  const ascii = !/[^\t\n\r\x20-\x7e]/.test(text);
  if (!ascii) text = text.normalize("NFKC");
  text = text.replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'");
  if (!isShouted(text, ascii)) text = text.replace(LOG_LEVEL, " ");
  for (const [pattern, replacement] of MASKS) text = text.replace(pattern, replacement);
  const compounds: string[] = [];
  if (HAS_COMPOUND.test(text)) {
    text = text.replace(COMPOUND, (id) => {
      compounds.push(id.replace(/_/g, "").toLowerCase());
      return `${OPEN_COMPOUND}${id}${CLOSE_COMPOUND}`;
    });
  }
  text = splitIdentifiers(text).toLowerCase();
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  const matches = [...text.matchAll(/#?[\p{L}\p{N}]+/gu)];
  const out: string[] = [];
  const raw: string[] = [];
  const groups: number[] = [];
  const breaks = new Set<number>();
  let pendingBreak = false;
  let end = 0;
  let group = -1;
  let opened = -1;
  const push = (token: string, written = token) => {
    if (pendingBreak && out.length > 0) breaks.add(out.length);
    pendingBreak = false;
    out.push(token);
    raw.push(written);
    groups.push(group);
  };
  for (let i = 0; i < matches.length; i += 1) {
    const match = matches[i];
    if (!match) continue;
    const word = ascii ? match[0] : foldAccents(match[0]);
    const gap = text.slice(end, match.index);
    if (CLAUSE_BREAK.test(gap)) pendingBreak = true;
    if (gap.includes(CLOSE_COMPOUND)) group = -1;
    if (gap.includes(OPEN_COMPOUND)) group = ++opened;
    end = match.index + match[0].length;
    const nextWord = matches[i + 1]?.[0] ?? "";
    const pair = CANONICAL_PAIRS.get(`${word} ${nextWord}`);
    if (pair) {
      push(pair);
      end = (matches[i + 1]?.index ?? end) + nextWord.length;
      i += 1;
    } else if (word.startsWith(MASK_PREFIX)) {
      push(word);
    } else if (!ascii && CJK.test(word)) {
      for (const w of cjkWords(word)) {
        // A lone kana is a particle or an ending ("さ", "た"), not a word of the message.
        const particle = w.length === 1 && KANA.test(w);
        if (!particle && !STOPWORDS.has(w)) push(w);
      }
    } else if (/\p{N}/u.test(word)) {
      // Numbers and words with digits in them (ids, versions, hashes) are variables.
      const code = options.literalNumbers && CODE_NUMBER.test(word);
      push(code ? `${NUMBER_PREFIX}${word}` : "#num", word);
    } else if (word.length > 1 && !STOPWORDS.has(word)) {
      const stemmed = SYNONYMS.get(word) ?? stem(word);
      if (!STOPWORDS.has(stemmed)) push(stemmed, word);
    }
  }
  return { tokens: out, raw, groups, compounds, breaks };
}

/** Normalised tokens of one line, in order, stopwords dropped. */
export function tokenize(input: string, options: TextOptions = {}): string[] {
  return tokenizeDetailed(input, options).tokens;
}

export function isMask(token: string): boolean {
  return token.startsWith(MASK_PREFIX);
}
