/**
 * The product context of a whole paste, gathered once every line is read: which products the
 * paste names or vouches for, which same-named entries it prefers, and the foreign words leading
 * up to each match. `keepsMatch` (`tiers.ts`) decides from these facts; this file then groups
 * what remains into ambiguities ("Invalid token" documented for several products).
 */
import type { LookupIndex } from "./build-index";
import type { Candidate } from "./line";
import { keepsMatch } from "./tiers";
import { FOREIGN_CONTEXT_LINES, PRODUCT_WORDS_FOR_CONTEXT } from "./tuning";

/** An entry found in the paste, over all its lines. */
export type Found = {
  entry: number;
  score: number;
  line: number;
  lines: number[];
  /** The candidate on the line where it was first found in this tier. */
  first: Candidate;
  /** Where it first appeared: segment number, then token position, for paste order. */
  order: [number, number];
};

/** What the paste as a whole says about products. */
export type PasteContext = {
  /** Products named anywhere in the paste, or chosen by the reader. */
  named: Set<number>;
  /** Per product, the distinct words only its articles use, seen in the paste. */
  words: Map<number, Set<string>>;
  /** Foreign words per segment, by segment number (1-based). */
  foreign: number[];
};

/** Products the paste is about: those it names, else those its words clearly point to. */
export function productsInContext(context: PasteContext): Set<number> {
  if (context.named.size > 0) return context.named;
  let most = 0;
  for (const words of context.words.values()) most = Math.max(most, words.size);
  if (most < PRODUCT_WORDS_FOR_CONTEXT) return new Set();
  return new Set([...context.words].filter(([, w]) => w.size === most).map(([p]) => p));
}

/** Foreign words that stand before a find: earlier on its line, and on the lines above. */
function foreignLead(context: PasteContext, f: Found): number {
  let n = f.first.evidence.foreignLead;
  for (let s = f.order[0] - FOREIGN_CONTEXT_LINES; s < f.order[0]; s += 1)
    n += context.foreign[s] ?? 0;
  return n;
}

export type Placed = { matches: Found[]; demoted: Found[]; groups: number[][] };

/** Sorts the confident finds into matches, demoted ones (related at most), and ambiguities. */
export function applyContext(index: LookupIndex, context: PasteContext, found: Found[]): Placed {
  const about = productsInContext(context);
  const productOf = (f: Found) => index.entryProduct[f.entry] ?? -1;
  const generic = (f: Found) => f.first.generic;
  /**
   * Products the paste shows otherwise: a match that identifies them by itself (a long message
   * or name of theirs), or two of their errors ("startup failed: Invalid token; Invalid proxy
   * address").
   */
  const vouched = new Set(found.filter((f) => !generic(f)).map(productOf));
  const perProduct = new Map<number, number>();
  for (const f of found) perProduct.set(productOf(f), (perProduct.get(productOf(f)) ?? 0) + 1);
  for (const [product, n] of perProduct) if (n >= 2) vouched.add(product);

  /** Per core, the products whose entry of that core is vouched for or named in the paste. */
  const preferred = new Map<string, Set<number>>();
  for (const f of found) {
    const product = productOf(f);
    if (!generic(f) || !(vouched.has(product) || about.has(product))) continue;
    const set = preferred.get(f.first.core) ?? new Set<number>();
    set.add(product);
    preferred.set(f.first.core, set);
  }
  const matches: Found[] = [];
  const demoted: Found[] = [];
  for (const f of found) {
    const product = productOf(f);
    const rivals = preferred.get(f.first.core);
    const keep = keepsMatch({
      generic: generic(f),
      otherProductNamed: about.size > 0 && !about.has(product),
      rivalPreferred: rivals !== undefined && rivals.size > 0 && !rivals.has(product),
      inContext: about.has(product) || vouched.has(product),
      foreignLead: foreignLead(context, f),
      contextWords: f.first.evidence.contextWords,
    });
    (keep ? matches : demoted).push(f);
  }
  return { matches, demoted, groups: ambiguities(index, matches) };
}

/**
 * Matches of different products found with the same phrase at the same place: one ambiguity,
 * its members in a stable order (product name, then id).
 */
function ambiguities(index: LookupIndex, matches: Found[]): number[][] {
  const byPlace = new Map<string, Found[]>();
  for (const f of matches) {
    if (!f.first.shared) continue;
    const key = `${f.order[0]}|${f.first.core}`;
    const list = byPlace.get(key) ?? [];
    list.push(f);
    byPlace.set(key, list);
  }
  const name = (f: Found) => index.products[index.entryProduct[f.entry] ?? -1]?.name ?? "";
  return [...byPlace.values()]
    .filter((list) => new Set(list.map((f) => index.entryProduct[f.entry])).size > 1)
    .map((list) =>
      list
        .sort(
          (a, b) =>
            name(a).localeCompare(name(b)) ||
            (index.entries[a.entry]?.id ?? "").localeCompare(index.entries[b.entry]?.id ?? ""),
        )
        .map((f) => f.entry),
    );
}
