/**
 * One line as the matcher reads it: its tokens (repaired where the knowledge base can explain a
 * damaged word), where each known word occurs and how much it can be trusted, which words are
 * foreign to the knowledge base, and where its clauses start.
 */
import type { LookupIndex } from "./build-index";
import { type RepairCache, repairTokens } from "./repair";
import { isMask, type Tokens } from "./text";
import { TYPO_PENALTY_PER_EDIT } from "./tuning";

export type Occurrence = { pos: number; quality: number };

export type SegmentView = {
  tokens: string[];
  occurrences: Map<string, Occurrence[]>;
  /** Tokens no entry uses and no typo correction explains. */
  foreign: Set<string>;
  masked: number;
  breaks: Set<number>;
  /** Per position, the identifier it was written in when the knowledge base never uses that identifier, or -1. */
  foreignGroup: number[];
  /** The words of each such foreign identifier. */
  groupWords: Map<number, Set<string>>;
};

/** Per-run memory of typo corrections: logs repeat their words. */
export type TypoCache = Map<string, { word: string; distance: number }[]>;

export function viewSegment(
  index: LookupIndex,
  line: Tokens,
  typos: TypoCache,
  repairs?: RepairCache,
): SegmentView {
  const repaired = repairTokens(line, (w) => index.vocabulary.has(w), repairs);
  const { tokens, breaks, quality, groups } = repaired;
  const foreignGroup = groups.map((g) =>
    g >= 0 && !index.compounds.has(line.compounds[g] ?? "") ? g : -1,
  );
  const occurrences = new Map<string, Occurrence[]>();
  const add = (token: string, occurrence: Occurrence) => {
    const list = occurrences.get(token);
    if (list) list.push(occurrence);
    else occurrences.set(token, [occurrence]);
  };
  const foreign = new Set<string>();
  let masked = 0;
  tokens.forEach((token, pos) => {
    add(token, { pos, quality: quality[pos] ?? 1 });
    // A number or code may be one that a documented phrase names literally ("mysql 1045").
    for (const literal of repaired.literals[pos] ?? []) add(literal, { pos, quality: 1 });
    if (isMask(token)) {
      masked += 1;
      return;
    }
    if (index.vocabulary.has(token)) return;
    let near = typos.get(token);
    if (!near) {
      near = index.typos.near(token);
      typos.set(token, near);
    }
    if (near.length === 0) foreign.add(token);
    for (const { word, distance } of near) {
      add(word, { pos, quality: 1 - TYPO_PENALTY_PER_EDIT * distance });
    }
  });
  const groupWords = new Map<number, Set<string>>();
  foreignGroup.forEach((g, pos) => {
    if (g < 0) return;
    const words = groupWords.get(g) ?? new Set<string>();
    words.add(tokens[pos] ?? "");
    groupWords.set(g, words);
  });
  return { tokens, occurrences, foreign, masked, breaks, foreignGroup, groupWords };
}

export function bestQuality(view: SegmentView, token: string): number {
  let best = 0;
  for (const o of view.occurrences.get(token) ?? []) if (o.quality > best) best = o.quality;
  return best;
}
