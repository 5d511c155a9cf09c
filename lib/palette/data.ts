/**
 * The command palette's data: every entry and article, reduced to what the palette searches and
 * shows. The build cuts it into the files the palette fetches (`shards.ts`). Pure and
 * browser-safe: the guard below checks an item without zod, to keep the palette's code small.
 */
import type { KnowledgeBase } from "@/lib/content/knowledge-base";
import type { KbEntry, Product } from "@/lib/kb/model";

export type PaletteItem = {
  kind: "entry" | "article";
  /** The entry's id, or the article's slug. */
  id: string;
  /** The entry's name, or the article's title. */
  name: string;
  /** The entry's documented messages (none for an article). */
  messages: string[];
  /** Other phrasings of the entry (none for an article). */
  aliases: string[];
  /** Title of the article the entry belongs to (its own title for an article). */
  article: string;
  /** Name of the product. */
  product: string;
  /** Site path to open, without the base path: `/articles/<slug>/#<id>` or `/articles/<slug>/`. */
  path: string;
};

export type PaletteData = { items: PaletteItem[] };

export type PaletteSource = {
  articles: { slug: string; title: string; product: string }[];
  entries: KbEntry[];
  products: Product[];
};

/** The palette's source in a built knowledge base. */
export function paletteSourceOf(
  kb: Pick<KnowledgeBase, "articles" | "entries" | "products">,
): PaletteSource {
  return {
    articles: kb.articles.map((a) => ({
      slug: a.slug,
      title: a.frontmatter.title,
      product: a.product,
    })),
    entries: kb.entries,
    products: kb.products,
  };
}

/** Entries first, in the knowledge base's order, then the articles. */
export function buildPaletteData({ articles, entries, products }: PaletteSource): PaletteData {
  const productName = (id: string) => products.find((p) => p.id === id)?.name ?? id;
  return {
    items: [
      ...entries.map((e): PaletteItem => ({
        kind: "entry",
        id: e.id,
        name: e.name,
        messages: e.messages,
        aliases: e.aliases,
        article: e.articleTitle,
        product: productName(e.product),
        path: `/articles/${e.article}/#${e.id}`,
      })),
      ...articles.map((a): PaletteItem => ({
        kind: "article",
        id: a.slug,
        name: a.title,
        messages: [],
        aliases: [],
        article: a.title,
        product: productName(a.product),
        path: `/articles/${a.slug}/`,
      })),
    ],
  };
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === "string");

/** Checks one item as fetched. */
export function isItem(value: unknown): value is PaletteItem {
  if (typeof value !== "object" || value === null) return false;
  const get = (key: string): unknown => Reflect.get(value, key);
  return (
    (get("kind") === "entry" || get("kind") === "article") &&
    ["id", "name", "article", "product", "path"].every((k) => typeof get(k) === "string") &&
    isStrings(get("messages")) &&
    isStrings(get("aliases"))
  );
}
