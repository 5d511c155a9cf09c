/**
 * Typo tolerance: finds the known words within a small edit distance of an unknown word, using
 * a deletion index (SymSpell's idea, `deletion-table.ts`) so a lookup costs a few hash probes,
 * not a vocabulary scan.
 */
import { DeletionTable } from "./deletion-table";
import { TYPO_MAX_LENGTH } from "./tuning";

/** Damerau-Levenshtein distance (optimal string alignment), or `max + 1` once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prevPrev = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i += 1) {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    let best = i;
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      }
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[cols - 1] ?? max + 1;
}

/** Adds to `out` every string that deleting up to `depth` letters makes of `word`. */
export function deletions(word: string, depth: number, out: Set<string>): void {
  if (depth === 0 || word.length <= 1) return;
  for (let i = 0; i < word.length; i += 1) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(shorter)) {
      out.add(shorter);
      deletions(shorter, depth - 1, out);
    }
  }
}

/** Longest edit distance tolerated for a word of this length. */
export function maxEditsFor(length: number, minLength: number, twoEditLength: number): number {
  if (length < minLength || length > TYPO_MAX_LENGTH) return 0;
  return length >= twoEditLength ? 2 : 1;
}

/**
 * Known words within the tolerated distance of `word`, nearest first (ties in the order
 * `candidatesOf` gives them): what `TypoIndex.near` answers, for any source of candidates.
 */
export function nearWords(
  word: string,
  candidatesOf: (key: string) => readonly string[],
  minLength: number,
  twoEditLength: number,
): { word: string; distance: number }[] {
  const max = maxEditsFor(word.length, minLength, twoEditLength);
  if (max === 0) return [];
  const keys = new Set<string>([word]);
  deletions(word, max, keys);
  const found = new Map<string, number>();
  for (const key of keys) {
    for (const candidate of candidatesOf(key)) {
      if (found.has(candidate) || candidate === word) continue;
      const distance = editDistance(word, candidate, max);
      if (distance <= max) found.set(candidate, distance);
    }
  }
  return [...found]
    .map(([w, distance]) => ({ word: w, distance }))
    .sort((a, b) => a.distance - b.distance);
}

export class TypoIndex {
  private readonly table: DeletionTable;

  constructor(
    words: Iterable<string>,
    private readonly minLength: number,
    private readonly twoEditLength: number,
  ) {
    this.table = new DeletionTable([...words], (length) =>
      maxEditsFor(length, minLength, twoEditLength),
    );
  }

  /** Known words within the tolerated distance of `word`, nearest first. */
  near(word: string): { word: string; distance: number }[] {
    return nearWords(word, (key) => this.candidates(key), this.minLength, this.twoEditLength);
  }

  /** The words that have `key` among their deletions, in the order the index was given them. */
  candidates(key: string): readonly string[] {
    return this.table.wordsUnder(key);
  }
}
