import { SiteLink } from "@/components/site-link";
import type { BuiltArticle } from "@/lib/content/knowledge-base";
import { type KbEntry, type Product, surfaceOf } from "@/lib/kb/model";
import { countOf } from "@/lib/site/format";
import { articlePath } from "@/lib/site/paths";
import { AppearsBadge } from "./appears-badge";
import { LifecycleTag } from "./lifecycle-tag";

export type ArticleIndexProps = {
  articles: BuiltArticle[];
  /** The entries to list under each article, by id; an article whose entries are absent shows its count. */
  entries: ReadonlyMap<string, KbEntry>;
  product: Product | undefined;
  /** The heading level of each article's title in the page. */
  level?: 2 | 3;
};

/** Articles with their summaries and, when the page lists them, the errors each documents. */
export function ArticleIndex({ articles, entries, product, level = 3 }: ArticleIndexProps) {
  const Title = level === 2 ? "h2" : "h3";
  return (
    <ul className="space-y-6">
      {articles.map((article) => {
        const listed = article.entryIds.flatMap((id) => entries.get(id) ?? []);
        const status = article.frontmatter.lifecycle?.status;
        return (
          <li
            key={article.slug}
            className="rounded-lg border border-slate-300 p-5 dark:border-slate-700"
          >
            <Title className="text-xl font-semibold">
              <SiteLink
                href={articlePath(article.slug)}
                className="text-blue-700 hover:underline dark:text-blue-300"
              >
                {article.frontmatter.title}
              </SiteLink>{" "}
              {status ? <LifecycleTag status={status} /> : null}
            </Title>
            <p className="mt-1 text-slate-700 dark:text-slate-300">{article.frontmatter.summary}</p>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              Applies to {article.frontmatter.appliesTo.join(", ")} · updated{" "}
              <time dateTime={article.frontmatter.updated}>{article.frontmatter.updated}</time>
            </p>
            {listed.length > 0 ? (
              <details className="mt-3">
                <summary className="cursor-pointer text-sm font-medium">
                  {countOf(article.entryIds.length, "documented error")}
                </summary>
                <ul className="mt-2 grid gap-1 sm:grid-cols-2">
                  {listed.map((entry) => (
                    <li key={entry.id} className="flex items-center gap-2 text-sm">
                      <SiteLink
                        href={`${articlePath(article.slug)}#${entry.id}`}
                        className="text-blue-700 hover:underline dark:text-blue-300"
                      >
                        {entry.name}
                      </SiteLink>
                      <AppearsBadge surface={surfaceOf(product, entry.appears)} />
                    </li>
                  ))}
                </ul>
              </details>
            ) : (
              <p className="mt-2 text-sm">{countOf(article.entryIds.length, "documented error")}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
