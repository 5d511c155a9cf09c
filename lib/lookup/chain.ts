/** The best in-order chain of a phrase's words on a line: where the phrase was found. */
import type { Phrase } from "./build-index";
import { isMask, VAR_TOKEN } from "./text";
import type { Occurrence, SegmentView } from "./view";

/** The in-order chain of phrase tokens with the most weight, then the tightest span. */
export type Chain = { weight: number; positions: number[]; tokenIndex: number[] };

export function bestChain(phrase: Phrase, view: SegmentView): Chain {
  const { tokens } = phrase;
  // One pair of scratch arrays for every start tried; only the best chain is copied out.
  const positions: number[] = [];
  const tokenIndex: number[] = [];
  let bestWeight = 0;
  let bestSpan = 0;
  let best: Chain = { weight: 0, positions: [], tokenIndex: [] };
  for (let start = 0; start < tokens.length; start += 1) {
    const first = tokens[start] ?? "";
    if (first === VAR_TOKEN) continue;
    for (const occurrence of view.occurrences.get(first) ?? []) {
      let weight = (phrase.weights[start] ?? 0) * occurrence.quality;
      positions.length = 0;
      tokenIndex.length = 0;
      positions.push(occurrence.pos);
      tokenIndex.push(start);
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
      const span = prev - occurrence.pos;
      if (weight > bestWeight + 1e-9 || (Math.abs(weight - bestWeight) < 1e-9 && span < bestSpan)) {
        bestWeight = weight;
        bestSpan = span;
        best = { weight, positions: positions.slice(), tokenIndex: tokenIndex.slice() };
      }
    }
  }
  return best;
}
