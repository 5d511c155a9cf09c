/**
 * Scores one phrase on one line and returns the evidence: how much of it is there, how tightly,
 * in what order, and what stands around it. Deciding what the evidence is worth is `tiers.ts`.
 */
import type { LookupIndex, Phrase, PhraseKind } from "./build-index";
import { isMask, VAR_TOKEN } from "./text";
import { FIELD_LABELS, OUT_OF_ORDER_FACTOR, SPREAD_FLOOR } from "./tuning";
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
   * Foreign words before the phrase on its line, field labels ("Health:") aside: the subject
   * of a short name when it belongs to another product ("FortiClient VPN Status: Disconnected").
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
  const inChain = new Set(chain.positions);
  const others = view.tokens.filter((_, pos) => !inChain.has(pos));
  const own = index.context[phrase.entry];
  const before = view.tokens[first - 1];
  return {
    entry: phrase.entry,
    kind: phrase.kind,
    words,
    filled: view.masked > 0 ? phrase.tokens.length - words : 0,
    recall,
    positions: chain.positions,
    chainWeight: chain.weight,
    density,
    looseDensity: looseDensity(phrase, view),
    ordered,
    missing,
    opensClause: first === 0 || view.breaks.has(first),
    foreignBefore: before !== undefined && !view.breaks.has(first) && view.foreign.has(before),
    others: others.length,
    foreignOthers: others.filter((t) => view.foreign.has(t)).length,
    contextWords: new Set(others.filter((t) => own?.has(t))).size,
    foreignOnLine: view.foreign.size,
    foreignLead: view.tokens
      .slice(0, first)
      .filter((t) => view.foreign.has(t) && !FIELD_LABELS.has(t)).length,
    score:
      recall * (SPREAD_FLOOR + (1 - SPREAD_FLOOR) * density) * (ordered ? 1 : OUT_OF_ORDER_FACTOR),
  };
}
