import { neighbours, type ProductSummary } from "@/lib/site/catalog";
import { countOf } from "@/lib/site/format";
import { articlePath, productPath } from "@/lib/site/paths";
import { LINK_CLASS } from "@/lib/site/styles";
import { SiteLink } from "./site-link";

export type RelatedArticlesProps = { summary: ProductSummary; slug: string };

/** The other articles of the article's product: those around it, and a link to all of them. */
export function RelatedArticles({ summary, slug }: RelatedArticlesProps) {
  const { product, articles } = summary;
  const others = neighbours(articles, slug);
  if (others.length === 0) return null;
  return (
    <section
      aria-labelledby="product-articles-title"
      className="no-print mt-12 border-t border-slate-200 pt-6 dark:border-slate-800"
    >
      <h2 id="product-articles-title" className="text-xl font-semibold">
        More about {product.name}
      </h2>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {others.map((article) => (
          <li key={article.slug}>
            <SiteLink href={articlePath(article.slug)} className={LINK_CLASS}>
              {article.frontmatter.title}
            </SiteLink>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm">
        <SiteLink href={productPath(product.id)} className={LINK_CLASS}>
          {articles.length - 1 > others.length
            ? `All ${countOf(articles.length, "article")} about ${product.name}`
            : `${product.name}: its articles and where its errors appear`}
        </SiteLink>
      </p>
    </section>
  );
}
