import { describe, expect, it } from "vitest";
import { parseContentDir } from "@/lib/content/load";
import { buildLookupIndex, lookupSource } from "@/lib/lookup";
import { ShardedIndex, lookupSharded } from "@/lib/lookup/sharded";
import { shardLookupIndex } from "@/lib/lookup/shards";
import { entryPath } from "@/lib/site/paths";
import { fixtureCopy, replaceIn } from "../support/fixture-kb";

/** The fixture knowledge base with one entry retired by a `<Lifecycle>` of its own. */
async function withOwnLifecycle(check: (dir: string) => Promise<void>): Promise<void> {
  const kb = fixtureCopy((dir) =>
    replaceIn(
      dir,
      "alpha-widget.mdx",
      "The widget stopped moving.",
      '<Lifecycle status="retired" since="2025-11" />\n\nThe widget stopped moving.',
    ),
  );
  try {
    await check(kb.dir);
  } finally {
    kb.cleanup();
  }
}

describe("whose lifecycle a note gives", () => {
  it("is the entry's for its own <Lifecycle>, the product's for its article's", async () => {
    await withOwnLifecycle(async (dir) => {
      const { entries } = await parseContentDir(dir);
      expect(entries.find((e) => e.id === "widget-jammed")?.lifecycle).toEqual({
        status: "retired",
        since: "2025-11",
        scope: "entry",
      });
      expect(entries.filter((e) => e.lifecycle?.scope === "entry").map((e) => e.id)).toEqual([
        "widget-jammed",
      ]);
    });
    const real = await parseContentDir("content");
    expect(new Set(real.entries.map((e) => e.lifecycle?.scope))).toEqual(new Set(["product"]));
  });

  it("survives the browser's index: a match carries its entry's scope from the shards", async () => {
    await withOwnLifecycle(async (dir) => {
      const { entries, products } = await parseContentDir(dir);
      const source = lookupSource(entries, products);
      const { core, shards } = shardLookupIndex(buildLookupIndex(source), source);
      const sharded = new ShardedIndex(JSON.parse(JSON.stringify(core)), entryPath);
      const fetchShard = async (name: string) => JSON.parse(JSON.stringify(shards.get(name)));
      const widget = entries.find((e) => e.id === "widget-jammed");
      const result = await lookupSharded(sharded, fetchShard, widget?.name ?? "");
      expect(result.matches.find((h) => h.entry.id === "widget-jammed")?.lifecycle).toEqual({
        status: "retired",
        since: "2025-11",
        scope: "entry",
      });
    });
  });
});
