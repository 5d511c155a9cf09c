import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IslandScript } from "@/components/island-script";
import { MdxContent } from "@/components/mdx-content";
import { MovedArticle } from "@/components/moved-article";
import { TableOfContents } from "@/components/table-of-contents";
import { LifecycleBanner } from "@/components/lifecycle-banner";
import { RelatedArticles } from "@/components/related-articles";
import { SiteLink } from "@/components/site-link";
import {
  findArticle,
  formerSlugRedirects,
  productOf,
  readBuiltKnowledgeBase,
} from "@/lib/content/built";
import type { KbEntry } from "@/lib/kb/model";
import { productSummaries, type ProductSummary } from "@/lib/site/catalog";
import { articlePath, productPath } from "@/lib/site/paths";
import { LINK_CLASS } from "@/lib/site/styles";

type ArticlePageProps = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

let entriesOf: Map<string, KbEntry[]> | undefined;
/** An article's entries, grouped once per worker: filtering 100,000 entries per page adds up. */
function articleEntries(slug: string): KbEntry[] {
  if (!entriesOf) {
    entriesOf = new Map();
    for (const entry of readBuiltKnowledgeBase().entries) {
      const list = entriesOf.get(entry.article);
      if (list) list.push(entry);
      else entriesOf.set(entry.article, [entry]);
    }
  }
  return entriesOf.get(slug) ?? [];
}

let summaries: Map<string, ProductSummary> | undefined;
/** Each product with its articles, once per worker rather than once per page. */
function summaryOf(product: string): ProductSummary | undefined {
  summaries ??= new Map(productSummaries(readBuiltKnowledgeBase()).map((s) => [s.product.id, s]));
  return summaries.get(product);
}

export function generateStaticParams(): { slug: string }[] {
  return [
    ...readBuiltKnowledgeBase().articles.map((a) => ({ slug: a.slug })),
    ...formerSlugRedirects().map((r) => ({ slug: r.from })),
  ];
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const article = findArticle((await params).slug);
  return article
    ? { title: article.frontmatter.title, description: article.frontmatter.summary }
    : {};
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const { slug } = await params;
  const article = findArticle(slug);
  if (!article) {
    const moved = formerSlugRedirects().find((r) => r.from === slug);
    const target = moved && findArticle(moved.to);
    if (!target) notFound();
    return <MovedArticle title={target.frontmatter.title} to={articlePath(target.slug)} />;
  }
  const entries = articleEntries(slug);
  const hasFormerIds = entries.some((e) => e.formerly.length > 0);
  const { frontmatter } = article;
  const product = productOf(article);
  const summary = summaryOf(article.product);
  return (
    <article className="lg:grid lg:grid-cols-[minmax(0,1fr)_14rem] lg:gap-10">
      <div className="min-w-0">
        <h1 className="text-3xl font-bold">{frontmatter.title}</h1>
        <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
          {summary ? (
            <div>
              <dt className="inline font-medium">Product: </dt>
              <dd className="inline">
                <SiteLink href={productPath(summary.product.id)} className={LINK_CLASS}>
                  {summary.product.name}
                </SiteLink>
              </dd>
            </div>
          ) : null}
          <div>
            <dt className="inline font-medium">Applies to: </dt>
            <dd className="inline">{frontmatter.appliesTo.join(", ")}</dd>
          </div>
          <div>
            <dt className="inline font-medium">Updated: </dt>
            <dd className="inline">
              <time dateTime={frontmatter.updated}>{frontmatter.updated}</time>
            </dd>
          </div>
        </dl>
        {frontmatter.lifecycle ? (
          <LifecycleBanner
            lifecycle={frontmatter.lifecycle}
            product={product?.name ?? frontmatter.product}
          />
        ) : null}
        <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">{frontmatter.summary}</p>
        <div className="mt-6 lg:hidden">
          <TableOfContents headings={article.headings} entries={entries} />
        </div>
        <MdxContent
          code={article.code}
          articlePath={articlePath(slug)}
          entries={entries}
          product={product}
        />
        {summary ? <RelatedArticles summary={summary} slug={slug} /> : null}
      </div>
      <aside className="hidden lg:block" aria-label="Table of contents">
        <div className="sticky top-4">
          <TableOfContents headings={article.headings} entries={entries} />
        </div>
      </aside>
      <IslandScript name="copy-link" />
      <IslandScript name="copy-markdown" />
      {hasFormerIds ? <IslandScript name="former-id-redirect" /> : null}
    </article>
  );
}
