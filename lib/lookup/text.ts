/**
 * Turns one line of pasted text into comparable tokens: log noise stripped, variables masked,
 * words lower-cased, contractions expanded and lightly stemmed. Every regular expression here is
 * linear (no nested quantifiers), so hostile input cannot make it backtrack.
 */

export { STOPWORDS } from "./word-rules";
import { CONTRACTIONS, DEFAULT_RULES, type WordRules } from "./word-rules";
import { CJK, cjkWords, foldAccents, KANA } from "./languages";

/**
 * The kinds of token. A mask stands for a variable part of a line (a number, IP, GUID, path,
 * URL, time...), and a documented placeholder (X, N, {0}, <value>, <*>) becomes `#var`. A literal
 * is a code, identifier or number as a documented phrase writes it (`=0x80070005`,
 * `=aadsts50126`, `=ora-00942`, `=1045`): it must be there as written. No kind's name is a
 * prefix of another's (a test checks it), so one `startsWith` tells a kind.
 */
export const MASK_PREFIX = "#";
export const MASK = {
  url: "#url",
  email: "#email",
  guid: "#guid",
  time: "#time",
  date: "#date",
  ip: "#ip",
  path: "#path",
  hex: "#hex",
  id: "#id",
  number: "#num",
  placeholder: "#var",
} as const;
/** Token a documented placeholder (X, N, {0}, <value>, <*>, %s) becomes in a template. */
export const VAR_TOKEN = MASK.placeholder;
/** Prefix of a literal: a code, identifier or number that a documented phrase names. */
export const LITERAL_PREFIX = "=";

export function isLiteral(token: string): boolean {
  return token.startsWith(LITERAL_PREFIX);
}

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

/**
 * Variable parts, each with the mask token it becomes. Codes, hexadecimal numbers and qualified
 * names are read after these (`markCodes`), so that each keeps its literal form.
 */
const VALUE_MASKS: [RegExp, string][] = [
  [/\b(?:level|lvl|severity)=["']?\w+["']?/gi, " "],
  // Thread names: [main], [pool-1-thread-3], [Thread-7], [http-nio-8080-exec-1].
  [/\[(?:main|Thread-\d+|[\w.-]{0,40}(?:thread|exec|worker|pool)[\w.-]{0,40})\]/gi, " "],
  [/\b[a-z][a-z0-9+.-]{1,15}:\/\/[^\s"'<>]*/gi, ` ${MASK.url} `],
  [/\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+\b/g, ` ${MASK.email} `],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, ` ${MASK.guid} `],
  [
    /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?\b/g,
    ` ${MASK.time} `,
  ],
  [/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g, ` ${MASK.date} `],
  [/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?\b/g, ` ${MASK.ip} `],
  [/\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?(?:\s?[ap]m\b)?/gi, ` ${MASK.time} `],
  [/\b(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}\b/gi, ` ${MASK.ip} `],
  [/\b[a-z]:\\[^\s"'<>]*/gi, ` ${MASK.path} `],
  [/(?:^|(?<=[\s=("'[]))(?:\.{0,2}\/[\w.@%+~-]+){2,}\/?/g, ` ${MASK.path} `],
];

/** Every variable part as a mask, codes and qualified names included: `redact.ts` reuses them. */
export const MASKS: [RegExp, string][] = [
  ...VALUE_MASKS,
  [/\b0x[0-9a-f]+\b/gi, ` ${MASK.hex} `],
  [/\b(?=[a-f]*\d)[0-9a-f]{8,}\b/gi, ` ${MASK.hex} `],
  // Java class and logger names (com.example.Foo, c.m.siem.Agent), host names.
  // The look-behind keeps one start per run, so "a-a-a-…" cannot cost quadratic time.
  [/(?<![\w$-])[a-z_$][\w$-]*(?:\.[a-z_$][\w$-]*){2,}\b/gi, ` ${MASK.id} `],
];

/** Documented placeholders in messages: X, N, {0}, <value>, %s, ${name}. */
export const PLACEHOLDER = /\{\d+\}|\$\{[^{}]{1,40}\}|<[^<>\n]{1,40}>|%[sdif]\b|\b[XN]\b/g;

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
   * Read as a documented phrase: codes, identifiers and numbers are literals (`=0x87d1fde8`,
   * `=e0000011`, `=1045`), never variables. Off, for a paste, they are masked as variables and
   * each also carries its literal form as an alternative (`Tokens.literals`).
   */
  literal?: boolean;
  /** The word rules of the knowledge base (`withVocabulary`); the defaults when left out. */
  rules?: WordRules;
};

/** How a documented phrase is read: a name, message, alias or translated name. */
export function phraseOptions(kind: string, rules?: WordRules): TextOptions {
  return { template: kind === "message", literal: true, ...(rules ? { rules } : {}) };
}

/** Tokens of a documented phrase. */
export function phraseTokens(text: string, kind: string, rules?: WordRules): string[] {
  return tokenize(text, phraseOptions(kind, rules));
}

/**
 * Codes and identifiers, found before anything is masked, so that each keeps its literal form:
 * - qualified names (`yarn.client.max-cached-nodemanagers-proxies`, `com.example.Foo`);
 * - hexadecimal numbers (`0x87D1FDE8`);
 * - words of letters and digits, with hyphens or underscores between parts (`E0000011`,
 *   `AADSTS50126`, `ORA-00942`, `AH00558`).
 * None starts inside a path, a URL or an e-mail address. Each alternative is linear: a start
 * is only tried where a run begins.
 */
const CODE =
  /(?<![\w$.\-/\\@])[A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*){2,}(?![\w$/\\@])|(?<![\w.\-/\\@])(?:0[xX][0-9A-Fa-f]+|(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*)(?![\w\-/\\@])/g;
/** A qualified name whose last part names a class: `Microsoft.ServiceBus.Messaging.ServerBusyException`. */
const CLASS_NAME = /\.([A-Z][\w$]*[a-z][\w$]*)$/;
const OPEN_CODE = "\u0005";
const CLOSE_CODE = "\u0006";

/**
 * The literal form of a code or number, the same in a documented phrase and in a paste.
 * Hexadecimal is written `0x` and its digits without leading zeros, and eight hexadecimal digits
 * are read as hexadecimal (an HRESULT written without `0x`): `0x80070005`, `80070005` and
 * `0X80070005` are one code.
 */
export function literalOf(written: string): string {
  const w = written.toLowerCase();
  const hex = /^0x([0-9a-f]+)$/.exec(w)?.[1] ?? (/^[0-9a-f]{8}$/.test(w) && /\d/.test(w) ? w : "");
  if (hex) return `${LITERAL_PREFIX}0x${hex.replace(/^0+(?=.)/, "")}`;
  return `${LITERAL_PREFIX}${w}`;
}

/**
 * Digits that make a word of letters and digits a code: `ah00558` (5) and `0x80070005` are,
 * `x509` (3) and `ssh2` (1) are words that happen to hold digits.
 */
export const CODE_MIN_DIGITS = 4;

/**
 * A literal that identifies an error by itself: a code of letters and at least CODE_MIN_DIGITS
 * digits (`=aadsts50126`, `=0x80070005`, `=ora-00942`) or a qualified name
 * (`=dfs.datanode.data.dir`). Plain numbers (`=403`) and short mixed words (`=ssh2`, `=x509`)
 * are literals too, but only count as words among others.
 */
export function isCode(token: string): boolean {
  if (!isLiteral(token)) return false;
  const body = token.slice(LITERAL_PREFIX.length);
  if (body.includes(".") && /[a-z]/.test(body)) return true;
  return /[a-z]/.test(body) && (body.match(/\d/g)?.length ?? 0) >= CODE_MIN_DIGITS;
}

/** Wraps each code in markers, and shortens a qualified class name to the class. */
function markCodes(text: string, literal: boolean, codes: string[]): string {
  return text.replace(CODE, (found) => {
    if (found.includes(".")) {
      const className = CLASS_NAME.exec(found)?.[1];
      // The namespace is where a class lives, not what went wrong: the class is matched by its
      // words, written short or qualified. A paste keeps a mask where the namespace stood.
      if (className) return literal ? className : ` ${MASK.id} ${className}`;
    }
    const dotted = found.includes(".");
    codes.push(dotted ? `${LITERAL_PREFIX}${found.toLowerCase()}` : literalOf(found));
    // In a paste a qualified name or a hexadecimal number is one variable, which also stands
    // for its literal form; other codes keep their words ("ORA-00942" is "ora" and a number).
    const hex = /^0x/i.test(found);
    const shown = literal || !(dotted || hex) ? found : ` ${dotted ? MASK.id : MASK.hex} `;
    return `${OPEN_CODE}${shown}${CLOSE_CODE}`;
  });
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
  /[:;,|()[\]{}<>=!?"\u00ab\u00bb\u201c\u201d\u201e\u2039\u203a\u2013\u2014\u3001\u3002\u300c-\u3011\u3014\u3015]|\s-\s|\.(?:\s|$)|\t|\s{2,}/;

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
  /**
   * In a paste, per token, the literal forms it also stands for: a number's (`#num` for "1045"
   * is also `=1045`), and a code's on the last token of the code (`ORA-00942` is "ora", `#num`,
   * and `=ora-00942` on the `#num`). A documented phrase writes literals as tokens instead.
   */
  literals: (string[] | undefined)[];
};

/** Normalised tokens of one line, in order, stopwords dropped, with clause breaks. */
export function tokenizeDetailed(input: string, options: TextOptions = {}): Tokens {
  let text = options.template ? input.replace(PLACEHOLDER, ` ${VAR_TOKEN} `) : input;
  // Full-width letters and punctuation (ＥＲＲＯＲ, ［…］, ：) read as their ASCII forms.
  const ascii = !/[^\t\n\r\x20-\x7e]/.test(text);
  const { stopwords, synonyms, pairs } = options.rules ?? DEFAULT_RULES;
  if (!ascii) text = text.normalize("NFKC");
  text = text.replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'");
  if (!isShouted(text, ascii)) text = text.replace(LOG_LEVEL, " ");
  for (const [pattern, replacement] of VALUE_MASKS) text = text.replace(pattern, replacement);
  const codes: string[] = [];
  if (/\d|\w\.\w[^.]*\./.test(text)) text = markCodes(text, options.literal === true, codes);
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
  const literals: (string[] | undefined)[] = [];
  const breaks = new Set<number>();
  let pendingBreak = false;
  let end = 0;
  let group = -1;
  let opened = -1;
  /** The code being read: its number in `codes`, and where its tokens start. */
  let code = -1;
  let codeStart = 0;
  let codesSeen = 0;
  const push = (token: string, written = token) => {
    if (pendingBreak && out.length > 0) breaks.add(out.length);
    pendingBreak = false;
    out.push(token);
    raw.push(written);
    groups.push(group);
    literals.push(undefined);
  };
  const alsoLiteral = (literal: string) => {
    const at = out.length - 1;
    literals[at] = [...(literals[at] ?? []), literal];
  };
  /** A code's tokens become one literal in a phrase; in a paste, its last token also stands for it. */
  const closeCode = () => {
    const literal = codes[code];
    if (literal !== undefined && out.length > codeStart) {
      if (options.literal) {
        // The break before the code's first token stays; one seen after its last is the next's.
        const after = pendingBreak;
        pendingBreak = breaks.has(codeStart);
        for (let p = codeStart; p < out.length; p += 1) breaks.delete(p);
        out.length = codeStart;
        raw.length = codeStart;
        groups.length = codeStart;
        literals.length = codeStart;
        push(literal);
        pendingBreak = after;
      } else alsoLiteral(literal);
    }
    code = -1;
  };
  const gapMarks = (gap: string) => {
    for (const c of gap) {
      if (c === CLOSE_CODE && code >= 0) closeCode();
      else if (c === OPEN_CODE) {
        code = codesSeen++;
        codeStart = out.length;
      }
    }
  };
  for (let i = 0; i < matches.length; i += 1) {
    const match = matches[i];
    if (!match) continue;
    const word = ascii ? match[0] : foldAccents(match[0]);
    const gap = text.slice(end, match.index);
    if (CLAUSE_BREAK.test(gap)) pendingBreak = true;
    if (codes.length > 0) gapMarks(gap);
    if (gap.includes(CLOSE_COMPOUND)) group = -1;
    if (gap.includes(OPEN_COMPOUND)) group = ++opened;
    end = match.index + match[0].length;
    const nextWord = matches[i + 1]?.[0] ?? "";
    const pair = pairs.get(`${word} ${nextWord}`);
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
        if (!particle && !stopwords.has(w)) push(w);
      }
    } else if (/\p{N}/u.test(word)) {
      // Numbers and words with digits in them (ids, versions, hashes) are variables in a paste,
      // each also standing for itself; a documented phrase names them literally.
      if (options.literal) push(literalOf(word), word);
      else {
        push(MASK.number, word);
        alsoLiteral(literalOf(word));
      }
    } else if (word.length > 1 && !stopwords.has(word)) {
      const stemmed = synonyms.get(word) ?? stem(word);
      if (!stopwords.has(stemmed)) push(stemmed, word);
    }
  }
  if (codes.length > 0) gapMarks(text.slice(end));
  if (code >= 0) closeCode();
  return { tokens: out, raw, groups, compounds, breaks, literals };
}

/** The field labels of a set of word rules, as tokens ("status", "状態"). */
export function fieldLabelTokens(rules: WordRules): Set<string> {
  return new Set(rules.fieldLabelWords.map((w) => stem(tokenize(w, { rules })[0] ?? w)));
}

/** Normalised tokens of one line, in order, stopwords dropped. */
export function tokenize(input: string, options: TextOptions = {}): string[] {
  return tokenizeDetailed(input, options).tokens;
}

export function isMask(token: string): boolean {
  return token.startsWith(MASK_PREFIX);
}
