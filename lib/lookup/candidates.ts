/**
 * Which phrases are worth scoring on a line: each phrase is indexed under its rarest words, and
 * only phrases whose anchor words present here could reach the related threshold are scored.
 */
import type { LookupIndex } from "./build-index";
import { bestQuality, type SegmentView } from "./view";

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

/** Ids of the phrases that could reach the related threshold on this line. */
export function candidatePhrases(index: LookupIndex, view: SegmentView): number[] {
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
  const ids: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = touched[i] ?? 0;
    if ((weights[id] ?? 0) >= (index.minAnchorWeight[id] ?? 0) - 1e-9) ids.push(id);
    weights[id] = 0;
  }
  return ids;
}
