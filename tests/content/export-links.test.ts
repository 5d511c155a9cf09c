import { describe, expect, it } from "vitest";
import { findBrokenLinks, urlPathOf } from "@/lib/content/export-links";

const page = (path: string, html: string) => ({ path, html });

describe("link check over the export", () => {
  it("maps export files to the paths that serve them", () => {
    expect(urlPathOf("index.html")).toBe("/");
    expect(urlPathOf("articles/x/index.html")).toBe("/articles/x/");
    expect(urlPathOf("404.html", "/kb")).toBe("/kb/404.html");
  });

  it("accepts links and anchors that exist, and ignores external ones", () => {
    const pages = [
      page(
        "/",
        '<a href="/articles/x/#e1">x</a><a href="https://example.com/#nope">e</a><a href="/errors.json">j</a>',
      ),
      page(
        "/articles/x/",
        '<section id="e1"></section><a href="#e1">self</a><a href="../../">home</a>',
      ),
    ];
    expect(findBrokenLinks(pages, ["/errors.json"])).toEqual([]);
  });

  it("reports a missing page, a missing anchor and a link outside the base path", () => {
    const pages = [
      page(
        "/kb/",
        '<a href="/kb/articles/y/">y</a><a href="/kb/articles/x/#gone">x</a><a href="/articles/x/">raw</a>',
      ),
      page("/kb/articles/x/", '<h2 id="a">A</h2>'),
      page("/articles/x/", ""),
    ];
    const broken = findBrokenLinks(pages, [], "/kb");
    expect(broken.map((b) => [b.href, b.reason])).toEqual([
      ["/kb/articles/y/", "no page or file at this path"],
      ["/kb/articles/x/#gone", 'the page has no element with id "gone"'],
      ["/articles/x/", "link is outside the base path /kb"],
    ]);
  });
});
