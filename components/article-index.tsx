import { SiteLink } from "@/components/site-link";
import type { KnowledgeBase } from "@/lib/content/knowledge-base";
import { articlePath } from "@/lib/site/paths";
import { surfaceOf } from "@/lib/kb/model";
import { AppearsBadge } from "./appears-badge";

export type ArticleIndexProps = { kb: KnowledgeBase };

/**
 * Up to this many entries in all, the index lists every article's entries; beyond it, their
 * count only, so the home page stays light for a knowledge base of thousands of entries (each
 * article page has its own table, and the lookup finds any entry).
 */
const MAX_LISTED_ENTRIES = 300;

/** Every article with the errors it documents. */
export function ArticleIndex({ kb }: ArticleIndexProps) {
  const entriesById = new Map(kb.entries.map((e) => [e.id, e]));
  const products = new Map(kb.products.map((p) => [p.id, p]));
  const listEntries = kb.entries.length <= MAX_LISTED_ENTRIES;
  return (
    <ul className="space-y-6">
      {kb.articles.map((article) => (
        <li
          key={article.slug}
          className="rounded-lg border border-slate-300 p-5 dark:border-slate-700"
        >
          <h3 className="text-xl font-semibold">
            <SiteLink
              href={articlePath(article.slug)}
              className="text-blue-700 hover:underline dark:text-blue-300"
            >
              {article.frontmatter.title}
            </SiteLink>
          </h3>
          <p className="mt-1 text-slate-700 dark:text-slate-300">{article.frontmatter.summary}</p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            Applies to {article.frontmatter.appliesTo.join(", ")} · updated{" "}
            <time dateTime={article.frontmatter.updated}>{article.frontmatter.updated}</time>
          </p>
          {listEntries ? (
            <details className="mt-3">
              <summary className="cursor-pointer text-sm font-medium">
                {article.entryIds.length} documented errors
              </summary>
              <ul className="mt-2 grid gap-1 sm:grid-cols-2">
                {article.entryIds.map((id) => {
                  const entry = entriesById.get(id);
                  if (!entry) return null;
                  return (
                    <li key={id} className="flex items-center gap-2 text-sm">
                      <SiteLink
                        href={`${articlePath(article.slug)}#${id}`}
                        className="text-blue-700 hover:underline dark:text-blue-300"
                      >
                        {entry.name}
                      </SiteLink>
                      <AppearsBadge
                        surface={surfaceOf(products.get(entry.product), entry.appears)}
                      />
                    </li>
                  );
                })}
              </ul>
            </details>
          ) : (
            <p className="mt-2 text-sm">{article.entryIds.length} documented errors</p>
          )}
        </li>
      ))}
    </ul>
  );
}
