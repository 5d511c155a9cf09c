import type { BuiltArticle, KnowledgeBase } from "@/lib/content/knowledge-base";
import { frontmatterSchema, type Lifecycle } from "@/lib/content/schema";
import { makeEntry } from "@/lib/kb/entries";
import type { KbEntry, Product } from "@/lib/kb/model";
import { DEFAULT_SURFACES, productId } from "@/lib/kb/products";
import { syntheticEntries } from "../../scripts/synthetic/generate";

export type SyntheticSiteOptions = {
  articlesPerProduct?: number;
  entriesPerArticle?: number;
  /** The lifecycle of the articles of product `n` (from 1), if any. */
  lifecycleOf?: (product: number, article: number) => Lifecycle | undefined;
};

/**
 * A built knowledge base of synthetic articles, as the pages read it, without parsing or
 * compiling anything: for tests of navigation at thousands of articles.
 */
export function syntheticSite(articles: number, options: SyntheticSiteOptions = {}): KnowledgeBase {
  const perProduct = options.articlesPerProduct ?? 1;
  const perArticle = options.entriesPerArticle ?? 10;
  const fields = syntheticEntries(articles * perArticle);
  const products = new Map<string, Product>();
  const built: BuiltArticle[] = [];
  const entries: KbEntry[] = [];
  for (let a = 0; a < articles; a++) {
    const n = Math.floor(a / perProduct) + 1;
    const name = `Synthetic product ${n}`;
    const id = productId(name);
    products.set(id, { id, name, aliases: [], terms: [], surfaces: DEFAULT_SURFACES });
    const slug = `synthetic-article-${String(a + 1).padStart(5, "0")}`;
    const title = `Synthetic article ${a + 1}`;
    const own = fields
      .slice(a * perArticle, (a + 1) * perArticle)
      .map((f) => makeEntry({ slug, title, product: id }, f));
    entries.push(...own);
    const lifecycle = options.lifecycleOf?.(n, a + 1);
    built.push({
      slug,
      product: id,
      frontmatter: frontmatterSchema.parse({
        title,
        summary: `Synthetic article ${a + 1} for navigation tests.`,
        product: name,
        appliesTo: [name],
        updated: `2026-11-${String((a % 28) + 1).padStart(2, "0")}`,
        ...(lifecycle ? { lifecycle } : {}),
      }),
      code: "",
      headings: [],
      entryIds: own.map((e) => e.id),
    });
  }
  return { articles: built, products: [...products.values()], entries };
}
