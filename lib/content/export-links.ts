/**
 * Checks that every internal link and anchor in a static export resolves. Pure: it takes the
 * export's HTML pages by path, so tests can feed it fixtures.
 */

export type ExportPage = { path: string; html: string };
export type BrokenLink = { page: string; href: string; reason: string };

const ID_ATTR = /\sid="([^"]+)"/g;
const HREF_ATTR = /<a\b[^>]*?\shref="([^"]*)"/g;

function decodeHtml(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/** Maps an export file path (`articles/x/index.html`) to the URL path that serves it. */
export function urlPathOf(file: string, basePath = ""): string {
  const normal = file.replace(/\\/g, "/");
  if (normal === "index.html") return `${basePath}/`;
  if (normal.endsWith("/index.html")) return `${basePath}/${normal.slice(0, -"index.html".length)}`;
  return `${basePath}/${normal}`;
}

export function findBrokenLinks(
  pages: ExportPage[],
  otherFiles: string[],
  basePath = "",
): BrokenLink[] {
  const anchors = new Map<string, Set<string>>();
  for (const page of pages) {
    anchors.set(
      page.path,
      new Set([...page.html.matchAll(ID_ATTR)].map((m) => decodeHtml(m[1] ?? ""))),
    );
  }
  const files = new Set(otherFiles);
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const match of page.html.matchAll(HREF_ATTR)) {
      const href = decodeHtml(match[1] ?? "");
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue;
      const [rawPath = "", hash = ""] = href.split("#", 2);
      const target = rawPath === "" ? page.path : new URL(rawPath, `http://x${page.path}`).pathname;
      const targetAnchors = anchors.get(target);
      if (!targetAnchors) {
        if (!files.has(target))
          broken.push({ page: page.path, href, reason: "no page or file at this path" });
        continue;
      }
      if (hash && !targetAnchors.has(decodeURIComponent(hash))) {
        broken.push({ page: page.path, href, reason: `the page has no element with id "${hash}"` });
      }
      if (!target.startsWith(`${basePath}/`)) {
        broken.push({ page: page.path, href, reason: `link is outside the base path ${basePath}` });
      }
    }
  }
  return broken;
}
