import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "@/lib/content/load";
import {
  buildPaletteData,
  isPaletteData,
  type PaletteData,
  paletteSourceOf,
} from "@/lib/palette/data";
import { createPaletteSearch, looksLikePaste, type PaletteSearch } from "@/lib/palette/search";

let data: PaletteData;
let search: PaletteSearch;
beforeAll(async () => {
  const kb = await loadKnowledgeBase({ record: "ignore" });
  data = buildPaletteData(paletteSourceOf(kb));
  search = createPaletteSearch(data);
});

describe("palette data", () => {
  it("lists every entry with its anchor, then every article", () => {
    const token = data.items.find((i) => i.id === "invalid-token");
    expect(token).toMatchObject({
      kind: "entry",
      name: "Invalid token",
      messages: ["The token provided isn't valid."],
      path: "/articles/troubleshoot-siem-agent/#invalid-token",
      product: "Microsoft Defender for Cloud Apps",
    });
    const articles = data.items.filter((i) => i.kind === "article");
    expect(data.items.slice(-articles.length)).toEqual(articles);
    expect(articles).toContainEqual(
      expect.objectContaining({
        id: "troubleshoot-siem-agent",
        path: "/articles/troubleshoot-siem-agent/",
      }),
    );
  });

  it("passes its own guard after a JSON round trip, and the guard refuses other shapes", () => {
    expect(isPaletteData(JSON.parse(JSON.stringify(data)))).toBe(true);
    expect(isPaletteData({ items: [{ kind: "entry", id: 1 }] })).toBe(false);
    expect(isPaletteData(null)).toBe(false);
  });
});

describe("palette search against the real content", () => {
  it.each([
    ["invlid tok", "invalid-token"],
    ["data srv send", "data-server-send-error"],
    ["data srv conn", "data-server-connection-error"],
    ["bootstrp", "general-error-during-bootstrap"],
    ["disconected", "disconnected"],
    ["notifcation", "siem-agent-notification-error"],
    ["token provided", "invalid-token"],
    ["siem-agent-error", "siem-agent-error"],
    ["troubleshoot", "troubleshoot-siem-agent"],
  ])("%s → %s first", (query, id) => {
    expect(search(query)[0]?.id).toBe(id);
  });

  it("finds nothing for an empty query or nonsense, and lists at most 8", () => {
    expect(search("   ")).toEqual([]);
    expect(search("zqxjv")).toEqual([]);
    expect(search("error").length).toBeLessThanOrEqual(8);
  });
});

describe("looksLikePaste", () => {
  it("takes several lines or a long line for a paste, a name for a name", () => {
    expect(looksLikePaste("Invalid token")).toBe(false);
    expect(looksLikePaste("invalid token\n")).toBe(false);
    expect(looksLikePaste("Invalid token\nData server send error")).toBe(true);
    expect(looksLikePaste("2026-11-24 10:15:32 ERROR [main] The token provided isn't valid.")).toBe(
      true,
    );
  });
});
