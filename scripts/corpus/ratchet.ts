/**
 * The ratchet: every corpus paste's recorded outcome (passes or not). A paste that passed and
 * now fails is a regression, which fails `npm run test:unit` (tuning corpora) and
 * `npm run score -- --check` (every corpus, in CI). The file changes only by a deliberate
 * `npm run score -- --update`, so a score can rise but never silently fall.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { CORPUS_DIR, type Corpus, score, type Verdict } from "./corpus";

export const RATCHET_FILE = path.join(CORPUS_DIR, "outcomes.json");

const ratchetSchema = z.record(z.string(), z.record(z.string(), z.boolean()));
export type Ratchet = z.infer<typeof ratchetSchema>;

export function readRatchet(): Ratchet {
  return ratchetSchema.parse(JSON.parse(readFileSync(RATCHET_FILE, "utf8")));
}

export function writeRatchet(ratchet: Ratchet): void {
  const sorted = Object.fromEntries(
    Object.entries(ratchet)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([corpus, outcomes]) => [
        corpus,
        Object.fromEntries(Object.entries(outcomes).sort(([a], [b]) => a.localeCompare(b))),
      ]),
  );
  writeFileSync(RATCHET_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
}

/** Each paste's outcome in a corpus, by paste name. */
export function outcomesOf(verdicts: Verdict[]): Record<string, boolean> {
  return Object.fromEntries(verdicts.map((v) => [v.paste.name, v.ok]));
}

export type Comparison = {
  /** Recorded as passing, failing now. */
  regressed: Verdict[];
  /** Recorded as failing (or not recorded), passing now: the file can be updated. */
  improved: Verdict[];
};

export function compare(verdicts: Verdict[], recorded: Record<string, boolean> = {}): Comparison {
  return {
    regressed: verdicts.filter((v) => !v.ok && recorded[v.paste.name] === true),
    improved: verdicts.filter((v) => v.ok && recorded[v.paste.name] !== true),
  };
}

/** Scores a corpus and compares it with the ratchet. */
export async function check(
  corpus: Corpus,
  ratchet: Ratchet,
): Promise<Comparison & { passed: number; verdicts: Verdict[] }> {
  const scored = await score(corpus);
  return { ...scored, ...compare(scored.verdicts, ratchet[corpus.name]) };
}
