/**
 * `sitemap.xml` and the `Sitemap:` line of `robots.txt`. Both need absolute addresses: the
 * sitemap protocol (sitemaps.org) and the robots.txt standard's `Sitemap` field (RFC 9309, and
 * every major crawler) take fully-qualified URLs only, so they are written only when the build
 * knows the site's address, from SITE_URL. Pure: strings in, strings out.
 */

export type SitemapPage = {
  /** Site path without the base path, such as `/articles/x/`. */
  path: string;
  /** Last change, YYYY-MM-DD. */
  lastmod?: string;
};

/** SITE_URL checked and without a trailing slash, or undefined when unset or blank. */
export function siteUrlOf(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" is not an address; write it as https://kb.example.com`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`SITE_URL "${value}" must start with https:// or http://`);
  if (url.search || url.hash) throw new Error(`SITE_URL "${value}" must not have ?query or #hash`);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The absolute address of a site path: SITE_URL, then the base path, then the path. */
export function absoluteUrl(siteUrl: string, basePath: string, path: string): string {
  return `${siteUrl}${basePath}${path}`;
}

export function sitemapXml(pages: SitemapPage[], siteUrl: string, basePath: string): string {
  const urls = pages.map((page) => {
    const loc = `<loc>${escapeXml(absoluteUrl(siteUrl, basePath, page.path))}</loc>`;
    const lastmod = page.lastmod ? `<lastmod>${escapeXml(page.lastmod)}</lastmod>` : "";
    return `  <url>${loc}${lastmod}</url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}

/** `robots.txt` as `public/` has it, with the sitemap's address added on a line of its own. */
export function robotsWithSitemap(robots: string, sitemapUrl: string): string {
  return `${robots.replace(/\s*$/, "")}\n\nSitemap: ${sitemapUrl}\n`;
}
