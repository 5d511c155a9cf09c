import { SiteLink } from "@/components/site-link";
import { readBuiltKnowledgeBase } from "@/lib/content/built";
import { articlePath } from "@/lib/site/paths";

/**
 * Articles listed here at most. This page is part of every page's payload (it is the root
 * layout's not-found boundary), so it must not grow with the knowledge base.
 */
const MAX_LISTED = 8;

export default function NotFound() {
  const all = readBuiltKnowledgeBase().articles;
  const articles = all.slice(0, MAX_LISTED);
  return (
    <>
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3 max-w-2xl text-slate-700 dark:text-slate-300">
        No page lives at this address. If you followed a link to an error, the error may be
        documented under another article: paste its message into the lookup to find it.
      </p>
      <ul className="mt-6 list-disc space-y-2 pl-6">
        <li>
          <SiteLink href="/#lookup" className="text-blue-700 underline dark:text-blue-300">
            Look up an error message
          </SiteLink>
        </li>
        {articles.map((a) => (
          <li key={a.slug}>
            <SiteLink
              href={articlePath(a.slug)}
              className="text-blue-700 underline dark:text-blue-300"
            >
              {a.frontmatter.title}
            </SiteLink>
          </li>
        ))}
      </ul>
    </>
  );
}
