/**
 * Post-build: the command palette's files (`palette/core.json` and the folder it names) and, when SITE_URL is set, the
 * sitemap (`sitemap.xml`) with its line in `robots.txt` (copied from `public/` by the export).
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { readBuiltKnowledgeBase } from "@/lib/content/built";
import { PRODUCTS_PAGE_SIZE, pageCount, productSummaries } from "@/lib/site/catalog";
import { PALETTE_CORE_PATH } from "@/lib/palette/format";
import { paletteFiles } from "@/lib/site/data-files";
import { articlePath, productPath, productsPath } from "@/lib/site/paths";
import {
  absoluteUrl,
  robotsWithSitemap,
  type SitemapPage,
  siteUrlOf,
  sitemapXml,
} from "@/lib/site/sitemap";
import { gzipCopiesOf, writeDataFiles } from "./write-data-files";

export type SiteFiles = {
  palette: { coreBytes: number; bytes: number; files: number; gzipBytes: number };
  sitemap: string | undefined;
};

/**
 * The product pages: each product's first page (its further pages only repeat its list of
 * articles, which the first page and the articles link) and every page of the list of products.
 */
function productPages(kb: ReturnType<typeof readBuiltKnowledgeBase>): SitemapPage[] {
  const summaries = productSummaries(kb);
  return [
    ...Array.from({ length: pageCount(summaries.length, PRODUCTS_PAGE_SIZE) }, (_, i) => ({
      path: productsPath(i + 1),
    })),
    ...summaries.map((s) => ({ path: productPath(s.product.id), lastmod: s.updated })),
  ];
}

export async function writeSiteFiles(
  outDir = "out",
  env: Record<string, string | undefined> = process.env,
): Promise<SiteFiles> {
  const kb = readBuiltKnowledgeBase();
  const files = paletteFiles(kb);
  const { gzipBytes } = await writeDataFiles(outDir, files, { gzip: gzipCopiesOf(env) });
  const palette = {
    gzipBytes,
    coreBytes: files.get(PALETTE_CORE_PATH)?.length ?? 0,
    bytes: [...files.values()].reduce((sum, text) => sum + text.length, 0),
    files: files.size - 1,
  };

  const siteUrl = siteUrlOf(env.SITE_URL);
  if (!siteUrl) return { palette, sitemap: undefined };
  const basePath = env.BASE_PATH ?? "";
  const pages = [
    {
      path: "/",
      lastmod: kb.articles
        .map((a) => a.frontmatter.updated)
        .sort()
        .at(-1),
    },
    ...kb.articles.map((a) => ({ path: articlePath(a.slug), lastmod: a.frontmatter.updated })),
    ...productPages(kb),
  ];
  await writeFile(path.join(outDir, "sitemap.xml"), sitemapXml(pages, siteUrl, basePath));
  const sitemap = absoluteUrl(siteUrl, basePath, "/sitemap.xml");
  const robots = path.join(outDir, "robots.txt");
  await writeFile(robots, robotsWithSitemap(await readFile(robots, "utf8"), sitemap));
  return { palette, sitemap };
}
