/**
 * The tuning corpora against the ratchet (`tests/fixtures/pastes/outcomes.json`): every paste
 * recorded as passing must still pass. Held-out corpora are never scored here; `npm run score`
 * and CI (`npm run score -- --check`) score them.
 */
import { describe, expect, it } from "vitest";
import { CORPORA, indexFor, judge, readCorpus } from "../../scripts/corpus/corpus";
import { readRatchet } from "../../scripts/corpus/ratchet";

const ratchet = readRatchet();

describe.each(CORPORA.filter((c) => !c.heldOut))("$name corpus against the ratchet", (corpus) => {
  const pastes = readCorpus(corpus.name);
  const recorded = ratchet[corpus.name] ?? {};

  it("has every paste recorded in the ratchet", () => {
    expect(pastes.map((p) => p.name).filter((name) => recorded[name] === undefined)).toEqual([]);
  });

  it.each(pastes.filter((p) => recorded[p.name]).map((p) => [p.name, p] as const))(
    "%s still passes",
    async (_name, paste) => {
      const verdict = judge(await indexFor(corpus.kb), paste, corpus.ordered);
      expect({ matched: verdict.matched, related: verdict.related }).toMatchObject({
        matched: corpus.ordered ? paste.expect : expect.arrayContaining(paste.expect),
      });
      expect(verdict.ok).toBe(true);
    },
  );
});
