import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseContentDir } from "@/lib/content/load";
import { parseArticle } from "@/lib/content/parse";
import { reviewReport } from "@/lib/content/review";
import { FIXTURE_KB } from "../support/fixture-kb";

const alpha = readFileSync(path.join(FIXTURE_KB, "alpha-widget.mdx"), "utf8");

const LIFECYCLE = `lifecycle:
  status: deprecated
  dates:
    - date: 2025-06-19
      event: No new widgets
    - date: 2025-11
      event: Widgets go away
  replacedBy:
    - title: Gamma widget
      url: https://example.com/gamma
  note: Move to the gamma widget.
`;

function withFrontmatter(extra: string, body = alpha): string {
  return body.replace("updated: 2026-01-15\n", `updated: 2026-01-15\n${extra}`);
}

function parse(source: string) {
  return parseArticle(source, "alpha-widget.mdx", "alpha-widget");
}

describe("lifecycle in the frontmatter", () => {
  it("reads status, dates (a month is enough) and replacements", () => {
    const result = parse(withFrontmatter(LIFECYCLE));
    expect(result.ok && result.article.frontmatter.lifecycle).toEqual({
      status: "deprecated",
      dates: [
        { date: "2025-06-19", event: "No new widgets" },
        { date: "2025-11", event: "Widgets go away" },
      ],
      replacedBy: [{ title: "Gamma widget", url: "https://example.com/gamma" }],
      note: "Move to the gamma widget.",
    });
  });

  it("explains a wrong status, date or link", () => {
    const bad = LIFECYCLE.replace("deprecated", "sunset")
      .replace("2025-11\n", "November 2025\n")
      .replace("https://example.com/gamma", "example.com/gamma");
    const result = parse(withFrontmatter(bad));
    const text = result.ok ? "" : result.issues.map((i) => i.message).join("\n");
    expect(text).toMatch(/lifecycle\.status/);
    expect(text).toMatch(/YYYY-MM-DD, or YYYY-MM when only the month is known/);
    expect(text).toMatch(/give a full https:\/\/ address or a site path/);
  });
});

describe("components inside an entry", () => {
  const translated = alpha.replace(
    "The widget stopped moving.",
    '<Translated lang="ja" names={["ウィジェット停止"]} />\n<Lifecycle status="retired" since="2025-11" />\n\nThe widget stopped moving.',
  );

  it("reads translated names and an entry's own lifecycle, out of its description", () => {
    const result = parse(translated);
    const entry = result.ok ? result.article.entries[0] : undefined;
    expect(entry?.translations).toEqual([{ lang: "ja", names: ["ウィジェット停止"] }]);
    expect(entry?.lifecycle).toEqual({ status: "retired", since: "2025-11" });
    expect(entry?.description).toMatch(/^The widget stopped moving/);
  });

  it("refuses them outside an entry, with content, or with a bad language tag", () => {
    const outside = parse(
      alpha.replace(
        "## Console errors",
        '## Console errors\n\n<Translated lang="ja" names={["x"]} />',
      ),
    );
    const bodied = parse(
      translated.replace('names={["ウィジェット停止"]} />', 'names={["x"]}>text</Translated>'),
    );
    const badTag = parse(translated.replace('lang="ja"', 'lang="Japanese"'));
    const messages = (r: ReturnType<typeof parse>) =>
      r.ok ? "" : r.issues.map((i) => i.message).join("\n");
    expect(messages(outside)).toMatch(/<Translated> belongs inside an <ErrorEntry>/);
    expect(messages(bodied)).toMatch(/<Translated> takes no content/);
    expect(messages(badTag)).toMatch(/BCP 47 language tag/);
  });
});

describe("the real article", () => {
  it("declares its deprecation, and every entry carries the lifecycle note", async () => {
    const { articles, entries } = await parseContentDir("content");
    const siem = articles.find((a) => a.slug === "troubleshoot-siem-agent");
    expect(siem?.frontmatter.lifecycle?.status).toBe("deprecated");
    expect(siem?.frontmatter.lifecycle?.dates.map((d) => d.date)).toEqual([
      "2025-06-19",
      "2025-11",
    ]);
    for (const e of entries) expect(e.lifecycle?.status, e.id).toBe("deprecated");
    const report = reviewReport(articles, entries, new Date("2026-12-01T00:00:00Z"), 365);
    expect(report.warnings).toEqual([]);
    expect(report.rows.length).toBe(articles.length + entries.length);
  });

  it("warns when a deprecated article links no replacement, and when a review is overdue", async () => {
    const { articles, entries } = await parseContentDir("content");
    const unlinked = articles.map((a) => ({
      ...a,
      frontmatter: {
        ...a.frontmatter,
        lifecycle: a.frontmatter.lifecycle && {
          ...a.frontmatter.lifecycle,
          replacedBy: a.frontmatter.lifecycle.replacedBy.map(({ title }) => ({ title })),
        },
      },
    }));
    const report = reviewReport(unlinked, entries, new Date("2028-01-01T00:00:00Z"), 365);
    const text = report.warnings.map((w) => w.message).join("\n");
    expect(text).toMatch(/deprecated but names no replacement with a link/);
    expect(text).toMatch(/last reviewed \d+ days ago/);
  });
});
