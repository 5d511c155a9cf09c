import { ArticleIndex } from "@/components/article-index";
import { ErrorLookup } from "@/components/error-lookup";
import { readBuiltKnowledgeBase } from "@/lib/content/built";
import { surfaceOf } from "@/lib/kb/model";

/** The places errors appear in, from the content: "the agent console, a log file or a status". */
function surfacesInUse(kb: ReturnType<typeof readBuiltKnowledgeBase>): string {
  const labels = new Set<string>();
  for (const entry of kb.entries) {
    const product = kb.products.find((p) => p.id === entry.product);
    labels.add(surfaceOf(product, entry.appears).label.toLowerCase());
  }
  const list = [...labels];
  if (list.length === 0 || list.length > 5) return "wherever your software shows it";
  if (list.length === 1) return `from the ${list[0]}`;
  return `from the ${list.slice(0, -1).join(", the ")} or the ${list.at(-1)}`;
}

export default function HomePage() {
  const kb = readBuiltKnowledgeBase();
  return (
    <>
      <h1 className="text-3xl font-bold">Error knowledge base</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
        Paste an error exactly as you saw it, {surfacesInUse(kb)}, and get the documented entry:
        what it means and the steps that fix it. {kb.entries.length} errors are documented in{" "}
        {kb.articles.length} {kb.articles.length === 1 ? "article" : "articles"}
        {kb.products.length > 1 ? ` for ${kb.products.length} products` : ""}.
      </p>
      <section id="lookup" aria-labelledby="lookup-title" className="mt-8 scroll-mt-4">
        <h2 id="lookup-title" className="text-2xl font-semibold">
          Look up an error
        </h2>
        <div className="mt-3">
          <ErrorLookup products={kb.products} contact={kb.contact} />
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
