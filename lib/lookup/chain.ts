/** The best in-order chain of a phrase's words on a line: where the phrase was found. */
import type { Phrase } from "./build-index";
import { isMask, VAR_TOKEN } from "./text";
import type { Occurrence, SegmentView } from "./view";

/** The in-order chain of phrase tokens with the most weight, then the tightest span. */
export type Chain = { weight: number; positions: number[]; tokenIndex: number[] };

export function bestChain(phrase: Phrase, view: SegmentView): Chain {
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
