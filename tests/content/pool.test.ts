import { describe, expect, it } from "vitest";
import { runInThreads } from "@/lib/content/pool";
import { TASKS } from "@/lib/content/pool-tasks";
import { syntheticArticles } from "../../scripts/synthetic/generate";

const articles = [
  ...syntheticArticles(5).map(({ slug, source }) => ({ slug, source, file: `${slug}.mdx` })),
  // Two that cannot be parsed: bad frontmatter, an unclosed tag.
  {
    slug: "broken-frontmatter",
    source: "---\ntitle: [\n---\n# x\n",
    file: "broken-frontmatter.mdx",
  },
  {
    slug: "broken-mdx",
    source: syntheticArticles(1)[0]?.source.replace(/\n## /, "\n<Unclosed>\n## ") ?? "",
    file: "broken-mdx.mdx",
  },
];

describe("the content step's threads", () => {
  it("parse as the calling thread does, failures included, in the jobs' order", async () => {
    const done: number[] = [];
    const threaded = await runInThreads("parse", articles, () => done.push(1), 2);
    const here = await Promise.all(articles.map((a) => TASKS.parse(a)));
    expect(threaded).toEqual(here);
    expect(done).toHaveLength(articles.length);
    expect(here.filter((r) => !r.ok)).toHaveLength(2);
  });

  it("compile as the calling thread does, failures included", async () => {
    const threaded = await runInThreads("compile", articles, () => {}, 2);
    const here = await Promise.all(articles.map((a) => TASKS.compile(a)));
    expect(threaded).toEqual(here);
    expect(here.filter((r) => !r.ok).length).toBeGreaterThan(0);
  });
});
