import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { contentVersion } from "@/lib/content/built";
import { ContentBuildError, formatIssue } from "@/lib/content/errors";
import { knowledgeBaseSchema } from "@/lib/content/knowledge-base";
import { loadKnowledgeBase } from "@/lib/content/load";
import {
  ContentPreview,
  EMPTY_KNOWLEDGE_BASE,
  sourceFrame,
  watchContent,
} from "@/lib/content/preview";
import { readPreviewState } from "@/lib/site/preview";
import { fixtureCopy, replaceIn } from "../support/fixture-kb";

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function copy(): { dir: string; kbFile: string } {
  const { dir, cleanup } = fixtureCopy();
  cleanups.push(cleanup);
  return { dir, kbFile: path.join(dir, ".generated", "kb.json") };
}

/** What the build's loader says of the same folder: its problems, formatted as it prints them. */
async function buildProblems(dir: string): Promise<string[]> {
  try {
    await loadKnowledgeBase({ dir, record: "ignore", compile: false });
  } catch (error) {
    if (error instanceof ContentBuildError) return error.issues.map(formatIssue);
    throw error;
  }
  return [];
}

describe("the preview's content", () => {
  it("writes what the build would, and tells the pages its version", async () => {
    const { dir, kbFile } = copy();
    const preview = new ContentPreview(dir, kbFile);
    const load = await preview.load();
    expect(load.ok).toBe(true);
    const text = readFileSync(kbFile, "utf8");
    const written = knowledgeBaseSchema.parse(JSON.parse(text));
    expect(written).toEqual(await loadKnowledgeBase({ dir, record: "ignore" }));
    expect(preview.state).toEqual({ version: contentVersion(text), heading: "", issues: [] });
  });

  it("holds the build's problems, keeps the last good knowledge base, and recovers", async () => {
    const { dir, kbFile } = copy();
    const preview = new ContentPreview(dir, kbFile);
    await preview.load();
    const good = readFileSync(kbFile, "utf8");
    const { version } = preview.state;

    replaceIn(dir, "alpha-widget.mdx", 'appears="agent-status"', 'appears="agent-statsu"');
    const broken = await preview.load();
    expect(broken.ok).toBe(false);
    expect(readFileSync(kbFile, "utf8")).toBe(good);
    const state = preview.state;
    expect(state.version).toBe(version);
    expect(state.heading).toBe("The content has 1 problem:");
    expect(state.issues.map((i) => i.text)).toEqual(await buildProblems(dir));
    expect(state.issues[0]?.frame).toEqual([
      { line: 34, text: "## Statuses", marked: false },
      { line: 35, text: "", marked: false },
      {
        line: 36,
        text: '<ErrorEntry id="widget-idle" name="Idle" appears="agent-statsu" messages={["Idle"]}>',
        marked: true,
      },
      { line: 37, text: "", marked: false },
      { line: 38, text: "Nothing to do.", marked: false },
    ]);
    // The message travels to the page intact.
    expect(readPreviewState(JSON.stringify(state))).toEqual(state);

    replaceIn(dir, "alpha-widget.mdx", 'appears="agent-statsu"', 'appears="agent-status"');
    expect((await preview.load()).ok).toBe(true);
    expect(preview.state).toEqual({ version, heading: "", issues: [] });
  });

  it("before any good load, the pages get an empty knowledge base under the problems", async () => {
    const { dir, kbFile } = copy();
    replaceIn(dir, "beta-gadget.mdx", "</ErrorEntry>", "");
    const preview = new ContentPreview(dir, kbFile);
    expect((await preview.load()).ok).toBe(false);
    expect(JSON.parse(readFileSync(kbFile, "utf8"))).toEqual(EMPTY_KNOWLEDGE_BASE);
    expect(preview.state.issues[0]?.text).toMatch(
      /beta-gadget\.mdx:13:1: MDX syntax error: Expected a closing tag for `<ErrorEntry>`/,
    );
    expect(preview.state.issues[0]?.frame.find((l) => l.marked)?.text).toBe("<ErrorEntry");
  });

  it("never records ids in published.json: a draft's ids change from save to save", async () => {
    const { dir, kbFile } = copy();
    const record = path.join(dir, "published.json");
    const before = readFileSync(record, "utf8");
    await new ContentPreview(dir, kbFile).load();
    expect(readFileSync(record, "utf8")).toBe(before);
  });
});

describe("a code frame", () => {
  it("shows two lines either side, fewer at the edges", () => {
    expect(sourceFrame("a\nb\nc", 1)).toEqual([
      { line: 1, text: "a", marked: true },
      { line: 2, text: "b", marked: false },
      { line: 3, text: "c", marked: false },
    ]);
    expect(sourceFrame("a\r\nb\r\nc\r\nd\r\ne\r\nf", 6).map((l) => l.line)).toEqual([4, 5, 6]);
  });
});

describe("watching the content folder", () => {
  it("gathers a burst of saves into one call, and ignores files that are not content", async () => {
    const { dir } = copy();
    const calls: string[][] = [];
    let settled: () => void = () => {};
    const called = new Promise<void>((resolve) => (settled = resolve));
    const watcher = watchContent(dir, async (changed) => {
      calls.push(changed);
      settled();
    });
    cleanups.push(() => watcher.close());
    writeFileSync(path.join(dir, "notes.txt"), "not content");
    writeFileSync(path.join(dir, "gamma.mdx"), "draft");
    replaceIn(dir, "alpha-widget.mdx", "Nothing to do.", "Nothing to do yet.");
    unlinkSync(path.join(dir, "gamma.mdx"));
    await called;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls).toEqual([["alpha-widget.mdx", "gamma.mdx"]]);
  });
});
