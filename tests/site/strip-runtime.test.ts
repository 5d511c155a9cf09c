import { describe, expect, it } from "vitest";
import { isRuntimeFile, stripRuntime } from "@/lib/site/strip-runtime";

const page =
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/kb/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/kb/_next/static/chunks/b.js"/>' +
  '<link rel="modulepreload" href="/kb/_next/static/chunks/c.js"/>' +
  '<script src="/kb/_next/static/chunks/d.js" async=""></script>' +
  '<script src="/kb/_next/static/chunks/e.js" noModule=""></script>' +
  '<link rel="icon" href="/kb/icon.svg"/></head><body><main><h1>Title</h1>' +
  '<script type="module" src="/kb/islands/lookup-X1.js"></script>' +
  '<script type="application/ld+json">{"@type":"Article"}</script></main>' +
  '<script id="_R_">(globalThis.TURBOPACK||[]).push({})</script>' +
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" +
  '<script>self.__next_f.push([1,"0:{}"])</script></body></html>';

describe("stripRuntime", () => {
  const html = stripRuntime(page);

  it("removes the framework's scripts, inline and external, and its script hints", () => {
    expect(html).not.toMatch(/_next\/static\/chunks\/[a-z]\.js/);
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("TURBOPACK");
    expect(html).not.toContain("modulepreload");
  });

  it("keeps the HTML, the CSS, the icon, the islands and data blocks", () => {
    expect(html).toContain("<h1>Title</h1>");
    expect(html).toContain('<link rel="stylesheet" href="/kb/_next/static/chunks/a.css"');
    expect(html).toContain('<link rel="icon" href="/kb/icon.svg"/>');
    expect(html).toContain('<script type="module" src="/kb/islands/lookup-X1.js"></script>');
    expect(html).toContain('<script type="application/ld+json">');
  });

  it("is idempotent", () => {
    expect(stripRuntime(html)).toBe(html);
  });
});

describe("isRuntimeFile", () => {
  it("names the RSC payloads and the framework's chunks, nothing else", () => {
    for (const file of [
      "index.txt",
      "articles/x/index.txt",
      "__next._tree.txt",
      "articles/x/__next.articles.$d$slug.__PAGE__.txt",
      "_next/static/chunks/0amwhao86qqu5.js",
      "_next/static/abc/_buildManifest.js",
    ])
      expect(isRuntimeFile(file), file).toBe(true);
    for (const file of [
      "robots.txt",
      "_next/static/chunks/1bkhpbrn5rkgb.css",
      "_next/static/media/icon.svg",
      "islands/lookup-X1.js",
      "lookup/index.json",
      "index.html",
    ])
      expect(isRuntimeFile(file), file).toBe(false);
  });
});
