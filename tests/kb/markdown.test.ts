import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/content/parse";
import { codeSpan, entryMarkdown, escapeMarkdown } from "@/lib/kb/markdown";

const ARTICLE = `---
title: T
summary: S
product: P
appliesTo: [X]
updated: 2026-01-01
---

## Errors

<ErrorEntry id="bad-token" name="Bad *token* [v2]" appears="agent-console" messages={["Bad token"]}>

The **token** in \`agent.conf\` is *wrong*; see [the other entry](/articles/a/#bad-token). 5 < 6 & 1_000.

<Resolution>

1. Open \`C:\\agent\\agent.conf\` and set **token**.
2. \\# not a heading, 3. not a list
3. Run \`\` echo \`x\` \`\` then [restart](<https://example.com/restart (now)>).

</Resolution>

</ErrorEntry>
`;

function entry() {
  const result = parseArticle(ARTICLE, "a.mdx", "a");
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("\n"));
  const [found] = result.article.entries;
  if (!found) throw new Error("no entry");
  return { ...found, url: "/articles/a/#bad-token" };
}

describe("Markdown of an entry", () => {
  it("keeps code spans, bold, emphasis and links from the MDX, and escapes the rest", () => {
    const e = entry();
    expect(e.descriptionMarkdown).toBe(
      "The **token** in `agent.conf` is *wrong*; see [the other entry](/articles/a/#bad-token). 5 \\< 6 & 1\\_000.",
    );
    expect(e.resolutionMarkdown).toEqual([
      "Open `C:\\agent\\agent.conf` and set **token**.",
      "\\# not a heading, 3. not a list",
      "Run `` echo `x` `` then [restart](<https://example.com/restart (now)>).",
    ]);
  });

  it("builds name, link, description and explicitly numbered steps; site links become absolute", () => {
    const markdown = entryMarkdown(entry(), { site: "https://kb.example.com/kb/" });
    expect(markdown).toBe(
      [
        "**Bad \\*token\\* \\[v2\\]**",
        "Permanent link: <https://kb.example.com/kb/articles/a/#bad-token>",
        "The **token** in `agent.conf` is *wrong*; see [the other entry](https://kb.example.com/kb/articles/a/#bad-token). 5 \\< 6 & 1\\_000.",
        "How to fix it:",
        [
          "1. Open `C:\\agent\\agent.conf` and set **token**.",
          "2. \\# not a heading, 3. not a list",
          "3. Run `` echo `x` `` then [restart](<https://example.com/restart (now)>).",
        ].join("\n"),
      ].join("\n\n"),
    );
  });

  it("leaves the link site-relative without a site", () => {
    expect(entryMarkdown(entry())).toContain("Permanent link: /articles/a/#bad-token\n");
  });

  it("numbers every step explicitly, past nine", () => {
    const steps = Array.from({ length: 11 }, (_, i) => `step ${i}`);
    const markdown = entryMarkdown({
      name: "N",
      url: "/a/#n",
      descriptionMarkdown: "d",
      resolutionMarkdown: steps,
    });
    expect(markdown.split("\n").filter((l) => /^\d+\. /.test(l))).toHaveLength(11);
    expect(markdown).toContain("\n10. step 9\n11. step 10");
  });
});

describe("escapeMarkdown", () => {
  it.each([
    ["a*b*c", "a\\*b\\*c"],
    ["snake_case_name", "snake\\_case\\_name"],
    ["[link](x)", "\\[link\\](x)"],
    ["`code`", "\\`code\\`"],
    ["<script>", "\\<script\\>"],
    ["a | b", "a \\| b"],
    ["~~gone~~", "\\~\\~gone\\~\\~"],
    ["back\\slash", "back\\\\slash"],
    ["&amp; stays", "\\&amp; stays"],
    ["AT&T", "AT&T"],
    ["# heading", "\\# heading"],
    ["- item", "\\- item"],
    ["+ item", "\\+ item"],
    ["1. item", "1\\. item"],
    ["2) item", "2\\) item"],
    ["===", "\\==="],
    ["Version 2. Then", "Version 2. Then"],
  ])("%s", (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it("makes code spans that hold backticks", () => {
    expect(codeSpan("plain")).toBe("`plain`");
    expect(codeSpan("a`b")).toBe("``a`b``");
    expect(codeSpan("`x`")).toBe("`` `x` ``");
  });
});
