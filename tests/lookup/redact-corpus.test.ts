import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redactLine, redactText } from "@/lib/lookup/redact";
import { redactionCorpus, scoreRedaction } from "@/scripts/bench-redact";

const corpus = redactionCorpus();

describe("the redaction corpus (tests/fixtures/redaction)", () => {
  it("is large enough to mean something, and every file names its source and licence", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(140);
    expect(corpus.reduce((n, c) => n + c.secrets.length, 0)).toBeGreaterThanOrEqual(250);
    expect(corpus.reduce((n, c) => n + c.keep.length, 0)).toBeGreaterThanOrEqual(250);
    expect(new Set(corpus.map((c) => c.file))).toEqual(
      new Set(["formats.yaml", "keep.yaml", "loghub.yaml", "windows.yaml"]),
    );
  });

  it("leaks no secret and masks no detail a writer needs", () => {
    const outcomes = scoreRedaction(corpus);
    const leaked = outcomes.flatMap((o) => o.leaked.map((s) => `${o.case.file}: ${s}`));
    const lost = outcomes.flatMap((o) => o.lost.map((k) => `${o.case.file}: ${k}`));
    expect(leaked).toEqual([]);
    expect(lost).toEqual([]);
  });
});

/** Text a log puts around a message: levels, times, names, punctuation, other scripts. */
const CONTEXT = fc.constantFrom(
  "ERROR",
  "WARN",
  "INFO",
  "[main]",
  "2026-11-24",
  "10:15:32,978",
  "agent:",
  "-",
  "|",
  "failed",
  "the",
  "on",
  "at",
  "to",
  "for",
  "com.example.Agent",
  "(retry 3)",
  "user",
  "password",
  "token",
  '"',
  "'",
  ":",
  ";",
  "=",
  "key=",
  "host",
  "Exception:",
  "Caused by:",
  "→",
  "接続エラー",
  "é",
  "…",
  "#",
  "{",
  "}",
  "(",
  ")",
  "[x]",
  "\t",
);
const SPACE = fc.constantFrom(" ", "  ", "\t");
const around = fc.record({
  before: fc.array(CONTEXT, { maxLength: 6 }),
  after: fc.array(CONTEXT, { maxLength: 6 }),
  space: SPACE,
});

describe("redaction, whatever surrounds a secret", () => {
  const lines = corpus.filter((c) => c.secrets.length > 0 && !c.text.includes("\n"));

  it("masks every marked secret of the corpus's one-line cases, whatever text stands around it", () => {
    fc.assert(
      fc.property(fc.constantFrom(...lines), around, (c, { before, after, space }) => {
        const prefix = c.position === "line start" ? "" : `${before.join(" ")}${space}`;
        const line = `${prefix}${c.text}${space}${after.join(" ")}`;
        const out = redactLine(line);
        for (const secret of c.secrets) expect(out, line).not.toContain(secret);
      }),
      { numRuns: 2000 },
    );
  });

  it("masks every secret line of a multi-line case, whatever lines stand around it", () => {
    const blocks = corpus.filter((c) => c.secrets.length > 0 && c.text.includes("\n"));
    fc.assert(
      fc.property(fc.constantFrom(...blocks), around, (c, { before, after }) => {
        const text = `${before.join(" ")}\n${c.text}\n${after.join(" ")}`;
        const out = redactText(text);
        for (const secret of c.secrets) expect(out, text).not.toContain(secret);
      }),
      { numRuns: 300 },
    );
  });
});
