import { describe, expect, it } from "vitest";
import { parseContentDir } from "@/lib/content/load";
import {
  buildLookupIndex,
  detailsOf,
  fromWire,
  lookup,
  lookupSource,
  parseDetails,
  toWire,
} from "@/lib/lookup";

import { entryPath as url } from "@/lib/site/paths";

describe("the lookup's wire form", () => {
  it("round-trips, and the page's index answers exactly as the CLI's", async () => {
    const { entries, products } = await parseContentDir("content");
    const source = lookupSource(entries, products);
    // As JSON carries it, lifecycles with their scope (the entry's own, or its product's).
    const wire = fromWire(JSON.parse(JSON.stringify(toWire(source))), url);
    expect(wire).toEqual(source);
    const paste = "Invalid token\nWiFi disconnected\nStatus: Disconnected\nData server send error";
    expect(lookup(buildLookupIndex(wire), paste)).toEqual(lookup(buildLookupIndex(source), paste));
  });

  it("carries no descriptions or steps; those come per article", async () => {
    const { entries, products } = await parseContentDir("content");
    const text = JSON.stringify(toWire(lookupSource(entries, products)));
    expect(text).not.toContain(entries[0]?.description.slice(0, 40));
    const details = detailsOf(entries).get("troubleshoot-siem-agent");
    const parsed = parseDetails(JSON.parse(JSON.stringify(details)));
    expect(parsed.get("invalid-token")?.resolution.length).toBeGreaterThan(1);
  });

  it("refuses data of the wrong shape with a clear message", () => {
    expect(() => fromWire(null, url)).toThrow(/not in the expected shape/);
    expect(() =>
      fromWire(
        {
          articles: [],
          surfaces: [],
          surfaceSets: [],
          products: [],
          entries: [["x", 5, "n", 0, [], [], []]],
          vocabulary: [],
        },
        url,
      ),
    ).toThrow(/entry 0/);
    expect(() => parseDetails({ x: ["d", [1]] })).toThrow(/details of x/);
  });
});
