/**
 * Scores one phrase on one line and returns the evidence: how much of it is there, how tightly,
 * in what order, and what stands around it. Deciding what the evidence is worth is `tiers.ts`.
 */
import type { LookupIndex, Phrase, PhraseKind } from "./build-index";
import { isMask, VAR_TOKEN } from "./text";
import {
  FIELD_LABELS,
  MESSAGE_MIN_RECALL,
  NAME_MIN_RECALL,
  OUT_OF_ORDER_FACTOR,
  SPREAD_FLOOR,
} from "./tuning";

/** Below this recall no tier rule can make a phrase confident (see `tiers.ts`). */
const SURROUNDINGS_MIN_RECALL = Math.min(MESSAGE_MIN_RECALL, NAME_MIN_RECALL);
import { bestQuality, type Occurrence, type SegmentView } from "./view";

export type Evidence = {
  entry: number;
  kind: PhraseKind;
  /** Words of the phrase, placeholders not counted. */
  words: number;
  /** Placeholders of the phrase, when the line holds a value that can fill one. */
  filled: number;
  /** Share of the phrase's weighted words present, typos and repairs discounted. */
  recall: number;
  /** Positions of the best in-order chain of the phrase's words. */
  positions: number[];
  /** For each of those positions, the index of the phrase's word found there. */
  tokenIndex: number[];
  /** Weight of that chain. */
  chainWeight: number;
  /** Chain positions / the window they span: 1 when adjacent. */
  density: number;
  /** The same, for the first occurrences of every present word, in any order. */
  looseDensity: number;
  /** Whether the chain holds every present word, so they are in the documented order. */
  ordered: boolean;
  /** Words of the phrase absent from the line. */
  missing: number;
  /** The phrase starts the line or a clause of it ("Status: Disconnected"). */
  opensClause: boolean;
  /** A foreign word stands right before it in the same clause ("WiFi disconnected"). */
  foreignBefore: boolean;
  /** Tokens of the line outside the chain, and how many of them are foreign. */
  others: number;
  foreignOthers: number;
  /** Distinct words outside the chain that the entry's own description and steps use. */
  contextWords: number;
  /** Foreign words on the whole line. */
  foreignOnLine: number;
  /**
   * Foreign words before the phrase on its line, field labels ("Health:") aside, and identifiers
   * foreign to the knowledge base anywhere on it: the subject of a short name when it belongs to
   * another product ("FortiClient VPN Status: Disconnected", "JsonWebTokenError: invalid token").
   */
  foreignLead: number;
  score: number;
};

function looseDensity(phrase: Phrase, view: SegmentView): number {
  const positions = new Set<number>();
  for (const token of phrase.tokens) {
    const first = view.occurrences.get(token)?.[0];
    if (first) positions.add(first.pos);
  }
  if (positions.size === 0) return 0;
  const sorted = [...positions].sort((a, b) => a - b);
  return sorted.length / ((sorted.at(-1) ?? 0) - (sorted[0] ?? 0) + 1);
}

/** The in-order chain of phrase tokens with the most weight, then the tightest span. */
type Chain = { weight: number; positions: number[]; tokenIndex: number[] };

function bestChain(phrase: Phrase, view: SegmentView): Chain {
  let best: Chain = { weight: 0, positions: [], tokenIndex: [] };
  const { tokens } = phrase;
  for (let start = 0; start < tokens.length; start += 1) {
    const first = tokens[start] ?? "";
    if (first === VAR_TOKEN) continue;
    for (const occurrence of view.occurrences.get(first) ?? []) {
      let weight = (phrase.weights[start] ?? 0) * occurrence.quality;
      const positions = [occurrence.pos];
      const tokenIndex = [start];
      let prev = occurrence.pos;
      for (let i = start + 1; i < tokens.length; i += 1) {
        const token = tokens[i] ?? "";
        if (token === VAR_TOKEN) {
          const next = view.tokens[prev + 1];
          if (next !== undefined && isMask(next)) {
            prev += 1;
            positions.push(prev);
            tokenIndex.push(i);
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
          tokenIndex.push(i);
          weight += (phrase.weights[i] ?? 0) * pick.quality;
        }
      }
      const span = (positions.at(-1) ?? 0) - (positions[0] ?? 0);
      const bestSpan = (best.positions.at(-1) ?? 0) - (best.positions[0] ?? 0);
      if (
        weight > best.weight + 1e-9 ||
        (Math.abs(weight - best.weight) < 1e-9 && span < bestSpan)
      ) {
        best = { weight, positions, tokenIndex };
      }
    }
  }
  return best;
}

/** Where the words that identify the phrase start: "invalid" in "error=invalid_token". */
function coreStart(phrase: Phrase, chain: Chain, first: number): number {
  const k = chain.tokenIndex.findIndex((i) => phrase.coreMask[i]);
  return k < 0 ? first : (chain.positions[k] ?? first);
}

/**
 * Foreign words before position `first`, field labels aside, with an identifier the knowledge
 * base never uses ("JsonWebTokenError" before "invalid token") counted as one foreign word.
 */
function foreignLead(view: SegmentView, first: number, name: string[]): number {
  const inside = view.foreignGroup[first] ?? -1;
  // An identifier made of the entry's own name is the entry's, not foreign: "InvalidTokenException".
  const named = new Set<number>();
  for (const [g, words] of view.groupWords)
    if (name.length > 0 && name.every((t) => words.has(t))) named.add(g);
  const groups = new Set<number>();
  let words = 0;
  view.tokens.forEach((token, pos) => {
    const group = view.foreignGroup[pos] ?? -1;
    // An identifier of other software's code says whose error it is wherever it stands:
    // `{"error":"invalid_token","error_description":…}`.
    if (group >= 0 && group !== inside && !named.has(group)) groups.add(group);
    else if (group < 0 && pos < first && view.foreign.has(token) && !FIELD_LABELS.has(token))
      words += 1;
  });
  return words + groups.size;
}

/**
 * Whether a word of the entry's own context says something about the entry: not a field label
 * ("status"), and, where several products share the knowledge base, a word only the entry's
 * product uses ("enrollment" says Wazuh; "date" says nothing).
 */
function ownsWord(index: LookupIndex, entry: number, token: string): boolean {
  if (FIELD_LABELS.has(token)) return false;
  return index.productOnly.size === 0 || index.productOnly.get(token) === index.entryProduct[entry];
}

type Around = Pick<
  Evidence,
  "looseDensity" | "others" | "foreignOthers" | "contextWords" | "foreignLead"
>;

const NOTHING_AROUND: Around = {
  looseDensity: 0,
  others: 0,
  foreignOthers: 0,
  contextWords: 0,
  foreignLead: 0,
};

/** What stands around a phrase's chain on the line: the evidence the tier rules weigh. */
function surroundings(index: LookupIndex, phrase: Phrase, view: SegmentView, chain: Chain): Around {
  const inChain = new Set(chain.positions);
  const first = chain.positions[0] ?? 0;
  const own = index.context[phrase.entry];
  let others = 0;
  let foreignOthers = 0;
  const context = new Set<string>();
  view.tokens.forEach((t, pos) => {
    if (inChain.has(pos)) return;
    others += 1;
    if (view.foreign.has(t)) foreignOthers += 1;
    if (
      own?.has(t) &&
      !phrase.tokens.includes(t) &&
      (view.foreignGroup[pos] ?? -1) < 0 &&
      ownsWord(index, phrase.entry, t)
    )
      context.add(t);
  });
  return {
    looseDensity: looseDensity(phrase, view),
    others,
    foreignOthers,
    contextWords: context.size,
    foreignLead: foreignLead(
      view,
      coreStart(phrase, chain, first),
      index.entryNames[phrase.entry] ?? [],
    ),
  };
}

/** The evidence for `phrase` on the line, or undefined when too little of it is there. */
export function scorePhrase(
  index: LookupIndex,
  phrase: Phrase,
  view: SegmentView,
  minRecall: number,
): Evidence | undefined {
  let present = 0;
  let missing = 0;
  phrase.tokens.forEach((token, i) => {
    const quality = token === VAR_TOKEN ? (view.masked > 0 ? 1 : 0) : bestQuality(view, token);
    if (token !== VAR_TOKEN && quality === 0) missing += 1;
    present += (phrase.weights[i] ?? 0) * quality;
  });
  const recall = present / phrase.total;
  if (recall < minRecall) return undefined;

  const chain = bestChain(phrase, view);
  const first = chain.positions[0] ?? 0;
  const span = (chain.positions.at(-1) ?? 0) - first + 1;
  const density = chain.positions.length / span;
  const ordered = chain.weight >= present - 1e-9;
  const words = phrase.tokens.filter((t) => t !== VAR_TOKEN).length;
  const before = view.tokens[first - 1];
  // What stands around the phrase matters only to a phrase that could be confident; the rest
  // are related at most, and skipping this keeps a long log fast.
  const around =
    recall >= SURROUNDINGS_MIN_RECALL ? surroundings(index, phrase, view, chain) : NOTHING_AROUND;
  return {
    entry: phrase.entry,
    kind: phrase.kind,
    words,
    filled: view.masked > 0 ? phrase.tokens.length - words : 0,
    recall,
    positions: chain.positions,
    tokenIndex: chain.tokenIndex,
    chainWeight: chain.weight,
    density,
    looseDensity: around.looseDensity,
    ordered,
    missing,
    opensClause: first === 0 || view.breaks.has(first),
    foreignBefore: before !== undefined && !view.breaks.has(first) && view.foreign.has(before),
    others: around.others,
    foreignOthers: around.foreignOthers,
    contextWords: around.contextWords,
    foreignOnLine: view.foreign.size,
    foreignLead: around.foreignLead,
    score:
      recall * (SPREAD_FLOOR + (1 - SPREAD_FLOOR) * density) * (ordered ? 1 : OUT_OF_ORDER_FACTOR),
  };
}
