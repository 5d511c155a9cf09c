/**
 * The knowledge base by product, for navigation: what the home page, the product pages and the
 * article pages list, and how long lists are cut into pages. Pure: a built knowledge base in,
 * plain data out, so the page sizes can be tested without a build.
 */
import type { BuiltArticle, KnowledgeBase } from "@/lib/content/knowledge-base";
import type { Lifecycle } from "@/lib/content/schema";
import { type Product, type Surface, surfaceOf } from "@/lib/kb/model";

/**
 * Products the home page lists with their articles. Past this many, it lists the largest ones
 * (by documented errors) and links to the full list: at 10,000 articles of 1,000 products, every
 * product with three articles would be about 600 KB of HTML, where 40 keep the page under 100 KB.
 * The 20 products of the multi-product fixture all fit.
 */
export const HOME_PRODUCTS = 40;

/**
 * Articles the home page shows under each product, in their order; "All 12 articles" links to
 * the product's page for the rest. Three name a product's main subjects without turning the home
 * page back into one long list of articles.
 */
export const HOME_ARTICLES_PER_PRODUCT = 3;

/**
 * Articles per page of a product's page. Each article is a card of about 500 bytes with its
 * summary, so 50 keep a page near 25 KB; a product of 1,000 articles gets 20 pages.
 */
export const PRODUCT_PAGE_SIZE = 50;

/**
 * Products per page of the list of all products: one line each, about 300 bytes, so 100 are
 * about 30 KB; 1,000 products take 10 pages.
 */
export const PRODUCTS_PAGE_SIZE = 100;

/**
 * Other articles of its product an article links to: the ones next to it in the product's order,
 * so that every article of a large product is reachable by walking from one to the next, and an
 * article of a product with 1,000 articles does not carry 999 links.
 */
export const RELATED_ARTICLES = 8;

/**
 * A product page lists the entries under each article while the page holds at most this many (as
 * the home page once did for the whole knowledge base): the SIEM agent's 15 fit, a page of 50
 * articles of ten entries does not.
 */
export const LISTED_ENTRIES_PER_PAGE = 300;

/** Names in reading order, numbers by value: "Windows 10" before "Windows 11", 9 before 10. */
export function byName(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}

const SEVERITY: Record<Lifecycle["status"], number> = { current: 0, deprecated: 1, retired: 2 };

/** Where a product stands: the most advanced lifecycle any of its articles declares. */
export type ProductLifecycle = {
  lifecycle: Lifecycle;
  /** How many of the product's articles declare that status. */
  articles: number;
};

export type SurfaceCount = { surface: Surface; entries: number };

export type ProductSummary = {
  product: Product;
  /** In the home page's order: `order`, then title. */
  articles: BuiltArticle[];
  entries: number;
  /** The surfaces its entries appear on, in the product's order, with how many appear there. */
  surfaces: SurfaceCount[];
  lifecycle?: ProductLifecycle;
  /** The latest `updated` of its articles. */
  updated: string;
};

function lifecycleOf(articles: BuiltArticle[]): ProductLifecycle | undefined {
  let found: ProductLifecycle | undefined;
  for (const article of articles) {
    const lifecycle = article.frontmatter.lifecycle;
    if (!lifecycle || lifecycle.status === "current") continue;
    if (!found || SEVERITY[lifecycle.status] > SEVERITY[found.lifecycle.status])
      found = { lifecycle, articles: 1 };
    else if (lifecycle.status === found.lifecycle.status) found.articles += 1;
  }
  return found;
}

/** Every product that has articles, by name. */
export function productSummaries(kb: KnowledgeBase): ProductSummary[] {
  const articlesOf = new Map<string, BuiltArticle[]>();
  for (const article of kb.articles) {
    const list = articlesOf.get(article.product);
    if (list) list.push(article);
    else articlesOf.set(article.product, [article]);
  }
  const onSurface = new Map<string, Map<string, number>>();
  for (const entry of kb.entries) {
    const counts = onSurface.get(entry.product) ?? new Map<string, number>();
    counts.set(entry.appears, (counts.get(entry.appears) ?? 0) + 1);
    onSurface.set(entry.product, counts);
  }
  const summaries: ProductSummary[] = [];
  for (const product of kb.products) {
    const articles = articlesOf.get(product.id);
    if (!articles) continue;
    const counts = onSurface.get(product.id) ?? new Map<string, number>();
    const declared = product.surfaces.map((s) => s.id);
    const ids = [...declared, ...[...counts.keys()].filter((id) => !declared.includes(id))];
    const lifecycle = lifecycleOf(articles);
    summaries.push({
      product,
      articles,
      entries: articles.reduce((n, a) => n + a.entryIds.length, 0),
      surfaces: ids
        .filter((id) => (counts.get(id) ?? 0) > 0)
        .map((id) => ({ surface: surfaceOf(product, id), entries: counts.get(id) ?? 0 })),
      ...(lifecycle ? { lifecycle } : {}),
      updated: articles.map((a) => a.frontmatter.updated).reduce((a, b) => (b > a ? b : a)),
    });
  }
  return summaries.sort((a, b) => byName(a.product.name, b.product.name));
}

/** The products the home page lists: all of them, or the `max` largest, still by name. */
export function featuredProducts(
  summaries: ProductSummary[],
  max = HOME_PRODUCTS,
): ProductSummary[] {
  if (summaries.length <= max) return summaries;
  const largest = [...summaries]
    .sort(
      (a, b) =>
        b.entries - a.entries ||
        b.articles.length - a.articles.length ||
        byName(a.product.name, b.product.name),
    )
    .slice(0, max);
  const chosen = new Set(largest);
  return summaries.filter((s) => chosen.has(s));
}

/** How many pages `count` items take at `size` per page: at least one. */
export function pageCount(count: number, size: number): number {
  return Math.max(1, Math.ceil(count / size));
}

/** Page `page` (from 1) of `items`. */
export function pageOf<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/**
 * What a path under `/products/` shows, from its segments: `[]` the list, `["page", "2"]` its
 * second page, `[id]` a product, `[id, "page", "2"]` its second page. Segment counts keep them
 * apart, so no product id is reserved (a product named "Page" lives at `/products/page/`).
 */
export type ProductsRoute =
  { kind: "list"; page: number } | { kind: "product"; id: string; page: number };

export function productsRoute(segments: readonly string[]): ProductsRoute | undefined {
  const pageNumber = (text: string | undefined) =>
    text && /^[1-9]\d*$/.test(text) && text !== "1" ? Number(text) : undefined;
  const [first, second, third, ...rest] = segments;
  if (rest.length > 0) return undefined;
  if (first === undefined) return { kind: "list", page: 1 };
  if (second === undefined) return { kind: "product", id: first, page: 1 };
  if (first === "page" && third === undefined) {
    const page = pageNumber(second);
    return page ? { kind: "list", page } : undefined;
  }
  if (second === "page") {
    const page = pageNumber(third);
    return page ? { kind: "product", id: first, page } : undefined;
  }
  return undefined;
}

/** Every path under `/products/` the export holds, as segments (the list's first page aside). */
export function productsRouteSegments(summaries: ProductSummary[]): string[][] {
  const list = Array.from(
    { length: pageCount(summaries.length, PRODUCTS_PAGE_SIZE) - 1 },
    (_, i) => ["page", String(i + 2)],
  );
  const products = summaries.flatMap((s) => [
    [s.product.id],
    ...Array.from({ length: pageCount(s.articles.length, PRODUCT_PAGE_SIZE) - 1 }, (_, i) => [
      s.product.id,
      "page",
      String(i + 2),
    ]),
  ]);
  return [...list, ...products];
}

/** Which page of its product's page lists an article. */
export function productPageOf(summary: ProductSummary, slug: string): number {
  const i = summary.articles.findIndex((a) => a.slug === slug);
  return i < 0 ? 1 : Math.floor(i / PRODUCT_PAGE_SIZE) + 1;
}

/**
 * The other articles of an article's product that it links to: up to `max`, those around it in
 * the product's order (the next ones first when it stands at the start).
 */
export function neighbours(
  articles: readonly BuiltArticle[],
  slug: string,
  max = RELATED_ARTICLES,
): BuiltArticle[] {
  const at = articles.findIndex((a) => a.slug === slug);
  const others = articles.filter((a) => a.slug !== slug);
  if (others.length <= max || at < 0) return others.slice(0, max);
  const start = Math.min(Math.max(0, at - Math.floor(max / 2)), others.length - max);
  return others.slice(start, start + max);
}
