/**
 * The lookup: paste in, documented entries out, in two tiers. See ARCHITECTURE.md for the design
 * and tuning.ts for every threshold.
 */
import type { LookupIndex, Phrase, PhraseKind } from "./build-index";
import { SegmentReader } from "./segment";
import { isMask, tokenizeDetailed, VAR_TOKEN } from "./text";
import {
  LONG_NAME_MIN_DENSITY,
  MAX_RELATED,
  MAX_LINES,
  MESSAGE_MIN_DENSITY,
  MESSAGE_MAX_MISSING_SHARE,
  MESSAGE_MIN_RECALL,
  MESSAGE_REORDERED_MIN_RECALL,
  MESSAGE_MIN_TOKENS,
  NAME_MIN_RECALL,
  OUT_OF_ORDER_FACTOR,
  RELATED_MIN_SCORE,
  SHORT_NAME_FOREIGN_ALLOWANCE,
  SHORT_NAME_MAX_FOREIGN_SHARE,
  SHORT_NAME_TOKENS,
  SPREAD_FLOOR,
  TYPO_PENALTY_PER_EDIT,
} from "./tuning";
import type { MatchEntry } from "./source";

export type Tier = "match" | "related";

export type LookupHit = {
  entry: MatchEntry;
  tier: Tier;
  /**
   * Confidence, 0–1. Matches score above 0.5 and related entries at most 0.5, so a score never
   * overstates its tier: how much of the entry's phrase was found, and how tightly, mapped into it.
   */
  score: number;
  /** First line of the paste where the entry was found (1-based). */
  line: number;
  /** Every line where it was found. */
  lines: number[];
  /** Which of the entry's phrases decided: its name, a documented message, or an alias. */
  via: PhraseKind;
};

export type LookupResult = {
  matches: LookupHit[];
  related: LookupHit[];
  /** Lines of the paste that were looked at, and in all. */
  linesRead: number;
  linesTotal: number;
};

type Occurrence = { pos: number; quality: number };

type Candidate = {
  entry: number;
  kind: PhraseKind;
  confident: boolean;
  score: number;
  weight: number;
  positions: Set<number>;
  /**
   * For a short name not yet confident: how many foreign words lack support, and the name's
   * tokens. Words that other confident matches on the line explain count as support.
   */
  shortName?: { unsupported: number; settled: boolean };
};

type SegmentView = {
  tokens: string[];
  occurrences: Map<string, Occurrence[]>;
  /** Tokens no entry uses and no typo correction explains. */
  foreign: Set<string>;
  masked: number;
  breaks: Set<number>;
};

/** Per-run memory: typo corrections and the candidates of lines already seen (logs repeat). */
export type RunCache = {
  typos: Map<string, { word: string; distance: number }[]>;
  segments: Map<string, Candidate[]>;
};

/** Reusable accumulators, one pair per index: lookups run one at a time on a thread. */
const scratch = new WeakMap<LookupIndex, { weights: Float64Array; touched: Int32Array }>();

function scratchFor(index: LookupIndex): { weights: Float64Array; touched: Int32Array } {
  let found = scratch.get(index);
  if (!found) {
    found = {
      weights: new Float64Array(index.phrases.length),
      touched: new Int32Array(index.phrases.length),
    };
    scratch.set(index, found);
  }
  return found;
}

/** Lines whose candidates are remembered, at most; beyond it, lines are simply recomputed. */
const SEGMENT_CACHE_LIMIT = 5000;

function viewSegment(
  index: LookupIndex,
  tokens: string[],
  breaks: Set<number>,
  cache: RunCache,
): SegmentView {
  const occurrences = new Map<string, Occurrence[]>();
  const add = (token: string, occurrence: Occurrence) => {
    const list = occurrences.get(token);
    if (list) list.push(occurrence);
    else occurrences.set(token, [occurrence]);
  };
  const corrections = cache.typos;
  const foreign = new Set<string>();
  let masked = 0;
  tokens.forEach((token, pos) => {
    add(token, { pos, quality: 1 });
    if (isMask(token)) {
      masked += 1;
      return;
    }
    if (index.vocabulary.has(token)) return;
    let near = corrections.get(token);
    if (!near) {
      near = index.typos.near(token);
      corrections.set(token, near);
    }
    if (near.length === 0) foreign.add(token);
    for (const { word, distance } of near) {
      add(word, { pos, quality: 1 - TYPO_PENALTY_PER_EDIT * distance });
    }
  });
  return { tokens, occurrences, foreign, masked, breaks };
}

/** Share of the window spanned by the phrase's words (first occurrences) that they fill. */
function presentDensity(phrase: Phrase, view: SegmentView): number {
  const positions = new Set<number>();
  for (const token of phrase.tokens) {
    const first = view.occurrences.get(token)?.[0];
    if (first) positions.add(first.pos);
  }
  if (positions.size === 0) return 0;
  const sorted = [...positions].sort((a, b) => a - b);
  return sorted.length / ((sorted.at(-1) ?? 0) - (sorted[0] ?? 0) + 1);
}

function bestQuality(view: SegmentView, token: string): number {
  let best = 0;
  for (const o of view.occurrences.get(token) ?? []) if (o.quality > best) best = o.quality;
  return best;
}

/** The in-order chain of phrase tokens with the most weight, then the tightest span. */
function bestChain(phrase: Phrase, view: SegmentView): { weight: number; positions: number[] } {
  const none: number[] = [];
  let best = { weight: 0, positions: none };
  const { tokens } = phrase;
  for (let start = 0; start < tokens.length; start += 1) {
    const first = tokens[start] ?? "";
    if (first === VAR_TOKEN) continue;
    for (const occurrence of view.occurrences.get(first) ?? []) {
      let weight = (phrase.weights[start] ?? 0) * occurrence.quality;
      const positions = [occurrence.pos];
      let prev = occurrence.pos;
      for (let i = start + 1; i < tokens.length; i += 1) {
        const token = tokens[i] ?? "";
        if (token === VAR_TOKEN) {
          const next = view.tokens[prev + 1];
          if (next !== undefined && isMask(next)) {
            prev += 1;
            positions.push(prev);
            weight += phrase.weights[i] ?? 0;
          }
          continue;
        }
        let pick: Occurrence | undefined;
        for (const o of view.occurrences.get(token) ?? []) {
          if (o.pos > prev && (!pick || o.pos < pick.pos)) pick = o;
        }
        if (pick) {
          prev = pick.pos;
          positions.push(pick.pos);
          weight += (phrase.weights[i] ?? 0) * pick.quality;
        }
      }
      const span = (positions.at(-1) ?? 0) - (positions[0] ?? 0);
      const bestSpan = (best.positions.at(-1) ?? 0) - (best.positions[0] ?? 0);
      if (
        weight > best.weight + 1e-9 ||
        (Math.abs(weight - best.weight) < 1e-9 && span < bestSpan)
      ) {
        best = { weight, positions };
      }
    }
  }
  return best;
}

/**
 * Whether a foreign word stands right before position `first`, in the same clause, and so
 * modifies what follows: "WiFi disconnected", "The VPN agent has been disconnected".
 */
function foreignModifier(view: SegmentView, first: number): boolean {
  const before = view.tokens[first - 1];
  return before !== undefined && !view.breaks.has(first) && view.foreign.has(before);
}

/**
 * A short name ("Disconnected", "Invalid token") is only as good as the words around it. A
 * foreign word right before it is a modifier that changes the subject ("WiFi disconnected",
 * "database connection error"): never confident. It is confident when it stands as a clause of
 * its own ("Status: Disconnected", or a cell of a tab- or pipe-separated row), when foreign words are few
 * relative to the line, or when the entry's own context words and
 * other matches on the line support it (settled in segmentCandidates).
 */
function judgeShortName(
  index: LookupIndex,
  phrase: Phrase,
  view: SegmentView,
  positions: number[],
): NonNullable<Candidate["shortName"]> {
  const first = positions[0] ?? 0;
  // Opening a clause ("Status: Disconnected", "agent - Invalid token: expired", a table cell),
  // the name is the subject, not something a foreign word modifies.
  if (first === 0 || view.breaks.has(first)) return { unsupported: 0, settled: true };
  if (foreignModifier(view, first))
    return { unsupported: Number.POSITIVE_INFINITY, settled: false };
  const inChain = new Set(positions);
  const others = view.tokens.filter((_, pos) => !inChain.has(pos));
  const foreign = others.filter((t) => view.foreign.has(t)).length;
  if (
    others.length > 0 &&
    foreign / others.length <= SHORT_NAME_MAX_FOREIGN_SHARE &&
    foreign < others.length
  ) {
    return { unsupported: 0, settled: true };
  }
  const own = index.context[phrase.entry];
  const contextWords = new Set(others.filter((t) => own?.has(t))).size;
  const unsupported = view.foreign.size - SHORT_NAME_FOREIGN_ALLOWANCE - contextWords;
  return { unsupported, settled: unsupported <= 0 };
}

function evaluate(index: LookupIndex, phrase: Phrase, view: SegmentView): Candidate | undefined {
  let present = 0;
  phrase.tokens.forEach((token, i) => {
    present +=
      (phrase.weights[i] ?? 0) *
      (token === VAR_TOKEN ? (view.masked > 0 ? 1 : 0) : bestQuality(view, token));
  });
  const recall = present / phrase.total;
  if (recall < RELATED_MIN_SCORE) return undefined;

  const chain = bestChain(phrase, view);
  const span = (chain.positions.at(-1) ?? 0) - (chain.positions[0] ?? 0) + 1;
  const density = chain.positions.length / span;
  const ordered = chain.weight >= present - 1e-9;
  const score =
    recall * (SPREAD_FLOOR + (1 - SPREAD_FLOOR) * density) * (ordered ? 1 : OUT_OF_ORDER_FACTOR);

  const words = phrase.tokens.filter((t) => t !== VAR_TOKEN).length;
  let confident: boolean;
  let shortName: Candidate["shortName"];
  if (phrase.kind === "message" && words >= MESSAGE_MIN_TOKENS) {
    let missing = 0;
    for (const token of phrase.tokens)
      if (token !== VAR_TOKEN && bestQuality(view, token) === 0) missing += 1;
    const close =
      (ordered && recall >= MESSAGE_MIN_RECALL && density >= MESSAGE_MIN_DENSITY) ||
      (recall >= MESSAGE_REORDERED_MIN_RECALL &&
        presentDensity(phrase, view) >= MESSAGE_MIN_DENSITY);
    // A placeholder filled by a value in the line ("for more than 48 hours") confirms the
    // template as much as a word does, so it counts among the words a missing one is weighed
    // against, unless a foreign word took the missing one's place ("The VPN agent has been…").
    const filled = view.masked > 0 ? phrase.tokens.length - words : 0;
    confident =
      close &&
      (missing <= Math.floor(words * MESSAGE_MAX_MISSING_SHARE) ||
        (missing <= Math.floor((words + filled) * MESSAGE_MAX_MISSING_SHARE) &&
          !foreignModifier(view, chain.positions[0] ?? 0)));
  } else {
    const minDensity = words <= SHORT_NAME_TOKENS ? 1 : LONG_NAME_MIN_DENSITY;
    confident = ordered && recall >= NAME_MIN_RECALL && density >= minDensity;
    if (confident && words <= SHORT_NAME_TOKENS) {
      confident = false;
      shortName = judgeShortName(index, phrase, view, chain.positions);
    }
  }
  return {
    entry: phrase.entry,
    kind: phrase.kind,
    confident: confident || Boolean(shortName?.settled),
    score,
    weight: chain.weight,
    positions: new Set(chain.positions),
    shortName,
  };
}

function isSubset(a: Set<number>, b: Set<number>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Candidates of one segment: the best phrase per entry, near-twins resolved. */
function segmentCandidates(index: LookupIndex, text: string, cache: RunCache): Candidate[] {
  const { tokens, breaks } = tokenizeDetailed(text);
  if (tokens.length === 0) return [];
  const key = `${tokens.join(" ")}|${[...breaks].join(",")}`;
  const known = cache.segments.get(key);
  if (known) return known;
  const candidates = computeCandidates(index, tokens, breaks, cache);
  if (cache.segments.size < SEGMENT_CACHE_LIMIT) cache.segments.set(key, candidates);
  return candidates;
}

function computeCandidates(
  index: LookupIndex,
  tokens: string[],
  breaks: Set<number>,
  cache: RunCache,
): Candidate[] {
  const view = viewSegment(index, tokens, breaks, cache);
  // Accumulate each phrase's anchor weight present here; skip phrases that cannot reach the
  // related threshold even if every other word of theirs were present.
  const { weights, touched } = scratchFor(index);
  let count = 0;
  for (const token of view.occurrences.keys()) {
    const list = index.postings.get(token);
    if (!list) continue;
    const quality = bestQuality(view, token);
    for (let i = 0; i < list.length; i += 2) {
      const id = list[i] ?? 0;
      if (weights[id] === 0) touched[count++] = id;
      weights[id] = (weights[id] ?? 0) + (list[i + 1] ?? 0) * quality + 1e-12;
    }
  }
  const phraseIds: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = touched[i] ?? 0;
    if ((weights[id] ?? 0) >= (index.minAnchorWeight[id] ?? 0) - 1e-9) phraseIds.push(id);
    weights[id] = 0;
  }
  const bestByEntry = new Map<number, Candidate>();
  /** Positions covered by all of an entry's confident phrases: its name and its message together. */
  const coveredByEntry = new Map<number, Set<number>>();
  for (const id of phraseIds) {
    const phrase = index.phrases[id];
    if (!phrase) continue;
    const candidate = evaluate(index, phrase, view);
    if (!candidate) continue;
    if (candidate.confident) {
      const union = coveredByEntry.get(candidate.entry) ?? new Set<number>();
      for (const p of candidate.positions) union.add(p);
      coveredByEntry.set(candidate.entry, union);
    }
    const current = bestByEntry.get(candidate.entry);
    if (!current || rank(candidate, current) < 0) bestByEntry.set(candidate.entry, candidate);
  }
  const explained = new Set<number>();
  for (const c of bestByEntry.values())
    if (c.confident) for (const p of c.positions) explained.add(p);
  for (const c of bestByEntry.values()) {
    if (c.confident || !c.shortName) continue;
    let support = 0;
    for (const p of explained) if (!c.positions.has(p)) support += 1;
    c.confident = c.shortName.unsupported <= support;
  }
  for (const c of bestByEntry.values()) {
    const covered = c.confident ? coveredByEntry.get(c.entry) : undefined;
    if (covered) c.positions = covered;
  }
  const sorted = [...bestByEntry.values()].sort(rank);
  let kept: Candidate[] = [];
  let related = 0;
  for (const candidate of sorted) {
    // A candidate whose words all belong to another is its near-twin, and loses, whichever scored
    // higher: "Connection error" inside "Data server connection error", the status
    // "Disconnected" inside "has been disconnected for more than twelve hours".
    if (kept.some((k) => isSubset(candidate.positions, k.positions))) continue;
    if (candidate.confident) {
      kept = kept.filter(
        (k) =>
          !(
            isSubset(k.positions, candidate.positions) &&
            k.positions.size < candidate.positions.size
          ),
      );
    }
    if (!candidate.confident && ++related > MAX_RELATED) break;
    kept.push(candidate);
  }
  return kept;
}

/** Confident first, then higher score, then more matched weight (the more specific phrase). */
function rank(a: Candidate, b: Candidate): number {
  return Number(b.confident) - Number(a.confident) || b.score - a.score || b.weight - a.weight;
}

type Found = {
  entry: number;
  score: number;
  line: number;
  lines: number[];
  via: PhraseKind;
  /** Where it first appeared: segment number, then token position, for paste order. */
  order: [number, number];
};

function collect(
  into: Map<number, Found>,
  candidate: Candidate,
  line: number,
  segment: number,
): void {
  const found = into.get(candidate.entry);
  if (!found) {
    into.set(candidate.entry, {
      entry: candidate.entry,
      score: candidate.score,
      line,
      lines: [line],
      via: candidate.kind,
      order: [segment, Math.min(...candidate.positions)],
    });
    return;
  }
  if (found.lines.at(-1) !== line) found.lines.push(line);
  if (candidate.score > found.score) {
    found.score = candidate.score;
    found.via = candidate.kind;
  }
}

/** A lookup that can run in slices, so a page stays responsive on a huge paste. */
export class LookupRun {
  private readonly reader: SegmentReader;
  private finished = false;
  private segmentsRead = 0;
  private linesTotal: number | undefined;
  private readonly matches = new Map<number, Found>();
  private readonly related = new Map<number, Found>();
  private readonly cache: RunCache = { typos: new Map(), segments: new Map() };

  constructor(
    private readonly index: LookupIndex,
    text: string,
    maxLines = MAX_LINES,
  ) {
    this.reader = new SegmentReader(text, maxLines);
  }

  get done(): boolean {
    return this.finished;
  }

  /** Works until `deadline` (a `performance.now()` time) or the end; returns whether it is done. */
  step(deadline = Number.POSITIVE_INFINITY): boolean {
    while (!this.finished) {
      const segment = this.reader.next();
      if (!segment) {
        this.finished = true;
        break;
      }
      this.segmentsRead += 1;
      for (const candidate of segmentCandidates(this.index, segment.text, this.cache)) {
        collect(
          candidate.confident ? this.matches : this.related,
          candidate,
          segment.line,
          this.segmentsRead,
        );
      }
      if ((this.segmentsRead & 15) === 0 && performance.now() >= deadline) break;
    }
    return this.finished;
  }

  result(): LookupResult {
    const byPaste = (a: Found, b: Found) =>
      a.order[0] - b.order[0] || a.order[1] - b.order[1] || b.score - a.score;
    const toHit = (found: Found, tier: Tier): LookupHit | undefined => {
      const entry = this.index.entries[found.entry];
      return entry
        ? {
            entry,
            tier,
            score: Math.round(((tier === "match" ? 1 : 0) + found.score) * 500) / 1000,
            line: found.line,
            lines: found.lines,
            via: found.via,
          }
        : undefined;
    };
    const matches = [...this.matches.values()]
      .sort(byPaste)
      .map((f) => toHit(f, "match"))
      .filter((h): h is LookupHit => h !== undefined);
    const related = [...this.related.values()]
      .filter((f) => !this.matches.has(f.entry))
      .sort((a, b) => b.score - a.score)
      .slice(0, MAX_RELATED)
      .sort(byPaste)
      .map((f) => toHit(f, "related"))
      .filter((h): h is LookupHit => h !== undefined);
    const linesRead = this.reader.linesRead;
    if (this.finished) this.linesTotal ??= this.reader.countLines();
    return { matches, related, linesRead, linesTotal: this.linesTotal ?? linesRead };
  }
}

/** Looks up a whole paste at once. */
export function lookup(index: LookupIndex, text: string): LookupResult {
  const run = new LookupRun(index, text);
  run.step();
  return run.result();
}
