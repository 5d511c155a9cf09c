/**
 * Why a result matched, in words: which documented message, name or alias decided, which of its
 * words were found in the line, and how completely. Computed for the results shown, never in the
 * matching loop.
 */
import type { LookupIndex, PhraseKind } from "./build-index";
import type { Candidate } from "./line";
import { isMask, phraseTokens } from "./text";

export type WhyWord = {
  text: string;
  /** Found in the line; null for words the matcher does not weigh ("the", punctuation). */
  found: boolean | null;
};

export type Why = {
  kind: PhraseKind;
  /** The documented phrase, as the article writes it. */
  text: string;
  words: WhyWord[];
  /** How completely, in words: "all words, in order". */
  summary: string;
};

export { kindLabel } from "@/lib/kb/phrase-kind";

/** Per index and phrase: each written word with the phrase tokens it stands for. */
const wordCache = new WeakMap<LookupIndex, Map<number, { text: string; tokens: string[] }[]>>();

function wordTokens(index: LookupIndex, phraseId: number): { text: string; tokens: string[] }[] {
  let byPhrase = wordCache.get(index);
  if (!byPhrase) {
    byPhrase = new Map();
    wordCache.set(index, byPhrase);
  }
  const known = byPhrase.get(phraseId);
  if (known) return known;
  const phrase = index.phrases[phraseId];
  const out: { text: string; tokens: string[] }[] = [];
  if (!phrase) return out;
  const own = new Set(phrase.tokens);
  const tokensOf = (text: string) =>
    phraseTokens(text, phrase.kind, index.rules).filter((t) => !isMask(t));
  const split = phrase.text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < split.length; i += 1) {
    const text = split[i] ?? "";
    const tokens = tokensOf(text);
    // Two words may make one token: "isn't valid" is "invalid".
    const next = split[i + 1];
    if (next !== undefined && tokens.some((t) => !own.has(t))) {
      const pair = tokensOf(`${text} ${next}`);
      if (pair.length > 0 && pair.every((t) => own.has(t))) {
        out.push({ text, tokens: pair }, { text: next, tokens: pair });
        i += 1;
        continue;
      }
    }
    out.push({ text, tokens: tokens.filter((t) => own.has(t)) });
  }
  byPhrase.set(phraseId, out);
  return out;
}

export function explainMatch(index: LookupIndex, candidate: Candidate): Why | undefined {
  const phrase = index.phrases[candidate.phraseId];
  if (!phrase) return undefined;
  const e = candidate.evidence;
  const foundTokens = new Set(e.tokenIndex.map((i) => phrase.tokens[i] ?? ""));
  const words = wordTokens(index, candidate.phraseId).map(({ text, tokens }) => ({
    text,
    found: tokens.length === 0 ? null : tokens.every((t) => foundTokens.has(t)),
  }));
  const weighed = words.filter((w) => w.found !== null);
  const found = weighed.filter((w) => w.found).length;
  // A template that fits has its words in order, whatever values filled its placeholders.
  const ordered = e.ordered || e.fit !== undefined;
  let summary: string;
  if (found === weighed.length) {
    summary = ordered ? "all words, in order" : "all words, in another order";
    if (e.density < 1) summary += ", with other words between them";
  } else {
    summary = `${found} of ${weighed.length} words${ordered ? ", in order" : ""}`;
  }
  const whole = e.tokenIndex.reduce((sum, i) => sum + (phrase.weights[i] ?? 0), 0);
  if (e.chainWeight < whole - 1e-9) summary += ", one of them with a typo or a misread letter";
  return { kind: phrase.kind, text: phrase.text, words, summary };
}
