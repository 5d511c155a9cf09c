import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ProductDirectory } from "@/components/product-directory";
import { ProductFilter } from "@/components/product-filter";
import { ProductList, ProductPage } from "@/components/product-page";
import { RelatedArticles } from "@/components/related-articles";
import type { KnowledgeBase } from "@/lib/content/knowledge-base";
import {
  HOME_ARTICLES_PER_PRODUCT,
  HOME_PRODUCTS,
  PRODUCT_PAGE_SIZE,
  PRODUCTS_PAGE_SIZE,
  productsRoute,
  productSummaries,
  RELATED_ARTICLES,
} from "@/lib/site/catalog";
import { articlePath } from "@/lib/site/paths";
import { syntheticSite } from "../support/synthetic-site";

/**
 * The home page outside its list of products (header, introduction, the lookup's box and its
 * no-JavaScript note, footer) is about 6 KB of HTML: `out/index.html` of the real knowledge base,
 * one product card included, is 6.3 KB. The list must leave the page under 100 KB.
 */
const HOME_REST_BYTES = 8 * 1024;
const HOME_BUDGET_BYTES = 100 * 1024;

const html = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element);
const hrefs = (markup: string) => [...markup.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? "");

/** Every link goes to an article, a product's page or the list of products the export holds. */
function expectLinksResolve(markup: string, kb: KnowledgeBase): void {
  const summaries = productSummaries(kb);
  const slugs = new Set(kb.articles.map((a) => articlePath(a.slug)));
  for (const href of hrefs(markup)) {
    if (slugs.has(href)) continue;
    const match = /^\/products\/(.*?)\/?$/.exec(href);
    const route = match && productsRoute(match[1] ? match[1].split("/") : []);
    expect(route, href).toBeDefined();
    if (route?.kind === "product") {
      const summary = summaries.find((s) => s.product.id === route.id);
      expect(summary, href).toBeDefined();
      expect(route.page, href).toBeLessThanOrEqual(
        Math.ceil((summary?.articles.length ?? 0) / PRODUCT_PAGE_SIZE),
      );
    } else if (route) {
      expect(route.page).toBeLessThanOrEqual(Math.ceil(summaries.length / PRODUCTS_PAGE_SIZE));
    }
  }
}

describe("the home page's products at 10,000 articles", () => {
  const tenPerProduct = syntheticSite(10_000, { articlesPerProduct: 10 });
  const onePerProduct = syntheticSite(10_000);
  const thousand = syntheticSite(1_000, { articlesPerProduct: 10 });

  it("stay within the home page's budget, with one product per article or ten", () => {
    for (const kb of [tenPerProduct, onePerProduct]) {
      const markup = html(createElement(ProductDirectory, { summaries: productSummaries(kb) }));
      console.log(
        `home page products, ${kb.articles.length} articles of ${kb.products.length} products: ${(markup.length / 1024).toFixed(1)} KiB`,
      );
      expect(markup.length + HOME_REST_BYTES).toBeLessThan(HOME_BUDGET_BYTES);
    }
  });

  it("do not grow with the number of articles", () => {
    const small = html(
      createElement(ProductDirectory, { summaries: productSummaries(thousand) }),
    ).length;
    const large = html(
      createElement(ProductDirectory, { summaries: productSummaries(tenPerProduct) }),
    ).length;
    expect(large / small).toBeLessThan(1.05);
  });

  it("are the largest products, each with its first articles, and a link to all of them", () => {
    const markup = html(
      createElement(ProductDirectory, { summaries: productSummaries(tenPerProduct) }),
    );
    expect(markup.match(/<h3/g)).toHaveLength(HOME_PRODUCTS);
    expect(hrefs(markup).filter((h) => h.startsWith("/articles/"))).toHaveLength(
      HOME_PRODUCTS * HOME_ARTICLES_PER_PRODUCT,
    );
    expect(markup).toContain("All 1,000 products");
    expect(markup).toContain('href="/products/"');
    expect(markup).toContain("10 articles · 100 documented errors");
    expectLinksResolve(markup, tenPerProduct);
  });

  it("are plain links: no script and no control that needs one", () => {
    const markup = html(
      createElement(ProductDirectory, { summaries: productSummaries(tenPerProduct) }),
    );
    expect(markup).not.toMatch(/<script|<button|<details|<input/);
  });

  it("list every product and article of a small knowledge base, with no link to elsewhere", () => {
    const kb = syntheticSite(27, { articlesPerProduct: 2 });
    const markup = html(createElement(ProductDirectory, { summaries: productSummaries(kb) }));
    expect(markup.match(/<h3/g)).toHaveLength(14);
    for (const a of kb.articles) expect(markup).toContain(`href="${articlePath(a.slug)}"`);
    expect(markup).not.toContain("The 40 products");
  });
});

describe("the lookup's product filter", () => {
  it("is a menu of every product up to a hundred", () => {
    const markup = html(createElement(ProductFilter, { products: syntheticSite(100).products }));
    expect(markup.match(/<option/g)).toHaveLength(101);
  });

  it("is a text box past that, so the home page does not carry every product's name", () => {
    const markup = html(createElement(ProductFilter, { products: syntheticSite(1_000).products }));
    expect(markup).not.toContain("<option");
    expect(markup).toMatch(/<input[^>]*id="lookup-product"/);
    expect(markup.length).toBeLessThan(1024);
  });
});

describe("a product's page", () => {
  const kb = syntheticSite(1_000, { articlesPerProduct: 1_000 });
  const [summary] = productSummaries(kb);
  if (!summary) throw new Error("no product");
  const entries = new Map(kb.entries.map((e) => [e.id, e]));

  it("lists its articles a page at a time, with links to the other pages", () => {
    const first = html(createElement(ProductPage, { summary, page: 1, entries }));
    const articleLinks = hrefs(first).filter((h) => h.startsWith("/articles/"));
    expect(new Set(articleLinks).size).toBe(PRODUCT_PAGE_SIZE);
    expect(first).toContain('href="/products/synthetic-product-1/page/2/"');
    expect(first).toContain('href="/products/synthetic-product-1/page/20/"');
    expect(first).toContain("Page 1 of 20");
    expect(first).toContain("Articles 1 to 50 of 1,000");
    expectLinksResolve(first, kb);
    const last = html(createElement(ProductPage, { summary, page: 20, entries }));
    expect(last).toContain("Articles 951 to 1,000 of 1,000");
    expect(last).toContain('aria-current="page"');
    expect(last).not.toContain('rel="next"');
    expectLinksResolve(last, kb);
    console.log(`product page of 1,000 articles, page 1: ${(first.length / 1024).toFixed(1)} KiB`);
  });

  it("names where its errors appear, with counts", () => {
    const markup = html(createElement(ProductPage, { summary, page: 1, entries }));
    for (const { surface, entries: n } of summary.surfaces) {
      expect(markup).toContain(surface.label);
      expect(n).toBeGreaterThan(0);
    }
    expect(summary.surfaces.reduce((n, s) => n + s.entries, 0)).toBe(10_000);
  });

  it("lists each article's errors only while the page stays small", () => {
    const big = html(createElement(ProductPage, { summary, page: 1, entries }));
    expect(big).not.toContain("<details");
    const small = syntheticSite(3, { articlesPerProduct: 3 });
    const [few] = productSummaries(small);
    if (!few) throw new Error("no product");
    const markup = html(
      createElement(ProductPage, {
        summary: few,
        page: 1,
        entries: new Map(small.entries.map((e) => [e.id, e])),
      }),
    );
    expect(markup.match(/<details/g)).toHaveLength(3);
    expect(markup).not.toContain("Page 1 of");
  });

  it("shows the product's lifecycle", () => {
    const retiring = syntheticSite(2, {
      articlesPerProduct: 2,
      lifecycleOf: (_, article) =>
        article === 1
          ? { status: "retired", dates: [{ date: "2025-11", event: "Retired" }], replacedBy: [] }
          : undefined,
    });
    const [product] = productSummaries(retiring);
    if (!product) throw new Error("no product");
    const markup = html(
      createElement(ProductPage, { summary: product, page: 1, entries: new Map() }),
    );
    expect(markup).toContain("Retired: Synthetic product 1");
    expect(markup).toContain("1 of 2 articles declares this.");
  });
});

describe("the list of all products", () => {
  const kb = syntheticSite(1_000);
  const summaries = productSummaries(kb);

  it("shows a hundred products a page, by name, with pages to the rest", () => {
    const first = html(createElement(ProductList, { summaries, page: 1 }));
    expect(hrefs(first).filter((h) => /^\/products\/synthetic/.test(h))).toHaveLength(
      PRODUCTS_PAGE_SIZE,
    );
    expect(first).toContain("1,000 products documented in 1,000 articles.");
    expect(first).toContain('href="/products/page/10/"');
    expectLinksResolve(first, kb);
    const tenth = html(createElement(ProductList, { summaries, page: 10 }));
    expectLinksResolve(tenth, kb);
    expect(tenth).toContain('href="/products/page/9/"');
  });
});

describe("an article's links to its product", () => {
  it("name a few neighbours and the product's page", () => {
    const kb = syntheticSite(1_000, { articlesPerProduct: 1_000 });
    const [summary] = productSummaries(kb);
    if (!summary) throw new Error("no product");
    const markup = html(
      createElement(RelatedArticles, { summary, slug: "synthetic-article-00500" }),
    );
    const links = hrefs(markup);
    expect(links.filter((h) => h.startsWith("/articles/"))).toHaveLength(RELATED_ARTICLES);
    expect(links).toContain("/products/synthetic-product-1/");
    expect(links).not.toContain(articlePath("synthetic-article-00500"));
    expect(markup).toContain("All 1,000 articles about Synthetic product 1");
  });

  it("are absent for a product's only article", () => {
    const kb = syntheticSite(1);
    const [summary] = productSummaries(kb);
    if (!summary) throw new Error("no product");
    expect(html(createElement(RelatedArticles, { summary, slug: "synthetic-article-00001" }))).toBe(
      "",
    );
  });
});
