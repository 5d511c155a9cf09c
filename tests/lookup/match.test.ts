import { beforeAll, describe, expect, it } from "vitest";
import { buildLookupIndex, type LookupIndex, LookupRun, lookup, lookupSource } from "@/lib/lookup";
import { MAX_LINES } from "@/lib/lookup/tuning";
import { implicitProduct } from "@/lib/kb/products";
import { realIndex } from "../../scripts/corpus/corpus";

let index: LookupIndex;
beforeAll(async () => {
  index = await realIndex();
});

describe("lookup", () => {
  it("puts confident matches above 0.5 and related entries at or below it", () => {
    const result = lookup(index, "The token provided isn't valid.\nToken expired");
    expect(result.matches.map((m) => [m.entry.id, m.tier, m.line])).toEqual([
      ["invalid-token", "match", 1],
    ]);
    expect(result.matches[0]?.score).toBeGreaterThan(0.5);
    expect(result.related.every((r) => r.tier === "related" && r.score <= 0.5)).toBe(true);
  });

  it("lists each entry once with every line it was on", () => {
    const result = lookup(index, "Invalid token\nnoise\nInvalid token\nData server send error");
    expect(result.matches.map((m) => [m.entry.id, m.lines])).toEqual([
      ["invalid-token", [1, 3]],
      ["data-server-send-error", [4]],
    ]);
  });

  it("never lists an entry as related when it matched", () => {
    const result = lookup(index, "Invalid token\ntoken");
    const matched = new Set(result.matches.map((m) => m.entry.id));
    expect(result.related.some((r) => matched.has(r.entry.id))).toBe(false);
  });

  it("lets a message drop a word when a value fills its placeholder", () => {
    const ids = (text: string) => lookup(index, text).matches.map((m) => m.entry.id);
    expect(ids("The agent has been disconnected for more than 48 hours")).toEqual([
      "siem-agent-error",
    ]);
    // Without the value, the same words miss "SIEM" out of four: not confident.
    expect(ids("The agent has been disconnected for more than many hours")).not.toContain(
      "siem-agent-error",
    );
    // Nor when a foreign word stands where the missing one would be.
    expect(ids("The VPN agent has been disconnected for more than 2 hours")).not.toContain(
      "siem-agent-error",
    );
    // A message without a placeholder gains nothing from a number on the line.
    expect(ids("The token provided has expired after 3 hours")).toEqual([]);
  });

  it("gives the same answer in slices as in one go", () => {
    const text = Array.from({ length: 400 }, (_, i) =>
      i % 97 === 0
        ? "Data server connection error"
        : `2026-11-24 10:00:${String(i % 60).padStart(2, "0")} INFO heartbeat ${i}`,
    ).join("\n");
    const run = new LookupRun(index, text);
    let steps = 0;
    while (!run.step(performance.now() - 1)) steps += 1;
    expect(steps).toBeGreaterThan(5);
    expect(run.result()).toEqual(lookup(index, text));
  });

  it("says how many lines it read when a paste is too long", () => {
    const text = `${"noise\n".repeat(MAX_LINES)}Invalid token`;
    const result = lookup(index, text);
    expect(result.linesTotal).toBe(MAX_LINES + 1);
    expect(result.linesRead).toBe(MAX_LINES);
    expect(result.matches).toEqual([]);
  });

  it("works on any knowledge base, with templates in documented messages", () => {
    const small = buildLookupIndex(
      lookupSource(
        [
          {
            id: "gadget-offline",
            article: "beta",
            articleTitle: "Beta",
            product: "beta",
            url: "/articles/beta/#gadget-offline",
            name: "Gadget offline",
            appears: "portal-notification",
            messages: ["The gadget has been offline for more than {0} minutes"],
            aliases: [],
            formerly: [],
            translations: [],
            reviewed: "2026-01-01",
            description: "d",
            resolution: ["r"],
            descriptionMarkdown: "d",
            resolutionMarkdown: ["r"],
          },
        ],
        [implicitProduct("Beta", [])],
      ),
    );
    expect(
      lookup(small, "WARN the gadget has been offline for more than 45 minutes").matches,
    ).toHaveLength(1);
    expect(lookup(small, "the printer has been offline for hours").matches).toHaveLength(0);
  });
});
