/**
 * The lookup: paste in, documented entries out, in two tiers. Reads the paste line by line (in
 * slices, so a page stays responsive), collects each entry once with every line it was found on,
 * then applies the product context of the whole paste. See ARCHITECTURE.md.
 */
import type { LookupIndex, PhraseKind } from "./build-index";
import { applyContext, type Found, type PasteContext } from "./context";
import { type Candidate, readLine, type RunCache, wordCaches } from "./line";
import { SegmentReader } from "./segment";
import { explainMatch, type Why } from "./why";
import type { MatchEntry } from "./source";
import { type LifecycleNote, type Surface, surfaceOf } from "./types";
import { MAX_LINES, MAX_RELATED } from "./tuning";

export type Tier = "match" | "related";

export type LookupHit = {
  entry: MatchEntry;
  /** Name of the entry's product. */
  product: string;
  /** Where the entry appears, as its product labels that surface. */
  surface: Surface;
  tier: Tier;
  /**
   * Confidence, 0–1. Matches score above 0.5 and related entries at most 0.5, so a score never
   * overstates its tier: how much of the entry's phrase was found, and how tightly, mapped into it.
   */
  score: number;
  /** First line of the paste where the entry was found (1-based). */
  line: number;
  /** Every line where it was found. */
  lines: number[];
  /** Which of the entry's phrases decided: its name, a documented message, an alias or a translated name. */
  via: PhraseKind;
  /**
   * The languages recognised, when a translated name decided (BCP 47 tags: "ja"; "pt", "es"
   * for a name both use).
   */
  languages?: string[];
  /** Where the entry's product stands, when it is deprecated or retired. */
  lifecycle?: LifecycleNote;
  /** Which documented phrase decided, and which of its words were found. */
  why?: Why;
};

/** Matches that several products document under the same words, with nothing to choose one. */
export type Ambiguity = {
  /** The words they share, as the first of them names them. */
  name: string;
  /** Entry ids, in the order shown: product name, then id. */
  ids: string[];
  /** Their products' names, in the same order. */
  products: string[];
};

export type LookupResult = {
  matches: LookupHit[];
  related: LookupHit[];
  ambiguous: Ambiguity[];
  /** Lines of the paste that were looked at, and in all. */
  linesRead: number;
  linesTotal: number;
};

export type LookupOptions = {
  maxLines?: number;
  /** Only this product's entries, by id or name; the paste is read as being about it. */
  product?: string;
};

/** Finds a product by id or name (any case), for `--product` and the page's filter. */
export function findProduct(index: LookupIndex, query: string): number {
  const q = query.trim().toLowerCase();
  return index.products.findIndex(
    (p) => p.id === q || p.name.toLowerCase() === q || p.aliases.some((a) => a.toLowerCase() === q),
  );
}

function collect(into: Map<number, Found>, c: Candidate, line: number, segment: number): void {
  const found = into.get(c.entry);
  if (!found) {
    into.set(c.entry, {
      entry: c.entry,
      score: c.evidence.score,
      line,
      lines: [line],
      first: c,
      order: [segment, Math.min(...c.positions)],
    });
    return;
  }
  if (found.lines.at(-1) !== line) found.lines.push(line);
  if (c.evidence.score > found.score) found.score = c.evidence.score;
}

/** A lookup that can run in slices, so a page stays responsive on a huge paste. */
export class LookupRun {
  private readonly reader: SegmentReader;
  private finished = false;
  private segmentsRead = 0;
  private linesTotal: number | undefined;
  private readonly matches = new Map<number, Found>();
  private readonly related = new Map<number, Found>();
  private readonly cache: RunCache;
  private readonly context: PasteContext = { named: new Set(), words: new Map(), foreign: [] };
  private readonly focus: number;

  constructor(
    private readonly index: LookupIndex,
    text: string,
    options: LookupOptions = {},
  ) {
    this.reader = new SegmentReader(text, options.maxLines ?? MAX_LINES, index.chrome);
    this.cache = { ...wordCaches(index), lines: new Map() };
    this.focus = options.product === undefined ? -1 : findProduct(index, options.product);
    if (options.product !== undefined && this.focus < 0) {
      throw new Error(
        `no product "${options.product}" in this knowledge base; products: ${index.products.map((p) => p.name).join(", ")}`,
      );
    }
    if (this.focus >= 0) this.context.named.add(this.focus);
  }

  get done(): boolean {
    return this.finished;
  }

  /** Works until `deadline` (a `performance.now()` time) or the end; returns whether it is done. */
  step(deadline = Number.POSITIVE_INFINITY): boolean {
    while (!this.finished) {
      const segment = this.reader.next();
      if (!segment) {
        this.finished = true;
        break;
      }
      this.segmentsRead += 1;
      const line = readLine(this.index, segment.text, this.cache);
      this.context.foreign[this.segmentsRead] = line.foreign;
      if (this.focus < 0) for (const p of line.mentioned) this.context.named.add(p);
      for (const [word, p] of line.productWords) {
        const words = this.context.words.get(p) ?? new Set<string>();
        words.add(word);
        this.context.words.set(p, words);
      }
      for (const c of line.candidates) {
        collect(c.confident ? this.matches : this.related, c, segment.line, this.segmentsRead);
      }
      if ((this.segmentsRead & 15) === 0 && performance.now() >= deadline) break;
    }
    return this.finished;
  }

  result(): LookupResult {
    const { index } = this;
    const placed = applyContext(index, this.context, [...this.matches.values()]);
    const productName = (entry: number) =>
      index.products[index.entryProduct[entry] ?? -1]?.name ?? "";
    const inFocus = (f: Found) => this.focus < 0 || index.entryProduct[f.entry] === this.focus;
    const byPaste = (a: Found, b: Found) =>
      a.order[0] - b.order[0] ||
      a.order[1] - b.order[1] ||
      productName(a.entry).localeCompare(productName(b.entry)) ||
      (index.entries[a.entry]?.id ?? "").localeCompare(index.entries[b.entry]?.id ?? "");
    const whyOf = (found: Found) => {
      const why = explainMatch(index, found.first);
      return why ? { why } : {};
    };
    const toHit = (found: Found, tier: Tier): LookupHit[] => {
      const entry = index.entries[found.entry];
      if (!entry) return [];
      const score = Math.round(((tier === "match" ? 1 : 0) + found.score) * 500) / 1000;
      return [
        {
          entry,
          product: productName(found.entry),
          surface: surfaceOf(index.products[index.entryProduct[found.entry] ?? -1], entry.appears),
          tier,
          score: tier === "match" ? score : Math.min(score, 0.5),
          line: found.line,
          lines: found.lines,
          via: found.first.evidence.kind,
          ...(found.first.langs ? { languages: found.first.langs } : {}),
          ...(entry.lifecycle ? { lifecycle: entry.lifecycle } : {}),
          ...whyOf(found),
        },
      ];
    };
    const matched = new Set(placed.matches.map((f) => f.entry));
    const demoted = new Map(placed.demoted.map((f) => [f.entry, f]));
    for (const [entry, f] of this.related) if (!demoted.has(entry)) demoted.set(entry, f);
    const matches = placed.matches.filter(inFocus).sort(byPaste);
    const related = [...demoted.values()]
      .filter((f) => !matched.has(f.entry) && inFocus(f))
      .sort((a, b) => b.score - a.score)
      .slice(0, MAX_RELATED)
      .sort(byPaste);
    const ambiguous = placed.groups.map((group) => ({
      name: index.entries[group[0] ?? 0]?.name ?? "",
      ids: group.map((e) => index.entries[e]?.id ?? ""),
      products: group.map(productName),
    }));
    const linesRead = this.reader.linesRead;
    if (this.finished) this.linesTotal ??= this.reader.countLines();
    return {
      matches: matches.flatMap((f) => toHit(f, "match")),
      related: related.flatMap((f) => toHit(f, "related")),
      ambiguous,
      linesRead,
      linesTotal: this.linesTotal ?? linesRead,
    };
  }
}

/** Looks up a whole paste at once. */
export function lookup(
  index: LookupIndex,
  text: string,
  options: LookupOptions = {},
): LookupResult {
  const run = new LookupRun(index, text, options);
  run.step();
  return run.result();
}
