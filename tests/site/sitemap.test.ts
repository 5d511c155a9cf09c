import { describe, expect, it } from "vitest";
import { robotsWithSitemap, siteUrlOf, sitemapXml } from "@/lib/site/sitemap";

describe("SITE_URL", () => {
  it("is optional, and loses its trailing slash", () => {
    expect(siteUrlOf(undefined)).toBeUndefined();
    expect(siteUrlOf("  ")).toBeUndefined();
    expect(siteUrlOf("https://kb.example.com/")).toBe("https://kb.example.com");
    expect(siteUrlOf("https://example.com/docs/")).toBe("https://example.com/docs");
  });

  it("must be an http(s) address without query or hash", () => {
    expect(() => siteUrlOf("kb.example.com")).toThrow(/not an address/);
    expect(() => siteUrlOf("ftp://kb.example.com")).toThrow(/https/);
    expect(() => siteUrlOf("https://kb.example.com/?a=1")).toThrow(/query/);
  });
});

describe("sitemap.xml and robots.txt", () => {
  it("lists absolute addresses, with the base path, escaped", () => {
    const xml = sitemapXml(
      [{ path: "/", lastmod: "2026-11-25" }, { path: "/articles/a&b/" }],
      "https://kb.example.com",
      "/kb",
    );
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain(
      "<url><loc>https://kb.example.com/kb/</loc><lastmod>2026-11-25</lastmod></url>",
    );
    expect(xml).toContain("<loc>https://kb.example.com/kb/articles/a&#38;b/</loc>");
  });

  it("adds the Sitemap line to robots.txt", () => {
    expect(robotsWithSitemap("User-agent: *\nAllow: /\n", "https://x.example/sitemap.xml")).toBe(
      "User-agent: *\nAllow: /\n\nSitemap: https://x.example/sitemap.xml\n",
    );
  });
});
