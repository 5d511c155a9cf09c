import { beforeAll, describe, expect, it } from "vitest";
import type { LookupIndex } from "@/lib/lookup";
import { CORPORA, judge, readCorpus, realIndex, score } from "../../scripts/corpus/corpus";

let index: LookupIndex;
beforeAll(async () => {
  index = await realIndex();
});

describe("tuning corpus: each paste finds exactly the documented errors it holds", () => {
  const pastes = readCorpus("tuning");
  it("has at least 80 pastes, negatives and multi-error ones among them", () => {
    expect(pastes.length).toBeGreaterThanOrEqual(80);
    expect(pastes.filter((p) => p.expect.length === 0).length).toBeGreaterThanOrEqual(10);
    expect(pastes.filter((p) => p.expect.length > 1).length).toBeGreaterThanOrEqual(3);
  });
  it.each(pastes.map((p) => [p.name, p] as const))("%s", (_name, paste) => {
    const verdict = judge(index, paste);
    expect(verdict.matched).toEqual(paste.expect);
    for (const id of paste.related ?? []) expect(verdict.related).toContain(id);
  });
});

describe("held-out corpus (never tuned on)", () => {
  it("scores at least 85%", () => {
    const pastes = readCorpus("held-out");
    const verdicts = pastes.map((p) => judge(index, p));
    const passed = verdicts.filter((v) => v.ok).length;
    const failures = verdicts
      .filter((v) => !v.ok)
      .map((v) => `${v.paste.name}: expected [${v.paste.expect}] got [${v.matched}]`);
    console.log(
      `held-out: ${passed}/${pastes.length} (${((100 * passed) / pastes.length).toFixed(1)}%)`,
    );
    expect(passed / pastes.length, failures.join("\n")).toBeGreaterThanOrEqual(0.85);
  });
});

/**
 * The other corpora must keep at least these shares: the multi-product ones test the product
 * rules on a knowledge base of 28 products, the held-out ones were never tuned on.
 */
const FLOORS: Record<string, number> = {
  "held-out-products": 0.75,
  "multi-tuning": 0.78,
  "multi-held-out": 0.75,
};

describe.each(CORPORA.filter((c) => FLOORS[c.name] !== undefined))("$name corpus", (corpus) => {
  it(`scores at least its floor`, async () => {
    const { passed, verdicts } = await score(corpus);
    console.log(`${corpus.name}: ${passed}/${verdicts.length}`);
    expect(passed / verdicts.length).toBeGreaterThanOrEqual(FLOORS[corpus.name] ?? 1);
  });
});
