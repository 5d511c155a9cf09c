import { describe, expect, it } from "vitest";
import type { Evidence } from "@/lib/lookup/score";
import { rank } from "@/lib/lookup/twins";
import {
  isSelfEvident,
  yieldsToFramed,
  judge,
  keepsMatch,
  messageMatches,
  nameIsWhole,
  type PasteFacts,
  shortNameUnsupported,
  supportedOnLine,
} from "@/lib/lookup/tiers";

/** Evidence of a phrase found whole, adjacent and in order, alone on its line. */
function evidence(over: Partial<Evidence>): Evidence {
  return {
    entry: 0,
    kind: "name",
    words: 2,
    filled: 0,
    recall: 1,
    positions: [0, 1],
    tokenIndex: [0, 1],
    chainWeight: 3,
    density: 1,
    looseDensity: 1,
    ordered: true,
    missing: 0,
    missingLiterals: 0,
    withinIdentifier: false,
    opensClause: true,
    foreignBefore: false,
    others: 0,
    foreignOthers: 0,
    contextWords: 0,
    foreignOnLine: 0,
    foreignLead: 0,
    codes: 0,
    score: 1,
    ...over,
  };
}

describe("tier rules", () => {
  it("a documented message may miss none of up to four words, one of five to nine", () => {
    const message = (words: number, missing: number) =>
      messageMatches(evidence({ kind: "message", words, missing, recall: 0.8 }));
    expect(message(4, 0)).toBe(true);
    expect(message(4, 1)).toBe(false);
    expect(message(5, 1)).toBe(true);
    expect(message(5, 2)).toBe(false);
  });

  it("a message may not miss a code or number it names", () => {
    const base = { kind: "message" as const, words: 5, missing: 1, recall: 0.8 };
    expect(messageMatches(evidence(base))).toBe(true);
    expect(messageMatches(evidence({ ...base, missingLiterals: 1 }))).toBe(false);
  });

  it("a filled placeholder counts as a word unless a foreign word took the missing one's place", () => {
    const base = { kind: "message" as const, words: 4, missing: 1, filled: 1, recall: 0.8 };
    expect(messageMatches(evidence(base))).toBe(true);
    expect(messageMatches(evidence({ ...base, foreignBefore: true }))).toBe(false);
  });

  it("scattered or reordered words are not a message match", () => {
    const base = { kind: "message" as const, words: 5 };
    expect(messageMatches(evidence({ ...base, density: 0.3, looseDensity: 0.3 }))).toBe(false);
    expect(messageMatches(evidence({ ...base, ordered: false, recall: 0.85 }))).toBe(false);
    expect(messageMatches(evidence({ ...base, ordered: false, recall: 0.95 }))).toBe(true);
  });

  it("a name must be whole, in order and adjacent", () => {
    expect(nameIsWhole(evidence({}))).toBe(true);
    expect(nameIsWhole(evidence({ recall: 0.43 }))).toBe(false);
    expect(nameIsWhole(evidence({ density: 2 / 3 }))).toBe(false);
    expect(nameIsWhole(evidence({ words: 4, density: 0.8 }))).toBe(true);
    expect(nameIsWhole(evidence({ words: 3, density: 0.75, withinIdentifier: true }))).toBe(false);
    expect(nameIsWhole(evidence({ ordered: false }))).toBe(false);
  });

  it("a short name stands opening a clause, never after a foreign modifier", () => {
    expect(shortNameUnsupported(evidence({}))).toBe(0);
    expect(shortNameUnsupported(evidence({ opensClause: false, foreignBefore: true }))).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it("a short name among mostly known words stands; among foreign ones, context must explain them", () => {
    const inside = { opensClause: false, others: 5 };
    expect(shortNameUnsupported(evidence({ ...inside, foreignOthers: 2 }))).toBe(0);
    const foreign = { ...inside, foreignOthers: 4, foreignOnLine: 4 };
    expect(shortNameUnsupported(evidence(foreign))).toBe(4);
    expect(shortNameUnsupported(evidence({ ...foreign, contextWords: 4 }))).toBe(0);
    expect(judge(evidence(foreign))).toEqual({ confident: false, unsupported: 4 });
  });
});

describe("self-evident evidence: a fitting template or a code", () => {
  const fit = {
    start: 10,
    end: 60,
    specificity: 30,
    placeholders: 3,
    framed: false,
    outframed: false,
  };
  it("a template that fits with its placeholders is confident, whatever stands around it", () => {
    const around = {
      kind: "message" as const,
      words: 5,
      recall: 0.5,
      density: 0.4,
      foreignBefore: true,
      foreignLead: 4,
    };
    expect(judge(evidence(around))).toEqual({ confident: false });
    expect(judge(evidence({ ...around, fit }))).toEqual({ confident: true });
  });
  it("a short message quoted verbatim is left to the words around it, as a name is", () => {
    const wifi = { kind: "message" as const, words: 1, opensClause: false, foreignBefore: true };
    const verbatim = { ...fit, placeholders: 0 };
    expect(isSelfEvident(evidence({ ...wifi, fit: verbatim }))).toBe(false);
    expect(judge(evidence({ ...wifi, fit: verbatim })).confident).toBe(false);
    expect(isSelfEvident(evidence({ kind: "message", words: 3, fit: verbatim }))).toBe(true);
  });
  it("a short message that is a line's whole message in its product's line format is confident", () => {
    // HPC's `normal`, after `2559971 gige7 gige temperature 1073151998 1`, its line format's fields.
    const alone = { kind: "message" as const, words: 1, opensClause: false, foreignBefore: true };
    const framed = { ...fit, placeholders: 0, framed: true };
    expect(isSelfEvident(evidence({ ...alone, fit: framed }))).toBe(true);
    expect(judge(evidence({ ...alone, fit: framed }))).toEqual({ confident: true });
  });
  it("a template that fits where another is framed by its own product's format is related", () => {
    // Thunderbird's `session closed for user <*>` on a line in Linux's format, where Linux's
    // identical template is the line's whole message.
    const rival = { kind: "message" as const, words: 4, recall: 1, density: 1 };
    const outframed = { ...fit, outframed: true };
    expect(yieldsToFramed(evidence({ ...rival, fit: outframed }))).toBe(true);
    expect(isSelfEvident(evidence({ ...rival, fit: outframed }))).toBe(false);
    expect(judge(evidence({ ...rival, fit: outframed }))).toEqual({ confident: false });
    expect(judge(evidence({ ...rival, fit }))).toEqual({ confident: true });
    // A code it names still identifies it.
    expect(judge(evidence({ ...rival, fit: outframed, codes: 1 }))).toEqual({ confident: true });
  });
  it("a template outframed by another ranks as no fit: a confident code on the line comes first", () => {
    const outframed = evidence({ kind: "message", words: 4, fit: { ...fit, outframed: true } });
    const code = evidence({ kind: "alias", words: 1, codes: 1 });
    expect(
      rank({ confident: false, evidence: outframed }, { confident: true, evidence: code }),
    ).toBeGreaterThan(0);
    const framed = evidence({
      kind: "message",
      words: 1,
      fit: { ...fit, specificity: 6, framed: true },
    });
    const wider = evidence({ kind: "message", words: 5, fit: { ...fit, specificity: 40 } });
    expect(
      rank({ confident: true, evidence: framed }, { confident: true, evidence: wider }),
    ).toBeLessThan(0);
  });
  it("a code the line holds as written is confident, even after a foreign word", () => {
    const code = { words: 1, recall: 0.3, opensClause: false, foreignBefore: true, codes: 1 };
    expect(judge(evidence(code))).toEqual({ confident: true });
    expect(judge(evidence({ ...code, codes: 0 })).confident).toBe(false);
  });
});

describe("on the line: a short name supported by the line's other matches", () => {
  it("needs as many explained words as it has unexplained foreign ones", () => {
    expect(supportedOnLine({ confident: false, unsupported: 2 }, 2)).toBe(true);
    expect(supportedOnLine({ confident: false, unsupported: 2 }, 1)).toBe(false);
    expect(supportedOnLine({ confident: false }, 5)).toBe(false);
    expect(supportedOnLine({ confident: true }, 0)).toBe(true);
  });
});

describe("in the paste: a generic match and the product context", () => {
  const generic: PasteFacts = {
    generic: true,
    otherProductNamed: false,
    rivalPreferred: false,
    inContext: false,
    foreignLead: 0,
    contextWords: 0,
  };
  it("a match that identifies its product by itself always stays", () => {
    const worst = { otherProductNamed: true, rivalPreferred: true, foreignLead: 9 };
    expect(keepsMatch({ ...generic, ...worst, generic: false })).toBe(true);
  });
  it("a generic match yields to a named product or a preferred rival", () => {
    expect(keepsMatch(generic)).toBe(true);
    expect(keepsMatch({ ...generic, otherProductNamed: true })).toBe(false);
    expect(keepsMatch({ ...generic, rivalPreferred: true })).toBe(false);
  });
  it("foreign words leading up to it mean another product's error, unless its own words outweigh them", () => {
    expect(keepsMatch({ ...generic, foreignLead: 2 })).toBe(false);
    expect(keepsMatch({ ...generic, foreignLead: 2, contextWords: 2 })).toBe(true);
    expect(keepsMatch({ ...generic, foreignLead: 2, inContext: true })).toBe(true);
  });
});

describe("tuning", () => {
  it("weighs the surroundings of every phrase a tier rule could make confident", async () => {
    const t = await import("@/lib/lookup/tuning");
    expect(t.SURROUNDINGS_MIN_RECALL).toBe(Math.min(t.MESSAGE_MIN_RECALL, t.NAME_MIN_RECALL));
  });
});
