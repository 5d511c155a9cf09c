import { describe, expect, it } from "vitest";
import { visiblePages } from "@/components/pagination";
import {
  byName,
  featuredProducts,
  HOME_PRODUCTS,
  neighbours,
  pageCount,
  pageOf,
  PRODUCT_PAGE_SIZE,
  PRODUCTS_PAGE_SIZE,
  productPageOf,
  productsRoute,
  productsRouteSegments,
  productSummaries,
} from "@/lib/site/catalog";
import { productPath, productsPath } from "@/lib/site/paths";
import { syntheticSite } from "../support/synthetic-site";

const deprecated = { status: "deprecated" as const, dates: [], replacedBy: [] };
const retired = { status: "retired" as const, dates: [], replacedBy: [] };

describe("products with their articles", () => {
  const kb = syntheticSite(25, {
    articlesPerProduct: 10,
    lifecycleOf: (product, article) =>
      product === 2 ? (article === 15 ? retired : deprecated) : undefined,
  });
  const summaries = productSummaries(kb);

  it("groups the articles of each product, in their order, with counts", () => {
    expect(summaries.map((s) => [s.product.name, s.articles.length, s.entries])).toEqual([
      ["Synthetic product 1", 10, 100],
      ["Synthetic product 2", 10, 100],
      ["Synthetic product 3", 5, 50],
    ]);
    expect(summaries[2]?.articles.map((a) => a.slug)).toEqual(
      kb.articles.slice(20).map((a) => a.slug),
    );
  });

  it("counts the entries on each surface, in the product's order of surfaces", () => {
    const [first] = summaries;
    const counted = first?.surfaces.map((s) => [s.surface.id, s.entries]) ?? [];
    const expected = new Map<string, number>();
    for (const e of kb.entries.filter((e) => e.product === first?.product.id))
      expected.set(e.appears, (expected.get(e.appears) ?? 0) + 1);
    expect(Object.fromEntries(counted)).toEqual(Object.fromEntries(expected));
    const order = first?.product.surfaces.map((s) => s.id) ?? [];
    expect(counted.map(([id]) => order.indexOf(String(id)))).toEqual(
      counted.map(([id]) => order.indexOf(String(id))).sort((a, b) => a - b),
    );
  });

  it("gives a product the most advanced lifecycle of its articles", () => {
    expect(summaries[0]?.lifecycle).toBeUndefined();
    expect(summaries[1]?.lifecycle).toEqual({ lifecycle: retired, articles: 1 });
    expect(summaries[1]?.updated).toBe(
      kb.articles
        .slice(10, 20)
        .map((a) => a.frontmatter.updated)
        .sort()
        .at(-1),
    );
  });

  it("leaves out a declared product that has no article", () => {
    const withExtra = {
      ...kb,
      products: [
        ...kb.products,
        { id: "unused", name: "Unused", aliases: [], terms: [], surfaces: [] },
      ],
    };
    expect(productSummaries(withExtra).map((s) => s.product.id)).not.toContain("unused");
  });
});

describe("the home page's products", () => {
  it("are ordered by name, numbers by their value", () => {
    const names = productSummaries(syntheticSite(12)).map((s) => s.product.name);
    expect(names.slice(0, 3)).toEqual([
      "Synthetic product 1",
      "Synthetic product 2",
      "Synthetic product 3",
    ]);
    expect(names.at(-1)).toBe("Synthetic product 12");
  });

  it("are all of them while they fit", () => {
    const summaries = productSummaries(syntheticSite(HOME_PRODUCTS));
    expect(featuredProducts(summaries)).toEqual(summaries);
  });

  it("are the largest ones, by name, past that", () => {
    const kb = syntheticSite(HOME_PRODUCTS + 10);
    // Products 1 to 10 get an extra article each: they are the largest.
    const extra = syntheticSite(10).articles.map((a, i) => ({
      ...a,
      slug: `extra-${i}`,
      product: kb.articles[i]?.product ?? "",
    }));
    const summaries = productSummaries({ ...kb, articles: [...kb.articles, ...extra] });
    const featured = featuredProducts(summaries);
    expect(featured).toHaveLength(HOME_PRODUCTS);
    for (let n = 1; n <= 10; n++)
      expect(featured.map((s) => s.product.name)).toContain(`Synthetic product ${n}`);
    expect(featured.map((s) => s.product.name)).toEqual(
      featured.map((s) => s.product.name).sort(byName),
    );
  });
});

describe("pages of long lists", () => {
  it("cut a list into pages of a size, with at least one page", () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
    expect(pageOf([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4]);
    expect(pageOf([1, 2, 3, 4, 5], 3, 2)).toEqual([5]);
  });

  it("show the first, the last and the pages around the current one", () => {
    expect(visiblePages(1, 1)).toEqual([1]);
    expect(visiblePages(6, 20)).toEqual([1, undefined, 4, 5, 6, 7, 8, undefined, 20]);
    expect(visiblePages(1, 20)).toEqual([1, 2, 3, undefined, 20]);
    expect(visiblePages(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("have paths that read back to the page they name", () => {
    const summaries = productSummaries(syntheticSite(PRODUCTS_PAGE_SIZE * 2 + 1));
    const big = productSummaries(
      syntheticSite(PRODUCT_PAGE_SIZE * 2 + 3, { articlesPerProduct: 1000 }),
    );
    const segments = [...productsRouteSegments(summaries), ...productsRouteSegments(big)];
    expect(segments.filter((s) => s[0] === "page")).toEqual([
      ["page", "2"],
      ["page", "3"],
    ]);
    expect(productsRouteSegments(big).filter((s) => s[0] === "synthetic-product-1")).toEqual([
      ["synthetic-product-1"],
      ["synthetic-product-1", "page", "2"],
      ["synthetic-product-1", "page", "3"],
    ]);
    for (const s of segments) {
      const route = productsRoute(s);
      expect(route, s.join("/")).toBeDefined();
      const path =
        route?.kind === "list"
          ? productsPath(route.page)
          : productPath(route?.id ?? "", route?.page);
      expect(path).toBe(`/products/${s.join("/")}/`);
    }
    expect(productsRoute([])).toEqual({ kind: "list", page: 1 });
  });

  it("refuse paths that name no page", () => {
    for (const bad of [
      ["page", "1"],
      ["page", "0"],
      ["page", "x"],
      ["a", "b"],
      ["a", "page", "1"],
      ["a", "page", "2", "x"],
    ])
      expect(productsRoute(bad), bad.join("/")).toBeUndefined();
    // A product may be named "Page": its page is one segment, the list's pages two.
    expect(productsRoute(["page"])).toEqual({ kind: "product", id: "page", page: 1 });
  });

  it("know which page of its product lists an article", () => {
    const [summary] = productSummaries(syntheticSite(120, { articlesPerProduct: 120 }));
    if (!summary) throw new Error("no product");
    expect(productPageOf(summary, "synthetic-article-00001")).toBe(1);
    expect(productPageOf(summary, "synthetic-article-00051")).toBe(2);
    expect(productPageOf(summary, "synthetic-article-00120")).toBe(3);
  });
});

describe("an article's neighbours in its product", () => {
  const articles = syntheticSite(30, { articlesPerProduct: 30 }).articles;
  const slugs = (n: number) => `synthetic-article-${String(n).padStart(5, "0")}`;
  const numbers = (list: { slug: string }[]) => list.map((a) => Number(a.slug.slice(-5)));

  it("are all the others in a small product", () => {
    const few = articles.slice(0, 3);
    expect(numbers(neighbours(few, slugs(2)))).toEqual([1, 3]);
  });

  it("are those around it in a large one, never itself", () => {
    expect(numbers(neighbours(articles, slugs(15), 8))).toEqual([11, 12, 13, 14, 16, 17, 18, 19]);
    expect(numbers(neighbours(articles, slugs(1), 8))).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(numbers(neighbours(articles, slugs(30), 8))).toEqual([22, 23, 24, 25, 26, 27, 28, 29]);
  });

  it("link every article of a product to the next, so a walk reaches them all", () => {
    for (let n = 1; n < 30; n++)
      expect(numbers(neighbours(articles, slugs(n), 8))).toContain(n + 1);
  });
});
