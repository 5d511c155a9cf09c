import { existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ContentBuildError } from "@/lib/content/errors";
import {
  contentMemo,
  loadKnowledgeBase,
  parseContentDir,
  type RecordMode,
} from "@/lib/content/load";
import { DEFAULT_SURFACES } from "@/lib/kb/products";
import { fixtureCopy, replaceIn } from "../support/fixture-kb";

const productsCopy = (edit: (dir: string) => void) =>
  fixtureCopy(edit, path.resolve("tests/fixtures/kb/small-products"));

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function fixture(edit?: (dir: string) => void): string {
  const { dir, cleanup } = fixtureCopy(edit);
  cleanups.push(cleanup);
  return dir;
}

async function problems(dir: string, record: RecordMode = "ignore"): Promise<string> {
  try {
    await loadKnowledgeBase({ dir, record, compile: false });
  } catch (error) {
    if (error instanceof ContentBuildError) return error.message;
    throw error;
  }
  throw new Error("expected the content to be refused");
}

describe("a knowledge base of two articles", () => {
  it("loads, compiles and indexes every entry with its URL", async () => {
    const kb = await loadKnowledgeBase({ dir: fixture(), record: "ignore" });
    expect(kb.articles.map((a) => a.slug)).toEqual(["alpha-widget", "beta-gadget"]);
    expect(kb.articles[0]?.code).toContain("ErrorEntry");
    expect(kb.entries.map((e) => [e.id, e.article, e.url])).toEqual([
      ["widget-jammed", "alpha-widget", "/articles/alpha-widget/#widget-jammed"],
      ["widget-idle", "alpha-widget", "/articles/alpha-widget/#widget-idle"],
      ["gadget-offline", "beta-gadget", "/articles/beta-gadget/#gadget-offline"],
    ]);
    expect(kb.entries[2]?.messages).toHaveLength(2);
  });

  it("records new ids, and CI refuses ids that are not recorded", async () => {
    const dir = fixture();
    expect(await problems(dir, "check")).toMatch(/1 new slug\(s\) or id\(s\) are not recorded/);
    await loadKnowledgeBase({ dir, record: "update", compile: false });
    const record = JSON.parse(readFileSync(path.join(dir, "published.json"), "utf8"));
    expect(record.articles["alpha-widget"]).toEqual([
      "jammed-widget",
      "widget-idle",
      "widget-jammed",
    ]);
    await expect(
      loadKnowledgeBase({ dir, record: "check", compile: false }),
    ).resolves.toBeDefined();
  });
});

describe("the preview's loads", () => {
  it("read mode refuses a vanished published id like the build, and writes nothing", async () => {
    const dir = fixture((d) =>
      replaceIn(d, "alpha-widget.mdx", 'id="widget-idle"', 'id="widget-resting"'),
    );
    const before = readFileSync(path.join(dir, "published.json"), "utf8");
    expect(await problems(dir, "read")).toMatch(
      /published entry id "widget-idle" .* has disappeared/,
    );
    expect(readFileSync(path.join(dir, "published.json"), "utf8")).toBe(before);
  });

  it("read mode accepts new ids without recording them", async () => {
    const dir = fixture();
    const before = readFileSync(path.join(dir, "published.json"), "utf8");
    await expect(loadKnowledgeBase({ dir, record: "read", compile: false })).resolves.toBeDefined();
    expect(readFileSync(path.join(dir, "published.json"), "utf8")).toBe(before);
  });

  it("a memo reuses unchanged files and gives what a fresh load gives", async () => {
    const dir = fixture();
    const memo = contentMemo();
    const first = await loadKnowledgeBase({ dir, record: "ignore", memo });
    const beta = path.relative(process.cwd(), path.join(dir, "beta-gadget.mdx"));
    const kept = memo.compiled.get(beta)?.result;
    expect(kept?.ok).toBe(true);
    replaceIn(dir, "alpha-widget.mdx", 'name="Idle"', 'name="Idle, waiting"');
    const second = await loadKnowledgeBase({ dir, record: "ignore", memo });
    const fresh = await loadKnowledgeBase({ dir, record: "ignore" });
    expect(second).toEqual(fresh);
    expect(second).not.toEqual(first);
    expect(second.entries.find((e) => e.id === "widget-idle")?.name).toBe("Idle, waiting");
    // The unchanged article was not compiled again: the memo holds the very same result.
    expect(memo.compiled.get(beta)?.result).toBe(kept);
  });
});

describe("content that breaks the build", () => {
  it("duplicate id across articles names both places", async () => {
    const dir = fixture((d) =>
      replaceIn(d, "beta-gadget.mdx", 'id="gadget-offline"', 'id="widget-idle"'),
    );
    expect(await problems(dir)).toMatch(
      /beta-gadget\.mdx:\d+: entry id "widget-idle" is already used at .*alpha-widget\.mdx:\d+/,
    );
  });
  it("a published id that vanished", async () => {
    const dir = fixture((d) =>
      replaceIn(d, "alpha-widget.mdx", 'id="widget-idle"', 'id="widget-resting"'),
    );
    expect(await problems(dir, "update")).toMatch(
      /published entry id "widget-idle" .* has disappeared; restore it, or add formerly=\{\["widget-idle"\]\}/,
    );
  });
  it("a vanished id declared as former id is fine", async () => {
    const dir = fixture((d) =>
      replaceIn(
        d,
        "alpha-widget.mdx",
        'id="widget-idle"',
        'id="widget-resting" formerly={["widget-idle"]}',
      ),
    );
    await expect(
      loadKnowledgeBase({ dir, record: "update", compile: false }),
    ).resolves.toBeDefined();
  });
  it("a published article that vanished", async () => {
    const dir = fixture((d) => {
      renameSync(path.join(d, "beta-gadget.mdx"), path.join(d, "gamma-gadget.mdx"));
      replaceIn(d, "alpha-widget.mdx", "/articles/beta-gadget/", "/articles/gamma-gadget/");
    });
    expect(await problems(dir, "update")).toMatch(
      /published article "beta-gadget" is gone; restore it, or list "beta-gadget" in formerSlugs/,
    );
  });
  it("broken internal links, with their line", async () => {
    const dir = fixture((d) => {
      replaceIn(
        d,
        "beta-gadget.mdx",
        "/articles/alpha-widget/#widget-jammed",
        "/articles/alpha-widget/#nope",
      );
      replaceIn(d, "alpha-widget.mdx", "(#console-errors)", "(#consoles)");
      replaceIn(
        d,
        "alpha-widget.mdx",
        "(/articles/beta-gadget/#gadget-offline)",
        "(beta-gadget.md)",
      );
    });
    const message = await problems(dir);
    expect(message).toMatch(
      /beta-gadget\.mdx:\d+: link "\/articles\/alpha-widget\/#nope" points to an anchor/,
    );
    expect(message).toMatch(
      /alpha-widget\.mdx:\d+: link "#consoles" points to an anchor this article does not have/,
    );
    expect(message).toMatch(/link "beta-gadget\.md" is relative/);
  });
  it("every problem in every file is listed, not just the first", async () => {
    const dir = fixture((d) => {
      replaceIn(d, "alpha-widget.mdx", "<EntryTable", "<Foo />\n\n<EntryTable");
      replaceIn(d, "beta-gadget.mdx", "updated: 2026-02-01", "updated: never");
    });
    const message = await problems(dir);
    expect(message).toMatch(/alpha-widget\.mdx:12:\d+: unknown component <Foo>/);
    expect(message).toMatch(
      /beta-gadget\.mdx:1:1: frontmatter: `updated`: write the date as YYYY-MM-DD/,
    );
  });
  it("a missing content folder", async () => {
    expect(await problems("/nonexistent/kb")).toMatch(/content folder not found; set CONTENT_DIR/);
  });
  it("a file name that is not a slug", async () => {
    const dir = fixture((d) =>
      renameSync(path.join(d, "beta-gadget.mdx"), path.join(d, "Beta Gadget.mdx")),
    );
    expect(await problems(dir)).toMatch(/"Beta Gadget.mdx" is not a valid slug/);
  });
  it("leaves no knowledge base file behind when the build script fails", async () => {
    const { spawnSync } = await import("node:child_process");
    const dir = fixture((d) =>
      replaceIn(d, "alpha-widget.mdx", "<EntryTable", "<Foo />\n\n<EntryTable"),
    );
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/prepare-content.ts"], {
      env: { ...process.env, CONTENT_DIR: dir, KB_GENERATED_FILE: path.join(dir, "kb.json") },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/alpha-widget\.mdx:12:1: unknown component <Foo>/);
    expect(existsSync(path.join(dir, "kb.json"))).toBe(false);
  });
});

describe("products", () => {
  it("checks an entry's appears against its own product's surfaces, with file, line and allowed values", async () => {
    const { dir, cleanup } = productsCopy((d) =>
      replaceIn(
        d,
        "beta-proxy.mdx",
        'id="beta-invalid-token" name="Invalid token" appears="log"',
        'id="beta-invalid-token" name="Invalid token" appears="status"',
      ),
    );
    try {
      await expect(parseContentDir(dir)).rejects.toThrow(
        /beta-proxy\.mdx:\d+: <ErrorEntry id="beta-invalid-token">: appears="status" is not a surface of "Beta Proxy" \(product of this article\); use one of: log/,
      );
    } finally {
      cleanup();
    }
  });

  it("gives an undeclared product, or a knowledge base with no configuration, the default surfaces", async () => {
    const { dir, cleanup } = productsCopy((d) => rmSync(path.join(d, "knowledge-base.yaml")));
    try {
      const { products } = await parseContentDir(dir);
      expect(products.map((p) => p.name)).toEqual(["Alpha Agent", "Beta Proxy"]);
      expect(products[0]?.surfaces.map((s) => s.id)).toEqual(DEFAULT_SURFACES.map((s) => s.id));
    } finally {
      cleanup();
    }
  });

  it("refuses a phrase with nothing distinctive left once normalised", async () => {
    const { dir, cleanup } = productsCopy((d) =>
      replaceIn(
        d,
        "alpha-agent.mdx",
        'messages={["Disconnected"]}',
        'messages={["{0} at {1} ERROR"]}',
      ),
    );
    try {
      await expect(parseContentDir(dir)).rejects.toThrow(
        /alpha-agent\.mdx:\d+: <ErrorEntry id="alpha-disconnected">: the message "\{0\} at \{1\} ERROR" has nothing distinctive left.*is read as a variable.*is a stopword, a log level/,
      );
    } finally {
      cleanup();
    }
  });

  it("reports a configuration that is not valid, with the field", async () => {
    const { dir, cleanup } = productsCopy((d) =>
      replaceIn(d, "knowledge-base.yaml", "tone: red", "tone: pink"),
    );
    try {
      await expect(parseContentDir(dir)).rejects.toThrow(
        /knowledge-base\.yaml: `products\.0\.surfaces\.1\.tone`/,
      );
    } finally {
      cleanup();
    }
  });
});
