import { ArticleIndex } from "@/components/article-index";
import { ErrorLookup } from "@/components/error-lookup";
import { readBuiltKnowledgeBase } from "@/lib/content/built";

export default function HomePage() {
  const kb = readBuiltKnowledgeBase();
  return (
    <>
      <h1 className="text-3xl font-bold">Error knowledge base</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
        Paste an error exactly as you saw it, from the agent console, a log file, a portal
        notification or a status column, and get the documented entry: what it means and the steps
        that fix it. {kb.entries.length} errors are documented in {kb.articles.length}{" "}
        {kb.articles.length === 1 ? "article" : "articles"}.
      </p>
      <section id="lookup" aria-labelledby="lookup-title" className="mt-8 scroll-mt-4">
        <h2 id="lookup-title" className="text-2xl font-semibold">
          Look up an error
        </h2>
        <div className="mt-3">
          <ErrorLookup />
        </div>
      </section>
      <section id="articles" aria-labelledby="articles-title" className="mt-12 scroll-mt-4">
        <h2 id="articles-title" className="mb-4 text-2xl font-semibold">
          Articles
        </h2>
        <ArticleIndex kb={kb} />
      </section>
    </>
  );
}
