/**
 * One line of the paste, start to end: view it, find the phrases worth scoring, score them, judge
 * each, settle short names against the line's other matches, and remove near-twins. Also notes
 * what the line says about products: names it mentions and words only one product uses.
 */
import type { LookupIndex, Phrase } from "./build-index";
import { candidatePhrases } from "./candidates";
import { type Fit, fitsWhole, fitText, fittingTemplates } from "./fit";
import { messageSpans } from "./line-format";
import type { RepairCache } from "./repair";
import { type Evidence, scorePhrase } from "./score";
import { tokenizeDetailed } from "./text";
import { isSelfEvident, isShort, isTemplate, judge, supportedOnLine, type Verdict } from "./tiers";
import { LINE_CACHE_SIZE, RELATED_MIN_SCORE, SHORT_NAME_TOKENS, WORD_CACHE_SIZE } from "./tuning";

/** Where the core of a candidate that is not confident was found: never needed. */
const EMPTY_POSITIONS: ReadonlySet<number> = new Set();
import { pruneTwins, rank } from "./twins";
import { type SegmentView, type TypoCache, viewSegment } from "./view";

export type Candidate = {
  entry: number;
  /** Index of the deciding phrase in the lookup index. */
  phraseId: number;
  /** Evidence of the entry's best phrase on the line. */
  evidence: Evidence;
  /** Its languages, when it is a translated name. */
  langs?: string[];
  /** Its core (see `Phrase`): entries found with the same core in the same place are one ambiguity. */
  core: string;
  /** Where the core's words were found (confident candidates only). */
  corePositions: ReadonlySet<number>;
  /** Whether entries of other products document the same phrase. */
  shared: boolean;
  /** Whether the phrase is a short name whose words around it decide. */
  short: boolean;
  /**
   * Whether the phrase cannot tell its product by itself: short, shared with other products, or
   * with at most SHORT_NAME_TOKENS words left once common words and field labels are set aside
   * ("Printer status: Connection error" against the alias "status connection error").
   */
  generic: boolean;
  confident: boolean;
  /** Words covered: all of the entry's confident phrases on the line together. */
  positions: Set<number>;
};

export type LineResult = {
  candidates: Candidate[];
  /** Foreign words on the line: words no entry or product uses. */
  foreign: number;
  /** Products the line names (by name, alias or term). */
  mentioned: number[];
  /** Words on the line that only one product's articles use, with that product. */
  productWords: [string, number][];
};

const caches = new WeakMap<LookupIndex, Pick<RunCache, "typos" | "repairs">>();

/**
 * How each unknown word was corrected or repaired depends only on the word and the index, so it
 * is remembered across lookups (someone typing re-runs the lookup at each key), up to
 * WORD_CACHE_SIZE words, after which the memory starts afresh. An index whose answers grow (read
 * from shards) gets fresh memory per lookup: an answer given while a shard was missing must not
 * outlive the lookup that counted the miss.
 */
export function wordCaches(index: LookupIndex): Pick<RunCache, "typos" | "repairs"> {
  if (!index.settled) return { typos: new Map(), repairs: new Map() };
  let found = caches.get(index);
  if (!found || found.typos.size + found.repairs.size > WORD_CACHE_SIZE) {
    found = { typos: new Map(), repairs: new Map() };
    caches.set(index, found);
  }
  return found;
}

/** Per-run memory: typo corrections, and the results of lines already seen (logs repeat). */
export type RunCache = { typos: TypoCache; repairs: RepairCache; lines: Map<string, LineResult> };

const EMPTY: LineResult = { candidates: [], foreign: 0, mentioned: [], productWords: [] };

export function readLine(index: LookupIndex, text: string, cache: RunCache): LineResult {
  const line = tokenizeDetailed(text, { rules: index.rules });
  if (line.tokens.length === 0) return EMPTY;
  // Framing reads the line's header, which tokens leave out: with line formats, the text decides.
  const key =
    index.lineFormats.length > 0
      ? fitText(text)
      : `${line.raw.join(" ")}|${[...line.breaks].join(",")}`;
  const known = cache.lines.get(key);
  if (known) return known;
  const view = viewSegment(index, line, cache.typos, cache.repairs);
  const result: LineResult = {
    candidates: lineCandidates(index, view, text),
    foreign: view.foreign.size,
    mentioned: mentions(index, view),
    productWords: view.tokens.flatMap((t): [string, number][] => {
      const p = index.productOnly.get(t);
      return p === undefined ? [] : [[t, p]];
    }),
  };
  if (cache.lines.size < LINE_CACHE_SIZE) cache.lines.set(key, result);
  return result;
}

/** Products whose name, alias or term stands whole on the line. */
function mentions(index: LookupIndex, view: SegmentView): number[] {
  const found = new Set<number>();
  view.tokens.forEach((token, pos) => {
    for (const { product, tokens } of index.mentions.get(token) ?? []) {
      if (tokens.every((t, k) => view.tokens[pos + k] === t)) found.add(product);
    }
  });
  return [...found];
}

/** A scored phrase, before it becomes a candidate: most never do, so they stay this light. */
type Scored = Verdict & { id: number; phrase: Phrase; evidence: Evidence };

function toCandidate(scored: Scored): Candidate & { unsupported?: number } {
  const { id, phrase, evidence } = scored;
  const verdict = scored;
  const short = isShort(evidence);
  return {
    entry: phrase.entry,
    phraseId: id,
    evidence,
    langs: phrase.langs,
    core: phrase.core,
    corePositions: verdict.confident
      ? new Set(evidence.positions.filter((_, k) => phrase.coreMask[evidence.tokenIndex[k] ?? -1]))
      : EMPTY_POSITIONS,
    shared: phrase.shared,
    short,
    generic: isSelfEvident(evidence)
      ? false
      : short || phrase.shared || (!isTemplate(evidence) && phrase.coreWords <= SHORT_NAME_TOKENS),
    confident: verdict.confident,
    unsupported: verdict.unsupported,
    positions: new Set(evidence.positions),
  };
}

/**
 * The phrases worth scoring on a line: those whose rarest words are there (`candidates.ts`), every
 * template that fits the line (framed when it is the whole message of a line in its product's
 * format: `line-format.ts`), and every phrase that names a code the line holds.
 */
function phrasesToScore(
  index: LookupIndex,
  view: SegmentView,
  text: string,
): Map<number, Fit | undefined> {
  const ids = new Map<number, Fit | undefined>();
  for (const id of candidatePhrases(index, view)) ids.set(id, undefined);
  for (const fit of framedFits(index, text)) ids.set(fit.template.phrase, fit);
  for (const token of view.occurrences.keys()) {
    for (const id of index.codes.get(token) ?? []) if (!ids.has(id)) ids.set(id, undefined);
  }
  return ids;
}

/**
 * The templates that fit the line, each framed when it is the line's whole message in a line
 * format of its own product, or outframed when another template is framed where it stands.
 */
function framedFits(index: LookupIndex, text: string): Fit[] {
  const fits = fittingTemplates(index.templates, text);
  const spans = fits.length > 0 ? messageSpans(index.lineFormats, fitText(text)) : [];
  if (spans.length === 0) return fits;
  const line = fitText(text);
  // A framed fit stands where the message does (its leftmost fit may be in the header).
  const placed = fits.map((fit): Fit => {
    const product = index.entryProduct[index.phrases[fit.template.phrase]?.entry ?? -1];
    const span = spans.find(
      (s) => s.product === product && fitsWhole(fit.template, line.slice(s.start, s.end)),
    );
    return span ? { ...fit, start: span.start, end: span.end, framed: true } : fit;
  });
  const overlaps = (a: Fit, b: Fit) => a.start < b.end && b.start < a.end;
  return placed.map((fit) =>
    !fit.framed && placed.some((other) => other.framed && overlaps(fit, other))
      ? { ...fit, outframed: true }
      : fit,
  );
}

function lineCandidates(index: LookupIndex, view: SegmentView, text: string): Candidate[] {
  const bestScored = new Map<number, Scored>();
  /** Positions covered by all of an entry's confident phrases: its name and its message together. */
  const covered = new Map<number, Set<number>>();
  for (const [id, fit] of phrasesToScore(index, view, text)) {
    const phrase = index.phrases[id];
    if (!phrase) continue;
    const evidence = scorePhrase(index, phrase, view, RELATED_MIN_SCORE, fit);
    if (!evidence) continue;
    const verdict = judge(evidence);
    const scored: Scored = {
      confident: verdict.confident,
      unsupported: verdict.unsupported,
      id,
      phrase,
      evidence,
    };
    if (scored.confident) {
      const union = covered.get(phrase.entry) ?? new Set<number>();
      for (const p of evidence.positions) union.add(p);
      covered.set(phrase.entry, union);
    }
    const current = bestScored.get(phrase.entry);
    if (!current || rank(scored, current) < 0) bestScored.set(phrase.entry, scored);
  }
  const bestByEntry = new Map([...bestScored].map(([entry, s]) => [entry, toCandidate(s)]));
  // A whole short name's foreign words may be explained by the other matches on the line.
  const explained = new Set<number>();
  for (const c of bestByEntry.values())
    if (c.confident) for (const p of c.positions) explained.add(p);
  for (const c of bestByEntry.values()) {
    if (c.confident || c.unsupported === undefined) continue;
    let support = 0;
    for (const p of explained) if (!c.positions.has(p)) support += 1;
    c.confident = supportedOnLine(c, support);
  }
  for (const c of bestByEntry.values()) {
    const union = c.confident ? covered.get(c.entry) : undefined;
    if (union) c.positions = union;
  }
  return pruneTwins([...bestByEntry.values()]);
}
