import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "@/lib/content/load";
import { slugOf } from "@/lib/content/new-article";
import { fixtureCopy, replaceIn } from "../support/fixture-kb";

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function copy(from?: string): string {
  const { dir, cleanup } = fixtureCopy(() => {}, from);
  cleanups.push(cleanup);
  return dir;
}

function runNew(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/new-article.ts", ...args], {
    env: { ...process.env, CONTENT_DIR: dir },
    encoding: "utf8",
  });
}

describe("slugs from titles", () => {
  it("lower-case words joined by hyphens, accents and punctuation dropped", () => {
    expect(slugOf("Troubleshoot the Acme agent")).toBe("troubleshoot-the-acme-agent");
    expect(slugOf("SIEM agent: proxy & TLS errors")).toBe("siem-agent-proxy-tls-errors");
    expect(slugOf("Délai dépassé — Java 17")).toBe("delai-depasse-java-17");
  });
});

describe("npm run new", () => {
  it("writes an article that builds, with one example entry, and says where", async () => {
    const dir = copy();
    const run = runNew(dir, "--product", "Gamma", "--title", "Troubleshoot the gamma gizmo");
    expect(run.status).toBe(0);
    const file = path.join(dir, "troubleshoot-the-gamma-gizmo.mdx");
    expect(run.stdout).toContain(`new: wrote ${file}`);
    expect(run.stdout).toContain("/articles/troubleshoot-the-gamma-gizmo/");
    const kb = await loadKnowledgeBase({ dir, record: "ignore" });
    const article = kb.articles.find((a) => a.slug === "troubleshoot-the-gamma-gizmo");
    expect(article?.frontmatter).toMatchObject({
      title: "Troubleshoot the gamma gizmo",
      product: "Gamma",
      appliesTo: ["Gamma"],
    });
    expect(kb.entries.filter((e) => e.article === article?.slug)).toMatchObject([
      {
        id: "gamma-example-error",
        appears: "console",
        messages: ["Example error: could not reach {0} after {1} attempts"],
      },
    ]);
  });

  it("uses a declared product's own name and first surface, and ids no entry has", async () => {
    const dir = copy(path.resolve("tests/fixtures/kb/small-products"));
    const first = runNew(dir, "--product", "beta proxy", "--title", "Beta proxy, part two");
    const second = runNew(dir, "--product", "Beta Proxy", "--title", "Beta proxy, part three");
    expect([first.status, second.status]).toEqual([0, 0]);
    const config = readFileSync(path.join(dir, "knowledge-base.yaml"), "utf8");
    expect(config).toMatch(/name: Beta Proxy/);
    const kb = await loadKnowledgeBase({ dir, record: "ignore", compile: false });
    const made = kb.entries.filter((e) => e.article.startsWith("beta-proxy-part-"));
    expect(made.map((e) => e.id).sort()).toEqual([
      "beta-proxy-example-error",
      "beta-proxy-example-error-2",
    ]);
    expect(new Set(made.map((e) => e.product))).toEqual(new Set(["beta-proxy"]));
  });

  it("refuses a slug that exists, is a former slug, was published, or is not valid, and says why", () => {
    const dir = copy();
    replaceIn(
      dir,
      "beta-gadget.mdx",
      "tags: [gadget]",
      "tags: [gadget]\nformerSlugs: [old-gadget]",
    );
    const record = path.join(dir, "published.json");
    const published = JSON.parse(readFileSync(record, "utf8"));
    published.articles["retired-widget"] = [];
    writeFileSync(record, JSON.stringify(published));
    const refusals = [
      [["--slug", "alpha-widget"], 'an article "alpha-widget" already exists'],
      [["--slug", "old-gadget"], '"old-gadget" is a former slug of another article'],
      [["--slug", "retired-widget"], '"retired-widget" was published before'],
      [["--slug", "Alpha_Widget"], '"Alpha_Widget" is not a valid slug: use lower-case letters'],
    ] as const;
    for (const [args, why] of refusals) {
      const run = runNew(dir, "--product", "Alpha", "--title", "Anything", ...args);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(why);
    }
    expect(existsSync(path.join(dir, "anything.mdx"))).toBe(false);
  });

  it("says how to call it when an option is missing", () => {
    const run = runNew(copy(), "--title", "No product");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("give both --product and --title");
  });
});
