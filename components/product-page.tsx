import type { KbEntry } from "@/lib/kb/model";
import {
  LISTED_ENTRIES_PER_PAGE,
  pageCount,
  pageOf,
  PRODUCT_PAGE_SIZE,
  PRODUCTS_PAGE_SIZE,
  type ProductSummary,
} from "@/lib/site/catalog";
import { countOf, formatCount } from "@/lib/site/format";
import { productPath, productsPath } from "@/lib/site/paths";
import { AppearsBadge } from "./appears-badge";
import { ArticleIndex } from "./article-index";
import { LifecycleBanner } from "./lifecycle-banner";
import { LifecycleTag } from "./lifecycle-tag";
import { Pagination } from "./pagination";
import { SiteLink } from "./site-link";

export type ProductPageProps = {
  summary: ProductSummary;
  /** From 1. */
  page: number;
  /** The knowledge base's entries by id, for the lists under each article. */
  entries: ReadonlyMap<string, KbEntry>;
};

/** A product: what it is called, where it stands, where its errors appear, and its articles. */
export function ProductPage({ summary, page, entries }: ProductPageProps) {
  const { product, articles, lifecycle, surfaces } = summary;
  const pages = pageCount(articles.length, PRODUCT_PAGE_SIZE);
  const shown = pageOf(articles, page, PRODUCT_PAGE_SIZE);
  const entryCount = shown.reduce((n, a) => n + a.entryIds.length, 0);
  const listed = entryCount <= LISTED_ENTRIES_PER_PAGE ? entries : new Map<string, KbEntry>();
  const status = lifecycle?.lifecycle.status ?? "current";
  return (
    <>
      <p className="text-sm">
        <SiteLink
          href={productsPath()}
          className="text-blue-700 hover:underline dark:text-blue-300"
        >
          Products
        </SiteLink>
      </p>
      <h1 className="text-3xl font-bold">
        {product.name}
        {page > 1 ? `, page ${page}` : ""}
      </h1>
      <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
        {product.aliases.length > 0 ? (
          <div>
            <dt className="inline font-medium">Also called: </dt>
            <dd className="inline">{product.aliases.join(", ")}</dd>
          </div>
        ) : null}
        <div>
          <dt className="inline font-medium">Documented: </dt>
          <dd className="inline">
            {countOf(summary.entries, "error")} in {countOf(articles.length, "article")}
          </dd>
        </div>
        <div>
          <dt className="inline font-medium">Lifecycle: </dt>
          <dd className="inline">
            {status === "current" ? "current" : <LifecycleTag status={status} />}
          </dd>
        </div>
        <div>
          <dt className="inline font-medium">Updated: </dt>
          <dd className="inline">
            <time dateTime={summary.updated}>{summary.updated}</time>
          </dd>
        </div>
      </dl>
      {lifecycle ? (
        <>
          <LifecycleBanner lifecycle={lifecycle.lifecycle} product={product.name} />
          {lifecycle.articles < articles.length ? (
            <p className="mt-2 text-sm">
              {formatCount(lifecycle.articles)} of {countOf(articles.length, "article")}{" "}
              {lifecycle.articles === 1 ? "declares" : "declare"} this.
            </p>
          ) : null}
        </>
      ) : null}
      <section aria-labelledby="surfaces-title" className="mt-8">
        <h2 id="surfaces-title" className="text-2xl font-semibold">
          Where its errors appear
        </h2>
        <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
          {surfaces.map(({ surface, entries: n }) => (
            <li key={surface.id} className="flex items-center gap-2 text-sm">
              <AppearsBadge surface={surface} /> {countOf(n, "error")}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="product-articles-title" className="mt-8">
        <h2 id="product-articles-title" className="mb-4 text-2xl font-semibold">
          Articles
          {pages > 1
            ? ` ${formatCount((page - 1) * PRODUCT_PAGE_SIZE + 1)} to ${formatCount((page - 1) * PRODUCT_PAGE_SIZE + shown.length)} of ${formatCount(articles.length)}`
            : ""}
        </h2>
        <ArticleIndex articles={shown} entries={listed} product={product} />
        <Pagination
          label={`articles about ${product.name}`}
          page={page}
          pages={pages}
          pathOf={(n) => productPath(product.id, n)}
        />
      </section>
    </>
  );
}

export type ProductListProps = { summaries: ProductSummary[]; page: number };

/** Every product, by name, one line each, a page at a time. */
export function ProductList({ summaries, page }: ProductListProps) {
  const pages = pageCount(summaries.length, PRODUCTS_PAGE_SIZE);
  const shown = pageOf(summaries, page, PRODUCTS_PAGE_SIZE);
  const articles = summaries.reduce((n, s) => n + s.articles.length, 0);
  return (
    <>
      <h1 className="text-3xl font-bold">Products{page > 1 ? `, page ${page}` : ""}</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
        {countOf(summaries.length, "product")} documented in {countOf(articles, "article")}.
      </p>
      <ul className="mt-6 divide-y divide-slate-200 dark:divide-slate-800">
        {shown.map(({ product, articles: own, entries, lifecycle }) => (
          <li key={product.id} className="flex flex-wrap items-baseline gap-x-3 py-2">
            <SiteLink
              href={productPath(product.id)}
              className="font-medium text-blue-700 hover:underline dark:text-blue-300"
            >
              {product.name}
            </SiteLink>
            {lifecycle ? <LifecycleTag status={lifecycle.lifecycle.status} /> : null}
            <span className="text-sm text-slate-600 dark:text-slate-400">
              {countOf(own.length, "article")} · {countOf(entries, "error")}
            </span>
          </li>
        ))}
      </ul>
      <Pagination label="products" page={page} pages={pages} pathOf={productsPath} />
    </>
  );
}
