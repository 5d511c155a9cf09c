import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/content/parse";
import { frontmatterSchema } from "@/lib/content/schema";
import { FIXTURE_KB } from "../support/fixture-kb";

const alpha = readFileSync(path.join(FIXTURE_KB, "alpha-widget.mdx"), "utf8");

function parseOk(source: string) {
  const result = parseArticle(source, "a.mdx", "a");
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("\n"));
  return result.article;
}

function issuesOf(source: string) {
  const result = parseArticle(source, "bad.mdx", "bad");
  if (result.ok) throw new Error("expected problems, got none");
  return result.issues;
}

describe("frontmatter schema", () => {
  const valid = {
    title: "T",
    summary: "S",
    product: "P",
    appliesTo: ["X"],
    updated: "2026-01-01",
  };
  it("accepts a complete frontmatter and fills defaults", () => {
    expect(frontmatterSchema.parse(valid)).toMatchObject({ tags: [], formerSlugs: [] });
  });
  it("rejects unknown fields, a bad date and empty applies-to", () => {
    expect(frontmatterSchema.safeParse({ ...valid, author: "me" }).success).toBe(false);
    expect(frontmatterSchema.safeParse({ ...valid, updated: "yesterday" }).success).toBe(false);
    expect(frontmatterSchema.safeParse({ ...valid, appliesTo: [] }).success).toBe(false);
  });
});

describe("entry extraction", () => {
  it("reads every prop, the description, the steps, headings and links", () => {
    const article = parseOk(alpha);
    expect(article.frontmatter.title).toBe("Troubleshoot the alpha widget");
    expect(article.entries.map((e) => e.id)).toEqual(["widget-jammed", "widget-idle"]);
    const [jammed] = article.entries;
    expect(jammed).toMatchObject({
      name: "Widget jammed",
      appears: "agent-console",
      messages: ["The widget is jammed at position {0}."],
      aliases: ["widget stuck"],
      formerly: ["jammed-widget"],
      description: "The widget stopped moving. See also the gadget entry.",
      resolution: ["Turn the crank backwards once.", "Restart the widget."],
    });
    expect(jammed?.line).toBe(14);
    expect(article.headings.map((h) => [h.slug, h.entryIds])).toEqual([
      ["console-errors", ["widget-jammed"]],
      ["statuses", ["widget-idle"]],
    ]);
    expect(article.links.map((l) => l.url)).toContain("/articles/beta-gadget/#gadget-offline");
  });
});

describe("bad content is reported with its line and what to do", () => {
  it("MDX syntax error", () => {
    const [issue] = issuesOf(alpha.replace("<Resolution>\n\n1. Turn", "<Resolution\n\n1. Turn"));
    expect(issue?.message).toMatch(/MDX syntax error/);
    expect(issue?.line).toBeGreaterThan(10);
  });
  it("an unclosed or stray tag: its line, and how to mend it", () => {
    const unclosed = issuesOf(alpha.replace("</ErrorEntry>\n\n## Statuses", "\n## Statuses"));
    expect(unclosed).toEqual([
      {
        file: "bad.mdx",
        line: 14,
        column: 1,
        message:
          "MDX syntax error: Expected a closing tag for `<ErrorEntry>` (14:1-21:2); close it with </ErrorEntry> on a line of its own where it ends",
      },
    ]);
    const stray = issuesOf(alpha.replace("Nothing to do.", "Nothing to do.\n\n</Note>"));
    expect(stray[0]?.message).toBe(
      "MDX syntax error: Unexpected closing tag `</Note>`, expected corresponding closing tag for `<ErrorEntry>` (36:1-36:85); close <ErrorEntry> before </Note>, or remove the extra </Note>",
    );
    expect(stray[0]?.line).toBe(40);
  });
  it("invalid frontmatter", () => {
    const issues = issuesOf(alpha.replace("updated: 2026-01-15", "updated: soon\ncolour: red"));
    const text = issues.map((i) => i.message).join("\n");
    expect(text).toMatch(/frontmatter: `updated`/);
    expect(text).toMatch(/unknown field `colour`/);
    expect(issues[0]?.line).toBe(1);
  });
  it("missing frontmatter", () => {
    expect(issuesOf(alpha.replace(/^---[\s\S]*?---\n/, ""))[0]?.message).toMatch(
      /frontmatter is missing/,
    );
  });
  it("duplicate entry id within an article", () => {
    const issues = issuesOf(alpha.replace('id="widget-idle"', 'id="widget-jammed"'));
    expect(issues.map((i) => i.message).join("\n")).toMatch(
      /"widget-jammed" is used twice .*line 14/,
    );
  });
  it("entry without messages", () => {
    const issues = issuesOf(
      alpha.replace('  messages={["The widget is jammed at position {0}."]}\n', ""),
    );
    expect(issues[0]).toMatchObject({ line: 14 });
    expect(issues[0]?.message).toMatch(/<ErrorEntry id="widget-jammed">: `messages` is missing/);
  });
  it("entry without resolution", () => {
    const source = alpha.replace(/<Resolution>\n\n1\. Give it work[\s\S]*?<\/Resolution>/, "");
    expect(issuesOf(source)[0]?.message).toMatch(/"widget-idle".*add a <Resolution>/);
  });
  it("resolution that is not an ordered list", () => {
    const source = alpha.replace("1. Give it work.", "- Give it work.");
    expect(issuesOf(source)[0]?.message).toMatch(/exactly one ordered list/);
  });
  it("unknown component", () => {
    const issues = issuesOf(alpha.replace("<EntryTable", "<Warning />\n\n<EntryTable"));
    expect(issues[0]?.message).toMatch(/unknown component <Warning>; articles may use/);
    expect(issues[0]?.line).toBe(12);
  });
  it("props the build cannot read", () => {
    const issues = issuesOf(alpha.replace('aliases={["widget stuck"]}', "aliases={makeAliases()}"));
    expect(issues[0]?.message).toMatch(/prop `aliases` must be .* not `\{makeAliases\(\)\}`/);
  });
  it("a prop given twice", () => {
    const issues = issuesOf(
      alpha.replace('appears="agent-status"', 'appears="agent-status" appears="log"'),
    );
    expect(issues[0]?.message).toBe("<ErrorEntry> gives `appears` twice; keep one");
    expect(issues[0]?.line).toBe(36);
  });
  it("bad appears value and bad id", () => {
    const issues = issuesOf(
      alpha
        .replace('appears="agent-status"', 'appears="Somewhere"')
        .replace('id="widget-idle"', 'id="Widget Idle"'),
    );
    const text = issues.map((i) => i.message).join("\n");
    expect(text).toMatch(/`appears`: use lower-case/);
    expect(text).toMatch(/`id`: use lower-case/);
  });
  it("imports and expressions", () => {
    expect(issuesOf(`import X from "x"\n\n${alpha}`)[0]?.message).toMatch(
      /imports and exports are not allowed/,
    );
    expect(issuesOf(`${alpha}\n\n{1 + 1}\n`)[0]?.message).toMatch(/expressions .* are not allowed/);
  });
});
