import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { type LookupIndex, lookup } from "@/lib/lookup";
import { splitSegments } from "@/lib/lookup/segment";
import { tokenize } from "@/lib/lookup/text";
import { realIndex } from "../../scripts/corpus/corpus";

/** The budget from the robustness requirement: 50 ms per 10 KB of input. */
const MS_PER_10KB = 50;

let index: LookupIndex;
beforeAll(async () => {
  index = await realIndex();
});

/** Best of three runs, so a busy machine does not fail the test; a backtracking regex still would. */
function bestTime(fn: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i += 1) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function withinBudget(text: string): void {
  const budget = Math.max(1, text.length / 10_240) * MS_PER_10KB;
  const took = bestTime(() => {
    tokenize(text);
    splitSegments(text);
    lookup(index, text);
  });
  expect(took, `${took.toFixed(1)} ms for ${text.length} chars`).toBeLessThanOrEqual(budget);
}

const rtl = fc.string({
  unit: fc.constantFrom(
    ..."\u05d0\u05d1\u05d2\u0627\u0644\u062e\u0637\u0623 \u200f\u200e\u202e:.-",
  ),
});
const emoji = fc.string({
  unit: fc.constantFrom("😀", "🔥", "👩‍💻", "🇫🇷", "\u{1F600}", " ", "error", "\u200d", "\ufe0f"),
});
const binary = fc.uint8Array({ maxLength: 4000 }).map((bytes) => String.fromCharCode(...bytes));
const unicode = fc.string({ unit: "binary", maxLength: 2000 });
const logLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "ERROR",
        "[main]",
        "c.m.siem.Agent",
        "10.0.0.1:8080",
        "0xdeadbeef",
        "C:\\x\\y",
        "/var/log/a",
        "http://x/y",
        "isn't",
        "Invalid",
        "token",
        "\t",
        "|",
        ":",
      ),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 200 },
  )
  .map((parts) => parts.join(" "));

/** Shapes that trip backtracking regular expressions, repeated to 10 KB and beyond. */
const PATHOLOGICAL = [
  "a-",
  "a.",
  "A",
  "aA",
  "1.",
  "1:",
  ":",
  "/a",
  "../",
  "x@",
  "a@b.",
  "0x",
  "abcdef",
  "\\",
  "c:\\a",
  "<",
  "{0",
  "%s",
  "at ",
  "[",
  "[thread-",
  "isn't ",
  "n't",
  " ",
  "\t",
  "e",
];

describe("normaliser and segmenter under hostile input", () => {
  it.each([
    ["random Unicode", unicode],
    ["binary garbage", binary],
    ["right-to-left text", rtl],
    ["emoji", emoji],
    ["log-like noise", logLike],
  ] as const)("%s never throws and stays within budget", (_name, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        withinBudget(text);
      }),
      { numRuns: 60 },
    );
  });

  it.each(PATHOLOGICAL)("repetition of %j to 20 KB stays within budget", (unit) => {
    const text = unit.repeat(Math.ceil(20_480 / unit.length));
    withinBudget(text);
    withinBudget(`${text}!`);
    withinBudget(text.split("").join(" ").slice(0, 20_480));
  });

  it("a 1 MB single line and a 1 MB log stay within budget", () => {
    withinBudget("The token provided isn't valid. ".repeat(33_000));
    withinBudget("2026-11-24 10:00:00 INFO [main] heartbeat ok\n".repeat(23_000));
  });
});
