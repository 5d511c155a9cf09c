import {
  featuredProducts,
  HOME_ARTICLES_PER_PRODUCT,
  type ProductSummary,
} from "@/lib/site/catalog";
import { countOf } from "@/lib/site/format";
import { articlePath, productPath, productsPath } from "@/lib/site/paths";
import { LINK_CLASS } from "@/lib/site/styles";
import { LifecycleTag } from "./lifecycle-tag";
import { SiteLink } from "./site-link";

export type ProductDirectoryProps = { summaries: ProductSummary[] };

/** One product on the home page: its counts, its first articles, a link to all of them. */
function ProductCard({ summary }: { summary: ProductSummary }) {
  const { product, articles, entries, lifecycle } = summary;
  const shown = articles.slice(0, HOME_ARTICLES_PER_PRODUCT);
  return (
    <li className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      <h3 className="text-lg font-semibold">
        <SiteLink
          href={productPath(product.id)}
          className="text-blue-700 hover:underline dark:text-blue-300"
        >
          {product.name}
        </SiteLink>{" "}
        {lifecycle ? <LifecycleTag status={lifecycle.lifecycle.status} /> : null}
      </h3>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {countOf(articles.length, "article")} · {countOf(entries, "documented error")}
      </p>
      <ul className="mt-2 space-y-1">
        {shown.map((article) => (
          <li key={article.slug}>
            <SiteLink href={articlePath(article.slug)} className={LINK_CLASS}>
              {article.frontmatter.title}
            </SiteLink>
          </li>
        ))}
      </ul>
      {articles.length > shown.length ? (
        <p className="mt-2 text-sm">
          <SiteLink href={productPath(product.id)} className={LINK_CLASS}>
            All {countOf(articles.length, "article")} about {product.name}
          </SiteLink>
        </p>
      ) : null}
    </li>
  );
}

/**
 * The home page's articles, grouped by product with counts. A large knowledge base shows its
 * largest products and links to the list of all of them, so the page stays the same size however
 * many articles there are.
 */
export function ProductDirectory({ summaries }: ProductDirectoryProps) {
  const featured = featuredProducts(summaries);
  const cut = featured.length < summaries.length;
  return (
    <>
      {cut ? (
        <p className="mb-4 text-slate-700 dark:text-slate-300">
          The {featured.length} products with the most documented errors, by name.{" "}
          <SiteLink href={productsPath()} className={LINK_CLASS}>
            All {countOf(summaries.length, "product")}
          </SiteLink>
        </p>
      ) : null}
      <ul className="grid gap-4 sm:grid-cols-2">
        {featured.map((summary) => (
          <ProductCard key={summary.product.id} summary={summary} />
        ))}
      </ul>
      <p className="mt-4 text-sm">
        <SiteLink href={productsPath()} className={LINK_CLASS}>
          {cut ? `All ${countOf(summaries.length, "product")}` : "All products"}
        </SiteLink>
        , with their articles and where their errors appear.
      </p>
    </>
  );
}
