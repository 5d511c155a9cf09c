/**
 * Builds the lookup index from the entry index: every name, message and alias as a phrase of
 * weighted tokens, an inverted index over each phrase's rarest tokens, and a typo index.
 */
import { TypoIndex } from "./fuzzy";
import { isMask, tokenize, VAR_TOKEN } from "./text";
import {
  ANCHOR_TOKENS_PER_PHRASE,
  RELATED_MIN_SCORE,
  TYPO_MIN_LENGTH,
  TYPO_TWO_EDITS_LENGTH,
  VAR_WEIGHT,
} from "./tuning";
import { type LookupSource, type MatchEntry, phraseTexts } from "./source";

export type PhraseKind = "name" | "message" | "alias";

export type Phrase = {
  entry: number;
  kind: PhraseKind;
  tokens: string[];
  weights: number[];
  total: number;
  /** Weight of the tokens the phrase is not indexed under: the most a segment can add beyond its anchors. */
  unanchored: number;
};

export type LookupIndex = {
  entries: MatchEntry[];
  phrases: Phrase[];
  /** Token → flat pairs of (phrase, weight of that token in the phrase), for its anchor tokens. */
  postings: Map<string, number[]>;
  /**
   * Per phrase: the anchor weight a segment must hold before the phrase is worth scoring, so the
   * hot loop reads one contiguous array instead of thousands of scattered phrase objects.
   */
  minAnchorWeight: Float64Array;
  /** Every word the knowledge base uses, in any entry's text: not foreign. */
  vocabulary: Set<string>;
  /** Per entry: words of its own description and resolution, its context. */
  context: Set<string>[];
  typos: TypoIndex;
};

export function buildLookupIndex(source: LookupSource): LookupIndex {
  const { entries } = source;
  const raw: Omit<Phrase, "weights" | "total" | "unanchored">[] = [];
  const documentFrequency = new Map<string, number>();
  const vocabulary = new Set<string>(source.vocabulary);
  const context = source.context.map((own) => new Set(own.map((i) => source.vocabulary[i] ?? "")));

  entries.forEach((entry, index) => {
    const seen = new Set<string>();
    const keys = new Set<string>();
    for (const { kind, text } of phraseTexts(entry)) {
      const tokens = tokenize(text, { template: kind === "message" });
      const key = tokens.join(" ");
      if (tokens.length === 0 || keys.has(key)) continue;
      keys.add(key);
      raw.push({ entry: index, kind, tokens });
      for (const token of tokens) seen.add(token);
    }
    for (const token of seen) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
    for (const token of seen) if (!isMask(token)) vocabulary.add(token);
  });

  const n = Math.max(entries.length, 1);
  const weight = (token: string): number =>
    token === VAR_TOKEN ? VAR_WEIGHT : Math.log(1 + n / (documentFrequency.get(token) ?? 1));

  const postings = new Map<string, number[]>();
  const phrases: Phrase[] = raw.map((p, index) => {
    const weights = p.tokens.map(weight);
    const total = weights.reduce((a, b) => a + b, 0);
    const anchors = [...new Set(p.tokens.filter((t) => t !== VAR_TOKEN))]
      .sort((a, b) => weight(b) - weight(a))
      .slice(0, ANCHOR_TOKENS_PER_PHRASE);
    let anchored = 0;
    for (const token of anchors) {
      const share = p.tokens.reduce((sum, t, i) => sum + (t === token ? (weights[i] ?? 0) : 0), 0);
      anchored += share;
      const list = postings.get(token);
      if (list) list.push(index, share);
      else postings.set(token, [index, share]);
    }
    return { ...p, weights, total, unanchored: total - anchored };
  });

  const minAnchorWeight = Float64Array.from(
    phrases,
    (p) => RELATED_MIN_SCORE * p.total - p.unanchored,
  );
  const phraseWords = new Set(phrases.flatMap((p) => p.tokens.filter((t) => !isMask(t))));
  return {
    entries,
    phrases,
    postings,
    minAnchorWeight,
    vocabulary,
    context,
    typos: new TypoIndex(phraseWords, TYPO_MIN_LENGTH, TYPO_TWO_EDITS_LENGTH),
  };
}
