import { ErrorLookup } from "@/components/error-lookup";
import { ProductDirectory } from "@/components/product-directory";
import { readBuiltKnowledgeBase } from "@/lib/content/built";
import { surfaceOf } from "@/lib/kb/model";
import { productSummaries } from "@/lib/site/catalog";
import { countOf } from "@/lib/site/format";

/** The places errors appear in, from the content: "the agent console, a log file or a status". */
function surfacesInUse(kb: ReturnType<typeof readBuiltKnowledgeBase>): string {
  const products = new Map(kb.products.map((p) => [p.id, p]));
  const labels = new Set<string>();
  for (const entry of kb.entries) {
    labels.add(surfaceOf(products.get(entry.product), entry.appears).label.toLowerCase());
    if (labels.size > 5) break;
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
        what it means and the steps that fix it. {countOf(kb.entries.length, "error")}{" "}
        {kb.entries.length === 1 ? "is" : "are"} documented in{" "}
        {countOf(kb.articles.length, "article")}
        {kb.products.length > 1 ? ` for ${countOf(kb.products.length, "product")}` : ""}.
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
          Articles by product
        </h2>
        <ProductDirectory summaries={productSummaries(kb)} />
      </section>
    </>
  );
}
