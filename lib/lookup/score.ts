/**
 * Scores one phrase on one line and returns the evidence: how much of it is there, how tightly,
 * in what order, and what stands around it. Deciding what the evidence is worth is `tiers.ts`.
 */
import type { LookupIndex, Phrase, PhraseKind } from "./build-index";
import { bestChain } from "./chain";
import { NOTHING_AROUND, surroundings } from "./surroundings";
import type { Fit } from "./fit";
import { isLiteral, VAR_TOKEN } from "./text";
import { MESSAGE_MIN_RECALL, NAME_MIN_RECALL, OUT_OF_ORDER_FACTOR, SPREAD_FLOOR } from "./tuning";

/** Below this recall no tier rule can make a phrase confident (see `tiers.ts`). */
const SURROUNDINGS_MIN_RECALL = Math.min(MESSAGE_MIN_RECALL, NAME_MIN_RECALL);
import { bestQuality, type SegmentView } from "./view";

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
  /** Of those, literals: a code or number the phrase names that the line does not hold. */
  missingLiterals: number;
  /**
   * All of the chain stands inside one identifier the knowledge base never uses, written as one
   * word (`ErrImageNeverPull`): its words are one unit there.
   */
  withinIdentifier: boolean;
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
  /**
   * Where the phrase, a template, fits the line whole (`fit.ts`): every literal part in order,
   * its placeholders filled; framed when it is the line's whole message in its product's line
   * format (`line-format.ts`), outframed when it is not and another template is framed where it
   * stands.
   */
  fit?: {
    start: number;
    end: number;
    specificity: number;
    placeholders: number;
    framed: boolean;
    outframed: boolean;
  };
  /** Codes that identify the phrase (`Phrase.codes`: `AADSTS50126`) standing on the line as written. */
  codes: number;
  score: number;
};

/** The evidence for `phrase` on the line, or undefined when too little of it is there. */
export function scorePhrase(
  index: LookupIndex,
  phrase: Phrase,
  view: SegmentView,
  minRecall: number,
  fit?: Fit,
): Evidence | undefined {
  let present = 0;
  let missing = 0;
  let codes = 0;
  let missingLiterals = 0;
  const { tokens, weights } = phrase;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? "";
    const quality = token === VAR_TOKEN ? (view.masked > 0 ? 1 : 0) : bestQuality(view, token);
    if (token !== VAR_TOKEN && quality === 0) {
      missing += 1;
      if (isLiteral(token)) missingLiterals += 1;
    }
    if (quality === 1 && phrase.codes.includes(token)) codes += 1;
    present += (weights[i] ?? 0) * quality;
  }
  const recall = present / phrase.total;
  if (recall < minRecall && !fit && codes === 0) return undefined;

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
    recall >= SURROUNDINGS_MIN_RECALL || fit || codes > 0
      ? surroundings(index, phrase, view, chain)
      : NOTHING_AROUND;
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
    missingLiterals,
    withinIdentifier:
      chain.positions.length > 0 &&
      (view.foreignGroup[first] ?? -1) >= 0 &&
      chain.positions.every((p) => view.foreignGroup[p] === view.foreignGroup[first]),
    opensClause: first === 0 || view.breaks.has(first),
    foreignBefore: before !== undefined && !view.breaks.has(first) && view.foreign.has(before),
    others: around.others,
    foreignOthers: around.foreignOthers,
    contextWords: around.contextWords,
    foreignOnLine: view.foreign.size,
    foreignLead: around.foreignLead,
    ...(fit
      ? {
          fit: {
            start: fit.start,
            end: fit.end,
            specificity: fit.template.specificity,
            placeholders: fit.template.placeholders,
            framed: fit.framed === true,
            outframed: fit.outframed === true,
          },
        }
      : {}),
    codes,
    score:
      recall * (SPREAD_FLOOR + (1 - SPREAD_FLOOR) * density) * (ordered ? 1 : OUT_OF_ORDER_FACTOR),
  };
}
