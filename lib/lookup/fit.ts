/**
 * Documented messages that fit a line. A documented message is a template, its placeholders
 * (if any) standing for values: it fits a line when every literal part of it stands in the line, in order, and the
 * placeholders take whatever stands between, as a regular expression made from the template
 * would (`Failed password for <*> from <*> port <*> ssh2`). Case, white space and the form of
 * quotes do not matter; a literal part that starts or ends the template must start or end a word
 * of the line. What surrounds the fit (a syslog prefix, a timestamp, a host, other software's
 * words) does not matter either. Of several templates that fit the same place, the one with the
 * most literal characters is the most specific (`twins.ts`).
 */
import { PLACEHOLDER } from "./text";

export type Template = {
  /** The phrase in the lookup index. */
  phrase: number;
  /** The literal parts, normalised, in order; empty parts dropped. */
  parts: string[];
  /** Whether the template starts, and ends, with a literal part (then bounded by a word edge). */
  closedStart: boolean;
  closedEnd: boolean;
  /** Literal characters, white space aside: how specific the template is. */
  specificity: number;
  /** Placeholders: none for a message quoted whole, which fits only where it stands verbatim. */
  placeholders: number;
};

/**
 * Where a template fits a line: character offsets in the normalised line. Framed when the
 * template is the line's whole message, as a line format of its product delimits it
 * (`line-format.ts`); outframed when it is not, and another template is framed where it stands.
 */
export type Fit = {
  template: Template;
  start: number;
  end: number;
  framed?: boolean;
  outframed?: boolean;
};

export type TemplateIndex = {
  templates: readonly (Template | undefined)[];
  /** A word that every line the template fits holds whole → the templates indexed under it. */
  byWord: { get(word: string): readonly number[] | undefined };
};

/** The template index as built: every template, and the word table as a map. */
export type BuiltTemplateIndex = { templates: Template[]; byWord: Map<string, number[]> };

/** Lower case, one space for any white space, plain quotes: what a fit compares. */
export function fitText(text: string): string {
  const folded = /[^\t\n\r\x20-\x7e]/.test(text) ? text.normalize("NFKC") : text;
  return folded
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ");
}

const WORD = /[\p{L}\p{N}]+/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * A documented message as a template: its literal parts between placeholders. A message with no
 * literal word is none (the build refuses it).
 */
export function compileTemplate(phrase: number, message: string): Template | undefined {
  const pieces = message.split(PLACEHOLDER);
  const normalised = pieces.map(fitText);
  const parts = normalised.filter((p) => p.trim() !== "");
  if (!parts.some((p) => HAS_WORD.test(p))) return undefined;
  return {
    phrase,
    parts,
    closedStart: (normalised[0] ?? "").trim() !== "",
    closedEnd: (normalised.at(-1) ?? "").trim() !== "",
    specificity: parts.join("").replace(/\s+/g, "").length,
    placeholders: pieces.length - 1,
  };
}

/**
 * The words of a template that any line it fits holds whole: inside a literal part, with no
 * placeholder touching them (a placeholder could glue a value onto them: `blk_<*>`).
 */
function wholeWords(t: Template): string[] {
  const out: string[] = [];
  t.parts.forEach((part, k) => {
    const openBefore = k > 0 || !t.closedStart;
    const openAfter = k < t.parts.length - 1 || !t.closedEnd;
    for (const m of part.matchAll(WORD)) {
      const touchesStart = m.index === 0 && openBefore;
      const touchesEnd = m.index + m[0].length === part.length && openAfter;
      if (!touchesStart && !touchesEnd) out.push(m[0]);
    }
  });
  return out;
}

/**
 * Indexes each template under its rarest whole word, the one a fitting line must hold. A template
 * with no whole word (`<*>ms`) is indexed under each of its words, since any may be glued to a
 * value: it is only tried on lines that hold one of them.
 */
export function indexTemplates(messages: { phrase: number; text: string }[]): BuiltTemplateIndex {
  const templates = messages.flatMap(({ phrase, text }) => compileTemplate(phrase, text) ?? []);
  const keys = templates.map((t) => {
    const whole = wholeWords(t);
    return whole.length > 0
      ? { whole: true, words: whole }
      : { whole: false, words: t.parts.flatMap((p) => p.match(WORD) ?? []) };
  });
  const frequency = new Map<string, number>();
  for (const { words } of keys)
    for (const w of new Set(words)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const rarer = (a: string, b: string) =>
    (frequency.get(b) ?? 0) < (frequency.get(a) ?? 0) ? b : a;
  const byWord = new Map<string, number[]>();
  keys.forEach(({ whole, words }, i) => {
    for (const w of whole ? [words.reduce(rarer)] : new Set(words)) {
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  });
  return { templates, byWord };
}

const startsWord = (line: string, at: number, part: string) =>
  !isWordChar(part[0]) || !isWordChar(line[at - 1]);
const endsWord = (line: string, at: number, part: string) =>
  !isWordChar(part.at(-1)) || !isWordChar(line[at]);

/**
 * Where the template fits the normalised line, or undefined: each literal part at its leftmost
 * place after the one before, which finds a fit whenever one exists.
 */
export function fitAt(t: Template, line: string): Fit | undefined {
  const { parts } = t;
  const first = parts[0] ?? "";
  for (let start = line.indexOf(first); start >= 0; start = line.indexOf(first, start + 1)) {
    if (t.closedStart && !startsWord(line, start, first)) continue;
    let at = start + first.length;
    if (parts.length === 1) {
      if (t.closedEnd && !endsWord(line, at, first)) continue;
      return { template: t, start, end: at };
    }
    for (let k = 1; k < parts.length && at >= 0; k += 1) {
      const part = parts[k] ?? "";
      let found = line.indexOf(part, at);
      // The last part of a template that ends with it must end a word of the line.
      if (k === parts.length - 1 && t.closedEnd) {
        while (found >= 0 && !endsWord(line, found + part.length, part))
          found = line.indexOf(part, found + 1);
      }
      at = found < 0 ? -1 : found + part.length;
    }
    // A later start cannot fit the remaining parts when this one could not.
    return at < 0 ? undefined : { template: t, start, end: at };
  }
  return undefined;
}

/**
 * Whether the template is the whole of `message` (a span of a normalised line), as a regular
 * expression made from it and anchored at both ends would say: a literal first part starts it, a
 * literal last part ends it, and the parts between stand in order, each at its leftmost place,
 * which finds a fit whenever one exists.
 */
export function fitsWhole(t: Template, message: string): boolean {
  const { parts } = t;
  let from = 0;
  let to = message.length;
  let first = 0;
  let last = parts.length;
  if (t.closedStart) {
    if (!message.startsWith(parts[0] ?? "")) return false;
    from = (parts[0] ?? "").length;
    first = 1;
  }
  if (t.closedEnd && last > first) {
    const end = parts[last - 1] ?? "";
    if (!message.endsWith(end) || message.length - end.length < from) return false;
    to = message.length - end.length;
    last -= 1;
  } else if (t.closedEnd && from !== to) return false;
  for (let k = first; k < last; k += 1) {
    const part = parts[k] ?? "";
    const found = message.indexOf(part, from);
    if (found < 0 || found + part.length > to) return false;
    from = found + part.length;
  }
  return true;
}

/** Every template that fits the line (a segment's text, as pasted). */
export function fittingTemplates(index: TemplateIndex, text: string): Fit[] {
  const line = fitText(text);
  const tried = new Set<number>();
  const fits: Fit[] = [];
  for (const m of line.matchAll(WORD)) {
    for (const i of index.byWord.get(m[0]) ?? []) {
      if (tried.has(i)) continue;
      tried.add(i);
      const t = index.templates[i];
      const fit = t && fitAt(t, line);
      if (fit) fits.push(fit);
    }
  }
  return fits;
}
