import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DeletionTable, hashOf } from "@/lib/lookup/deletion-table";
import { deletions, maxEditsFor } from "@/lib/lookup/fuzzy";
import { TYPO_MIN_LENGTH, TYPO_TWO_EDITS_LENGTH } from "@/lib/lookup/tuning";

/** The table as the typo index kept it before: a map of the strings themselves, in the words' order. */
function reference(words: string[], depthOf: (n: number) => number): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const word of words) {
    const depth = depthOf(word.length);
    if (depth === 0) continue;
    const keys = new Set([word]);
    deletions(word, depth, keys);
    for (const key of keys) map.set(key, [...(map.get(key) ?? []), word]);
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

  it("answers the same when every chain is long: a table of one, two or four slots", () => {
    const words = windowsWords.filter((_, k) => k % 25 === 0);
    const expected = reference(words, depthOf);
    for (const slots of [1, 2, 4]) {
      const table = new DeletionTable(words, depthOf, { slots });
      for (const [key, listed] of expected) expect(table.wordsUnder(key), key).toEqual(listed);
    }
  });

  it("lists nothing under a string whose hash only collides with a word's", () => {
    expect(hashOf("sfdxdwu")).toBe(hashOf("vmfdnaw"));
    const table = new DeletionTable(["vmfdnaw"], depthOf);
    expect(table.wordsUnder("vmfdnaw")).toEqual(["vmfdnaw"]);
    expect(table.wordsUnder("sfdxdwu")).toEqual([]);
    expect(table.wordsUnder("")).toEqual([]);
  });

  it("takes no depth it was not built for", () => {
    expect(() => new DeletionTable(["token"], () => 3)).toThrow(/0 to 2/);
    expect(() => new DeletionTable(["token"], depthOf, { slots: 3 })).toThrow(/power of two/);
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
