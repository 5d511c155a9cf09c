import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ProductList, ProductPage } from "../components/product-page";
import { productsRoute, productSummaries } from "../lib/site/catalog";
import { syntheticSite } from "../tests/support/synthetic-site";

const PRODUCT = "Microsoft Defender for Cloud Apps";
const PRODUCT_PAGE = "products/microsoft-defender-for-cloud-apps/";
const TROUBLESHOOT = "Troubleshoot the SIEM agent";
const CERTIFICATES = "Java update 291 and later: trust the Azure TLS certificates";

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`);
}

test("the home page groups the articles by product, with counts", async ({ page }) => {
  await page.goto("./");
  const articles = page.getByRole("region", { name: "Articles by product" });
  const card = articles.getByRole("listitem").filter({
    has: page.getByRole("heading", { level: 3, name: new RegExp(PRODUCT) }),
  });
  await expect(card).toHaveCount(1);
  await expect(card.getByText("2 articles · 15 documented errors")).toBeVisible();
  await expect(card.getByText("Deprecated")).toBeVisible();
  await expect(card.getByRole("link", { name: TROUBLESHOOT })).toBeVisible();
  await expect(card.getByRole("link", { name: CERTIFICATES })).toBeVisible();
  await card.getByRole("link", { name: PRODUCT }).click();
  await expect(page).toHaveURL(new RegExp(`/${PRODUCT_PAGE}$`));
});

test("a product's page has its articles, where its errors appear and its lifecycle", async ({
  page,
}) => {
  await page.goto(PRODUCT_PAGE);
  await expect(page.getByRole("heading", { level: 1, name: PRODUCT })).toBeVisible();
  await expect(page.getByText("15 errors in 2 articles")).toBeVisible();
  await expect(page.getByText("Microsoft Cloud App Security, Cloud App Security")).toBeVisible();

  const lifecycle = page.getByRole("region", { name: `Deprecated: ${PRODUCT}` });
  await expect(lifecycle).toBeVisible();
  await expect(lifecycle.getByText("New SIEM agents can no longer be added")).toBeVisible();

  const surfaces = page.getByRole("region", { name: "Where its errors appear" });
  const counts = await surfaces.getByRole("listitem").allInnerTexts();
  const total = counts.reduce((n, text) => n + Number(/(\d+) errors?$/.exec(text)?.[1] ?? 0), 0);
  expect(total).toBe(15);
  await expect(surfaces.getByText("Agent status")).toBeVisible();
  await expect(surfaces.getByText("Terminal (keytool)")).toBeVisible();

  const articles = page.getByRole("region", { name: "Articles" });
  await expect(articles.getByRole("heading", { level: 3 })).toHaveText([
    `${TROUBLESHOOT} Deprecated`,
    `${CERTIFICATES} Deprecated`,
  ]);
  await articles.getByText("11 documented errors").click();
  await articles.getByRole("link", { name: "Invalid token" }).click();
  await expect(page).toHaveURL(/\/articles\/troubleshoot-siem-agent\/#invalid-token$/);
});

test("an article links to its product and to the product's other articles", async ({ page }) => {
  await page.goto("articles/siem-agent-java-certificates/");
  const more = page.getByRole("region", { name: `More about ${PRODUCT}` });
  await expect(more.getByRole("link", { name: TROUBLESHOOT })).toBeVisible();
  await expect(more.getByRole("link", { name: CERTIFICATES })).toHaveCount(0);
  await page.getByRole("link", { name: PRODUCT, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${PRODUCT_PAGE}$`));
});

test("the header leads to the list of all products", async ({ page }) => {
  await page.goto("articles/troubleshoot-siem-agent/");
  await page
    .getByRole("navigation", { name: "Site" })
    .getByRole("link", { name: "Products" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Products" })).toBeVisible();
  await expect(page.getByText("1 product documented in 2 articles.")).toBeVisible();
  await expect(page.getByRole("link", { name: PRODUCT })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("home, product, article and back, by links alone", async ({ page }) => {
    await page.goto("./");
    await page.getByRole("link", { name: "All products" }).click();
    await page.getByRole("link", { name: PRODUCT }).click();
    await expect(page.getByRole("heading", { level: 1, name: PRODUCT })).toBeVisible();
    await page.getByRole("link", { name: CERTIFICATES }).click();
    await expect(page.getByRole("heading", { level: 1, name: CERTIFICATES })).toBeVisible();
    await page
      .getByRole("region", { name: `More about ${PRODUCT}` })
      .getByRole("link", { name: TROUBLESHOOT })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: TROUBLESHOOT })).toBeVisible();
    await page
      .getByRole("link", { name: `${PRODUCT}: its articles and where its errors appear` })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${PRODUCT_PAGE}$`));
  });
});

for (const scheme of ["light", "dark"] as const) {
  for (const path of ["products/", PRODUCT_PAGE]) {
    test(`axe finds no violations on ${path} in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expect(page.locator("h1")).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
}

/**
 * A product of 1,000 articles among 1,000 products, rendered by the same components the build
 * uses and served inside the real site's page (its stylesheet, header and policy), so that its
 * pages can be walked and checked without building 1,000 articles.
 */
test.describe("a product of 1,000 articles", () => {
  const kb = syntheticSite(2_000, { articlesPerProduct: 1_000 });
  const many = productSummaries(syntheticSite(1_000));
  const summaries = productSummaries(kb);
  const entries = new Map(kb.entries.map((e) => [e.id, e]));

  async function serveLargeProduct(page: Page, baseURL: string | undefined): Promise<void> {
    const base = new URL(baseURL ?? "").pathname.replace(/\/$/, "");
    const shell = await (await page.request.get("products/")).text();
    const [before, rest = ""] = shell.split(/(?=<main\b)/);
    const open = rest.slice(0, rest.indexOf(">") + 1);
    const after = rest.slice(rest.indexOf("</main>"));
    await page.route(/\/products\/(synthetic-product-1\/|page\/)/, (route) => {
      const path = new URL(route.request().url()).pathname.slice(base.length);
      const segments = path.split("/").filter(Boolean).slice(1);
      const found = productsRoute(segments);
      const summary = summaries[0];
      const body =
        found?.kind === "product" && summary
          ? renderToStaticMarkup(createElement(ProductPage, { summary, page: found.page, entries }))
          : found?.kind === "list"
            ? renderToStaticMarkup(
                createElement(ProductList, { summaries: many, page: found.page }),
              )
            : undefined;
      if (!body) return route.fulfill({ status: 404, body: "not found" });
      return route.fulfill({
        contentType: "text/html; charset=utf-8",
        body: `${before}${open}${body}${after}`,
      });
    });
  }

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("its pages are walked with the page links", async ({ page, baseURL }) => {
      await serveLargeProduct(page, baseURL);
      await page.goto("products/synthetic-product-1/");
      await expect(
        page.getByRole("heading", { level: 2, name: "Articles 1 to 50 of 1,000" }),
      ).toBeVisible();
      const pages = page.getByRole("navigation", {
        name: "Pages of articles about Synthetic product 1",
      });
      await expect(pages.getByText("Page 1 of 20")).toBeVisible();
      await pages.getByRole("link", { name: "Next" }).click();
      await expect(page).toHaveURL(/\/products\/synthetic-product-1\/page\/2\/$/);
      await expect(
        page.getByRole("heading", { level: 2, name: "Articles 51 to 100 of 1,000" }),
      ).toBeVisible();
      await pages.getByRole("link", { name: "Page 20" }).click();
      await expect(
        page.getByRole("heading", { level: 2, name: "Articles 951 to 1,000 of 1,000" }),
      ).toBeVisible();
      await expect(pages.getByRole("link", { name: "Next" })).toHaveCount(0);
      await pages.getByRole("link", { name: "Previous" }).click();
      await expect(page).toHaveURL(/\/page\/19\/$/);
    });

    test("the list of 1,000 products is walked the same way", async ({ page, baseURL }) => {
      await serveLargeProduct(page, baseURL);
      await page.goto("products/page/2/");
      await expect(page.getByRole("heading", { level: 1, name: "Products, page 2" })).toBeVisible();
      await expect(
        page.getByRole("main").getByRole("listitem").filter({ hasText: "1 article" }),
      ).toHaveCount(100);
      await page
        .getByRole("navigation", { name: "Pages of products" })
        .getByRole("link", { name: "Page 10" })
        .click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Products, page 10" }),
      ).toBeVisible();
    });
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`axe finds no violations on its paginated page in ${scheme} mode`, async ({
      page,
      baseURL,
    }) => {
      await serveLargeProduct(page, baseURL);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("products/synthetic-product-1/page/7/");
      await expect(page.getByRole("navigation", { name: /^Pages of/ })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
});
