/**
 * The template rule: a documented template fits a line when every literal part stands in it, in
 * order, its placeholders filled, whatever surrounds it; the most specific fit wins its place.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findIndistinct } from "@/lib/content/distinctive";
import { buildLookupIndex, lookup, lookupSource } from "@/lib/lookup";
import { compileTemplate, fitAt, fitText } from "@/lib/lookup/fit";
import { phraseTokens } from "@/lib/lookup/text";
import { MAX_SEGMENT_CHARS, MESSAGE_MIN_TOKENS } from "@/lib/lookup/tuning";
import {
  loghubAvailable,
  loghubKnowledgeBase,
  readLoghub,
  RegexBaseline,
  templateId,
} from "../../scripts/loghub/loghub";
import { memoryIndex } from "../support/memory-kb";

const fits = (template: string, line: string) => {
  const t = compileTemplate(0, template);
  return t !== undefined && fitAt(t, fitText(line)) !== undefined;
};

describe("fitting one template", () => {
  it("fits when every literal part is there, in order, whatever surrounds the line", () => {
    const t = "Failed password for <*> from <*> port <*> ssh2";
    expect(fits(t, "Failed password for root from 187.141.143.180 port 48339 ssh2")).toBe(true);
    expect(
      fits(
        t,
        "Dec 10 09:13:56 LabSZ sshd[24529]: Failed password for root from 187.141.143.180 port 48339 ssh2",
      ),
    ).toBe(true);
    expect(
      fits(
        t,
        "host1 sshd[24529]: Failed password for invalid user guest from 5.188.10.180 port 1 ssh2",
      ),
    ).toBe(true);
    expect(fits(t, "Failed password for root port 48339 from 1.2.3.4 ssh2")).toBe(false);
    expect(fits(t, "Failed password for root from 1.2.3.4 port 22 ssh1")).toBe(false);
  });
  it("ignores case, white space and the form of quotes", () => {
    expect(fits("User '<*>' not found", "user \u2018bob\u2019   NOT found")).toBe(true);
  });
  it("a literal part that opens or closes the template starts or ends a word", () => {
    expect(fits("Connection closed by <*>", "xConnection closed by 1.2.3.4")).toBe(false);
    expect(fits("Invalid user <*> from <*>", "Invalid user guest from 5.188.10.180")).toBe(true);
    expect(fits("session opened", "session openedx")).toBe(false);
  });
  it("a template with no literal word is none", () => {
    expect(compileTemplate(0, "<*> <*>")).toBeUndefined();
    expect(compileTemplate(0, "{0}: {1}")).toBeUndefined();
  });
});

describe("fitting templates in a lookup", () => {
  const index = memoryIndex([
    {
      id: "closed",
      name: "Connection closed",
      product: "sshd",
      messages: ["Connection closed by <*>"],
    },
    {
      id: "closed-preauth",
      name: "Connection closed before authentication",
      product: "sshd",
      messages: ["Connection closed by <*> [preauth]"],
    },
    {
      id: "invalid-user",
      name: "Invalid user",
      product: "sshd",
      messages: ["Invalid user <*> from <*>"],
    },
    { id: "vpn-disconnected", name: "Disconnected", product: "VPN client" },
  ]);
  const matched = (text: string) => lookup(index, text).matches.map((h) => h.entry.id);
  it("the most specific fitting template wins; the other is related at most", () => {
    const line = "Dec 10 07:07:45 LabSZ sshd[24206]: Connection closed by 52.80.34.196 [preauth]";
    expect(matched(line)).toEqual(["closed-preauth"]);
    expect(matched("Dec 10 07:07:45 LabSZ sshd[24206]: Connection closed by 52.80.34.196")).toEqual(
      ["closed"],
    );
  });
  it("of two messages with the same words, the one the line holds verbatim wins", () => {
    const kb = memoryIndex([
      {
        id: "spaced",
        name: "Node not responding",
        product: "Cluster",
        messages: ["not responding"],
      },
      { id: "hyphen", name: "Node unreachable", product: "Cluster", messages: ["not-responding"] },
    ]);
    const ids = (text: string) => lookup(kb, text).matches.map((h) => h.entry.id);
    expect(ids("Status: not responding")).toEqual(["spaced"]);
    expect(ids("Status: not-responding")).toEqual(["hyphen"]);
  });
  it("a fit is confident whatever surrounds it", () => {
    expect(matched("Invalid user guest from 5.188.10.180")).toEqual(["invalid-user"]);
    expect(
      matched("Dec 10 09:13:56 LabSZ sshd[24529]: Invalid user guest from 5.188.10.180"),
    ).toEqual(["invalid-user"]);
    expect(lookup(index, "Invalid user guest from 5.188.10.180").matches[0]?.why?.summary).toBe(
      "all words, in order",
    );
  });

  it("floor: a line that a template's regular expression matches gets it, or a more specific one, as a match", () => {
    const templates = [
      "Accepted password for <*> from <*> port <*> ssh2",
      "Accepted <*> for <*> from <*> port <*> ssh2",
      "Received disconnect from <*>: <*>: Bye Bye [preauth]",
      "pam_unix(sshd:auth): check pass; user unknown",
      "error: Received disconnect from <*>: <*>: <*> [preauth]",
    ];
    const kb = memoryIndex(
      templates.map((t, i) => ({
        id: `t${i}`,
        name: `Event number ${i + 1}`,
        product: "sshd",
        messages: [t],
      })),
    );
    const regex = new RegexBaseline(templates.map((template, i) => ({ id: `t${i}`, template })));
    const value = fc.stringMatching(/^[A-Za-z0-9._:-]{1,12}$/);
    const prefix = fc.constantFrom(
      "",
      "Dec 10 06:55:46 LabSZ sshd[24200]: ",
      "2026-12-01T10:00:00Z host-7 ",
      "[worker] ",
    );
    fc.assert(
      fc.property(
        fc.nat(templates.length - 1),
        fc.array(value, { minLength: 4, maxLength: 4 }),
        prefix,
        (k, values, before) => {
          let n = 0;
          const line = before + (templates[k] ?? "").replace(/<\*>/g, () => values[n++] ?? "x");
          const ids = lookup(kb, line).matches.map((h) => h.entry.id);
          const allowed = regex.matching(line);
          expect(allowed).toContain(`t${k}`);
          expect(ids.length).toBeGreaterThan(0);
          expect(ids.every((id) => allowed.includes(id))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/**
 * The floor on real lines: each line whose own template is one (placeholders filled, or a
 * message of MESSAGE_MIN_TOKENS words or more quoted whole) and whose regular expression matches
 * the line gets, as a match, a template whose expression matches it too. Every tenth line of each
 * system, to stay quick; `npm run bench:loghub` reads them all. Lines longer than
 * MAX_SEGMENT_CHARS are left out: they are read in pieces.
 */
describe.runIf(loghubAvailable())("floor on Loghub's real lines", () => {
  it("a line its template's expression matches gets a matching template as a match", () => {
    const { entries, products } = loghubKnowledgeBase(readLoghub());
    const index = buildLookupIndex(lookupSource(entries, products));
    const data = readLoghub();
    const regex = new RegexBaseline(
      entries.map((e) => ({ id: e.id, template: e.messages[0] ?? "" })),
    );
    const isTemplate = (message: string) =>
      (compileTemplate(0, message)?.placeholders ?? 0) > 0 ||
      phraseTokens(message, "message").length >= MESSAGE_MIN_TOKENS;
    const messageOf = new Map(entries.map((e) => [e.id, e.messages[0] ?? ""]));
    const misses: string[] = [];
    let checked = 0;
    for (const [system, { lines }] of Object.entries(data.systems)) {
      lines.forEach(([line, event], n) => {
        const own = templateId(system, event);
        // A line over MAX_SEGMENT_CHARS is read in pieces, and a template cannot fit across them.
        if (n % 10 !== 0 || line.length > MAX_SEGMENT_CHARS) return;
        if (!isTemplate(messageOf.get(own) ?? "")) return;
        const allowed = regex.matching(line);
        if (!allowed.includes(own)) return;
        checked += 1;
        const ids = lookup(index, line).matches.map((h) => h.entry.id);
        if (!ids.some((id) => allowed.includes(id))) misses.push(`${own}: ${line}`);
      });
    }
    expect(checked).toBeGreaterThan(2000);
    expect(misses).toEqual([]);
  });
});

/**
 * With each system's line format on its log surface (`LOGHUB_LINE_FORMATS`), a line gets exactly
 * its own template as the one match: the header tells the system, and the template that is the
 * whole message is the event, however short. Every tenth line; `npm run bench:loghub` reads them
 * all (99.9% overall there, 99.6% on the lowest system).
 */
describe.runIf(loghubAvailable())("Loghub's lines in their systems' line formats", () => {
  it("get exactly their own template on at least 99% of the lines of every system", () => {
    const data = readLoghub();
    const { entries, products } = loghubKnowledgeBase(data);
    const index = buildLookupIndex(lookupSource(entries, products));
    // Templates the build refuses as match-anything (a bare `<*>`) are not pasted, as in the bench.
    const refused = new Set(findIndistinct(entries, products).map((found) => found.entry));
    const share: Record<string, number> = {};
    for (const [system, { lines }] of Object.entries(data.systems)) {
      let exact = 0;
      let pasted = 0;
      lines.forEach(([line, event], n) => {
        const own = templateId(system, event);
        if (n % 10 !== 0 || refused.has(own)) return;
        pasted += 1;
        const ids = lookup(index, line).matches.map((h) => h.entry.id);
        if (ids.length === 1 && ids[0] === own) exact += 1;
      });
      share[system] = Math.floor((1000 * exact) / pasted) / 1000;
    }
    for (const [system, s] of Object.entries(share))
      expect([system, s >= 0.99]).toEqual([system, true]);
  });
});
