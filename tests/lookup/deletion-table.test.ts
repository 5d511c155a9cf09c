import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DeletionTable } from "@/lib/lookup/deletion-table";
import { maxEditsFor } from "@/lib/lookup/fuzzy";
import { TYPO_MIN_LENGTH, TYPO_TWO_EDITS_LENGTH } from "@/lib/lookup/tuning";

/** Every string `word` makes by deleting up to `depth` letters, none empty: by definition. */
function deletionsOf(word: string, depth: number): Set<string> {
  const out = new Set([word]);
  let level = [word];
  for (let d = 0; d < depth; d += 1) {
    const nextLevel: string[] = [];
    for (const w of level) {
      if (w.length <= 1) continue;
      for (let i = 0; i < w.length; i += 1) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(shorter)) nextLevel.push(shorter);
        out.add(shorter);
      }
    }
    level = nextLevel;
  }
  return out;
}

/** The table as a map of the strings themselves, in the words' order. */
function reference(words: string[], depthOf: (n: number) => number): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const word of words) {
    const depth = depthOf(word.length);
    if (depth === 0) continue;
    for (const key of deletionsOf(word, depth)) map.set(key, [...(map.get(key) ?? []), word]);
  }
  return map;
}

const depthOf = (n: number) => maxEditsFor(n, TYPO_MIN_LENGTH, TYPO_TWO_EDITS_LENGTH);

/** The words of the Windows system error codes' messages and names: thousands, of every length. */
const windowsWords = [
  ...new Set(
    readFileSync("scripts/windows-codes/system-error-codes.tsv", "utf8")
      .toLowerCase()
      .match(/[a-z0-9_]+/g) ?? [],
  ),
];

describe("the typo index's deletion table", () => {
  it("lists under every string exactly the words the map of strings lists, in their order", () => {
    expect(windowsWords.length).toBeGreaterThan(5000);
    const table = new DeletionTable(windowsWords, depthOf);
    const expected = reference(windowsWords, depthOf);
    let checked = 0;
    for (const [key, words] of expected) {
      expect(table.wordsUnder(key), key).toEqual(words);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(260_000);
  });

  it("lists nothing under a string no word makes, whatever its hash meets", () => {
    const table = new DeletionTable(windowsWords, depthOf);
    const expected = reference(windowsWords, depthOf);
    // Each word with a letter swapped for one no word uses: the same lengths and chains.
    for (const word of windowsWords.slice(0, 3000)) {
      for (let i = 0; i < word.length; i += 3) {
        const key = `${word.slice(0, i)}~${word.slice(i + 1)}`;
        expect(table.wordsUnder(key)).toEqual(expected.get(key) ?? []);
      }
    }
    expect(table.wordsUnder("")).toEqual([]);
  });

  it("keeps a word once under a string its repeated letters make twice, and skips short words", () => {
    const table = new DeletionTable(["bookkeeper", "abc", "committee"], depthOf);
    expect(table.wordsUnder("bokeeper")).toEqual(["bookkeeper"]);
    expect(table.wordsUnder("comitee")).toEqual(["committee"]);
    expect(table.wordsUnder("abc")).toEqual([]);
  });

  it("honours each word's own depth: two deletions from a long word, one from a short one", () => {
    const table = new DeletionTable(["disconnect", "token"], depthOf);
    expect(table.wordsUnder("dscnnect")).toEqual(["disconnect"]);
    expect(table.wordsUnder("tkn")).toEqual([]);
    expect(table.wordsUnder("tken")).toEqual(["token"]);
  });
});
