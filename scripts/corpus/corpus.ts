/**
 * The paste corpora the matcher is measured on, and the knowledge bases they are written for.
 * Used by `npm run score` and by the unit tests.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { parseContentDir } from "@/lib/content/load";
import { buildLookupIndex, type LookupIndex, lookup, lookupSource } from "@/lib/lookup";

const pasteSchema = z.strictObject({
  name: z.string(),
  expect: z.array(z.string()),
  related: z.array(z.string()).optional(),
  text: z.string(),
});
export type Paste = z.infer<typeof pasteSchema>;

export const CORPUS_DIR = path.resolve("tests/fixtures/pastes");
export const MANY_PRODUCTS_DIR = path.resolve("tests/fixtures/kb/many-products");
/** 18 real products, written from their public troubleshooting pages (sources in each article). */
export const REAL_DOCS_DIR = path.resolve("tests/fixtures/kb/real-docs");

/**
 * Which knowledge base a corpus is written for: the real one, it beside many products, or both
 * beside the real products' documentation.
 */
export type KbKind = "real" | "many-products" | "real-docs";

const KB_DIRS: Record<KbKind, string[]> = {
  real: ["content"],
  "many-products": ["content", MANY_PRODUCTS_DIR],
  "real-docs": ["content", MANY_PRODUCTS_DIR, REAL_DOCS_DIR],
};

export type Corpus = {
  name: string;
  kb: KbKind;
  /** Never tuned on: only its score is printed. */
  heldOut: boolean;
  /** Whether the order of the expected ids matters (paste order); else they are a set. */
  ordered: boolean;
};

export const CORPORA: Corpus[] = [
  { name: "tuning", kb: "real", heldOut: false, ordered: true },
  { name: "held-out", kb: "real", heldOut: true, ordered: true },
  { name: "held-out-products", kb: "real", heldOut: true, ordered: false },
  { name: "multi-tuning", kb: "many-products", heldOut: false, ordered: false },
  { name: "multi-held-out", kb: "many-products", heldOut: true, ordered: false },
  { name: "real-docs-tuning", kb: "real-docs", heldOut: false, ordered: false },
  { name: "real-docs-held-out", kb: "real-docs", heldOut: true, ordered: false },
];

export function readCorpus(name: string): Paste[] {
  return z
    .array(pasteSchema)
    .parse(parse(readFileSync(path.join(CORPUS_DIR, `${name}.yaml`), "utf8")));
}

const indexes = new Map<KbKind, Promise<LookupIndex>>();

async function buildIndex(kind: KbKind): Promise<LookupIndex> {
  const dirs = KB_DIRS[kind];
  const parsed = await Promise.all(dirs.map((d) => parseContentDir(path.resolve(d))));
  const vocabularies = parsed.flatMap((p) => (p.vocabulary ? [p.vocabulary] : []));
  return buildLookupIndex(
    lookupSource(
      parsed.flatMap((p) => p.entries),
      parsed.flatMap((p) => p.products),
      vocabularies.length > 0 ? Object.assign({}, ...vocabularies) : undefined,
    ),
  );
}

/** The lookup index of a corpus's knowledge base, built once. */
export function indexFor(kind: KbKind): Promise<LookupIndex> {
  let found = indexes.get(kind);
  if (!found) {
    found = buildIndex(kind);
    indexes.set(kind, found);
  }
  return found;
}

export function realIndex(): Promise<LookupIndex> {
  return indexFor("real");
}

export type Verdict = { paste: Paste; matched: string[]; related: string[]; ok: boolean };

export function judge(index: LookupIndex, paste: Paste, ordered = true): Verdict {
  const result = lookup(index, paste.text);
  const matched = result.matches.map((h) => h.entry.id);
  const related = result.related.map((h) => h.entry.id);
  const same = ordered
    ? matched.join(",") === paste.expect.join(",")
    : [...matched].sort().join(",") === [...paste.expect].sort().join(",");
  const ok = same && (paste.related ?? []).every((id) => related.includes(id));
  return { paste, matched, related, ok };
}

/** Scores one corpus: how many pastes it holds, how many pass, and each verdict. */
export async function score(corpus: Corpus): Promise<{ passed: number; verdicts: Verdict[] }> {
  const index = await indexFor(corpus.kb);
  const verdicts = readCorpus(corpus.name).map((p) => judge(index, p, corpus.ordered));
  return { passed: verdicts.filter((v) => v.ok).length, verdicts };
}
