/**
 * Repairs words the knowledge base does not know but can explain: text read from a screenshot
 * ("lnvalid t0ken", "Interna1 error", "Disconnectecl", "intemal" for "internal"), and words run
 * together or split apart ("connectionerror", "Dis connected"). Typos are left to the typo index;
 * this stage rewrites the token list before the line is viewed, so adjacency stays intact.
 */
import { isMask, stem, type Tokens } from "./text";
import { REPAIR_MIN_LENGTH, REPAIR_QUALITY, SPLIT_MIN_PART } from "./tuning";

/** Characters that optical character recognition confuses, read as → meant. */
const OCR_CONFUSIONS: [string, string][] = [
  ["0", "o"],
  ["1", "l"],
  ["1", "i"],
  ["5", "s"],
  ["rn", "m"],
  ["m", "rn"],
  ["cl", "d"],
  ["d", "cl"],
  ["vv", "w"],
  ["l", "i"],
  ["i", "l"],
];

export type Repaired = {
  tokens: string[];
  /** Per token, the identifier it was written in (see `Tokens`), or -1. */
  groups: number[];
  /** Per token, the word as written (see `Tokens`). */
  raw: string[];
  breaks: Set<number>;
  /** Per token, how far it can be trusted: 1, or REPAIR_QUALITY where it was repaired. */
  quality: number[];
  /** Per token, the literal forms it also stands for (see `Tokens`). */
  literals: (string[] | undefined)[];
};

/** Every form of `word` with one confusion undone, and with all its digits read as letters. */
function ocrForms(word: string): string[] {
  const out = new Set<string>();
  const letters = word.replace(/0/g, "o").replace(/5/g, "s");
  for (const base of [letters.replace(/1/g, "l"), letters.replace(/1/g, "i")]) {
    if (base !== word) out.add(base);
    for (const [from, to] of OCR_CONFUSIONS) {
      for (let at = base.indexOf(from); at >= 0; at = base.indexOf(from, at + 1)) {
        out.add(base.slice(0, at) + to + base.slice(at + from.length));
      }
    }
  }
  return [...out];
}

/** The known word a damaged one stands for, if exactly one reading is known. */
function readOcr(word: string, known: (w: string) => boolean): string | undefined {
  if (!/\p{L}/u.test(word) || word.length < REPAIR_MIN_LENGTH) return undefined;
  const found = new Set<string>();
  for (const form of ocrForms(word)) {
    if (/\p{N}/u.test(form)) continue;
    const stemmed = stem(form);
    if (known(stemmed)) found.add(stemmed);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Two known words run together: "connectionerror" → "connection", "error". */
function splitRun(word: string, known: (w: string) => boolean): string[] | undefined {
  if (word.length < SPLIT_MIN_PART * 2 || /\p{N}/u.test(word)) return undefined;
  let best: string[] | undefined;
  let bestShortest = 0;
  for (let cut = SPLIT_MIN_PART; cut <= word.length - SPLIT_MIN_PART; cut += 1) {
    const head = stem(word.slice(0, cut));
    const tail = stem(word.slice(cut));
    // Both halves must be known words: "outlook" is not "out" (a stopword) and "look".
    if (!known(head) || !known(tail)) continue;
    const shortest = Math.min(cut, word.length - cut);
    if (shortest > bestShortest) {
      bestShortest = shortest;
      best = [head, tail];
    }
  }
  return best;
}

/**
 * Rewrites the tokens of one line: each unknown word is joined with the next one, read as
 * screenshot text, or split in two, whichever gives known words. `known` says whether the
 * knowledge base uses a (stemmed) word.
 */
/** Per-run memory of how a damaged word was read: logs repeat their words. */
export type RepairCache = Map<string, string[]>;

/** The known words a damaged word stands for, read as screenshot text or split in two; [] if none. */
function readWord(written: string, mask: boolean, known: (w: string) => boolean): string[] {
  if (written.length > 24) return [];
  const read = readOcr(written, known);
  if (read) return [read];
  return (mask ? undefined : splitRun(written, known)) ?? [];
}

export function repairTokens(
  line: Tokens,
  known: (w: string) => boolean,
  memo: RepairCache = new Map(),
): Repaired {
  const { tokens, raw, breaks, groups, literals } = line;
  const out: Repaired = {
    tokens: [],
    groups: [],
    raw: [],
    breaks: new Set(),
    quality: [],
    literals: [],
  };
  let literal: string[] | undefined;
  let group = -1;
  let written = "";
  const push = (token: string, quality: number, startsClause: boolean) => {
    if (startsClause && out.tokens.length > 0) out.breaks.add(out.tokens.length);
    out.tokens.push(token);
    out.raw.push(written);
    out.groups.push(group);
    out.quality.push(quality);
    out.literals.push(literal);
  };
  for (let i = 0; i < tokens.length; i += 1) {
    group = groups[i] ?? -1;
    const token = tokens[i] ?? "";
    written = raw[i] ?? token;
    literal = literals[i];
    const clause = breaks.has(i);
    if (known(token) || (isMask(token) && written.startsWith("#"))) {
      push(token, 1, clause);
      continue;
    }
    const next = raw[i + 1];
    if (next !== undefined && !breaks.has(i + 1) && !(raw[i + 1] ?? "").startsWith("#")) {
      const joined = stem(written + next);
      if (known(joined) && !(known(token) && known(tokens[i + 1] ?? ""))) {
        literal = literals[i + 1];
        push(joined, REPAIR_QUALITY, clause);
        i += 1;
        continue;
      }
    }
    let parts = memo.get(written);
    if (!parts) {
      parts = readWord(written, isMask(token), known);
      memo.set(written, parts);
    }
    if (parts.length > 0) {
      const own = literal;
      parts.forEach((part, k) => {
        // A code's literal form stays on the last of the words it was read as.
        literal = k === parts.length - 1 ? own : undefined;
        push(part, REPAIR_QUALITY, clause && k === 0);
      });
      continue;
    }
    push(token, 1, clause);
  }
  return out;
}
