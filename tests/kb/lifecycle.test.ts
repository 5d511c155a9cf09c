import { describe, expect, it } from "vitest";
import { parseContentDir } from "@/lib/content/load";
import {
  ENTRY_LIFECYCLES_KEY,
  entryLifecycleIds,
  markEntryLifecycles,
  readEntryLifecycleIds,
} from "@/lib/kb/lifecycle";
import { fixtureCopy, replaceIn } from "../support/fixture-kb";

describe("whose lifecycle a note gives", () => {
  it("is the entry's for its own <Lifecycle>, the product's for its article's", async () => {
    const kb = fixtureCopy((dir) =>
      replaceIn(
        dir,
        "alpha-widget.mdx",
        "The widget stopped moving.",
        '<Lifecycle status="retired" since="2025-11" />\n\nThe widget stopped moving.',
      ),
    );
    try {
      const { entries } = await parseContentDir(kb.dir);
      expect(entries.find((e) => e.id === "widget-jammed")?.lifecycle).toEqual({
        status: "retired",
        since: "2025-11",
        scope: "entry",
      });
      expect(entryLifecycleIds(entries)).toEqual(["widget-jammed"]);
    } finally {
      kb.cleanup();
    }
    const real = await parseContentDir("content");
    expect(new Set(real.entries.map((e) => e.lifecycle?.scope))).toEqual(new Set(["product"]));
    expect(entryLifecycleIds(real.entries)).toEqual([]);
  });

  it("survives the browser's index: the listed ids are marked as the entries' own", () => {
    const note = { status: "retired" as const, since: "2025-11" };
    const entries = [{ id: "a", lifecycle: note }, { id: "b", lifecycle: note }, { id: "c" }];
    const own = readEntryLifecycleIds({ [ENTRY_LIFECYCLES_KEY]: ["a", 7, null] });
    expect([...own]).toEqual(["a"]);
    expect(markEntryLifecycles(entries, own)).toEqual([
      { id: "a", lifecycle: { ...note, scope: "entry" } },
      { id: "b", lifecycle: { ...note, scope: "product" } },
      { id: "c" },
    ]);
    expect(readEntryLifecycleIds({})).toEqual(new Set());
    expect(readEntryLifecycleIds(null)).toEqual(new Set());
  });
});
