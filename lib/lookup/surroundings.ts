/**
 * What stands around a phrase on its line: foreign words leading up to it, identifiers of other
 * software, and words of the entry's own context. The tier and context rules weigh them.
 */
import type { LookupIndex, Phrase } from "./build-index";
import type { Chain } from "./chain";
import type { Evidence } from "./score";
import type { SegmentView } from "./view";

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

/** Where the words that identify the phrase start: "invalid" in "error=invalid_token". */
function coreStart(phrase: Phrase, chain: Chain, first: number): number {
  const k = chain.tokenIndex.findIndex((i) => phrase.coreMask[i]);
  return k < 0 ? first : (chain.positions[k] ?? first);
}

/**
 * Foreign words before position `first`, field labels aside, with an identifier the knowledge
 * base never uses ("JsonWebTokenError" before "invalid token") counted as one foreign word.
 */
function foreignLead(
  view: SegmentView,
  first: number,
  name: string[],
  fieldLabels: ReadonlySet<string>,
): number {
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
    else if (group < 0 && pos < first && view.foreign.has(token) && !fieldLabels.has(token))
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
  if (index.fieldLabels.has(token)) return false;
  return index.productOnly.size === 0 || index.productOnly.get(token) === index.entryProduct[entry];
}

export type Around = Pick<
  Evidence,
  "looseDensity" | "others" | "foreignOthers" | "contextWords" | "foreignLead"
>;

export const NOTHING_AROUND: Around = {
  looseDensity: 0,
  others: 0,
  foreignOthers: 0,
  contextWords: 0,
  foreignLead: 0,
};

/** What stands around a phrase's chain on the line: the evidence the tier rules weigh. */
export function surroundings(
  index: LookupIndex,
  phrase: Phrase,
  view: SegmentView,
  chain: Chain,
): Around {
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
      index.fieldLabels,
    ),
  };
}
