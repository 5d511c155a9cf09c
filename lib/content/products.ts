/**
 * Products of the knowledge base: read `knowledge-base.yaml` (optional), give every article its
 * product, and check each entry's `appears` against that product's surfaces. Pure: the caller
 * reads the files.
 */
import { parse as parseYaml } from "yaml";
import type { Product } from "@/lib/kb/model";
import { DEFAULT_SURFACES, implicitProduct, productId } from "@/lib/kb/products";
import type { ContentIssue } from "./errors";
import type { ParsedArticle } from "./parse";
import { type KbConfig, kbConfigSchema } from "./schema";

export const CONFIG_FILE = "knowledge-base.yaml";

/** Reads the configuration text (undefined when the file is absent), or says what is wrong. */
export function readConfig(
  text: string | undefined,
  file: string,
): { config: KbConfig; issues: ContentIssue[] } {
  const empty: KbConfig = { products: [] };
  if (text === undefined) return { config: empty, issues: [] };
  let data: unknown;
  try {
    data = parseYaml(text) ?? {};
  } catch (error) {
    const line =
      error && typeof error === "object" && "linePos" in error && Array.isArray(error.linePos)
        ? Number(Reflect.get(error.linePos[0] ?? {}, "line")) || undefined
        : undefined;
    return {
      config: empty,
      issues: [{ file, line, message: `is not valid YAML: ${String(error)}` }],
    };
  }
  const parsed = kbConfigSchema.safeParse(data);
  if (parsed.success) return { config: parsed.data, issues: checkNames(parsed.data, file) };
  return {
    config: empty,
    issues: parsed.error.issues.map((issue) => ({
      file,
      message: `\`${issue.path.join(".")}\`: ${issue.message}`,
    })),
  };
}

/** Every product name and alias must point at one product only. */
function checkNames(config: KbConfig, file: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const owners = new Map<string, string>();
  for (const product of config.products) {
    for (const name of [product.name, ...product.aliases]) {
      const key = name.toLowerCase();
      const owner = owners.get(key);
      if (owner && owner !== product.name) {
        issues.push({
          file,
          message: `"${name}" names both "${owner}" and "${product.name}"; give it to one product`,
        });
      }
      owners.set(key, product.name);
    }
  }
  return issues;
}

export type ResolvedProducts = {
  products: Product[];
  /** Article slug → product id. */
  productOf: Map<string, string>;
  issues: ContentIssue[];
};

/**
 * Gives each article its product: the declared one its frontmatter names (by name or alias), or
 * else a product made from the frontmatter alone, with the default surfaces, so a knowledge base
 * without a configuration, or an article added before its product is declared, still builds.
 */
export function resolveProducts(config: KbConfig, articles: ParsedArticle[]): ResolvedProducts {
  const declared: Product[] = config.products.map((p) => ({
    id: productId(p.name),
    name: p.name,
    aliases: p.aliases,
    terms: p.terms,
    surfaces: p.surfaces ?? DEFAULT_SURFACES,
  }));
  const byName = new Map<string, Product>();
  for (const product of declared)
    for (const name of [product.name, ...product.aliases]) byName.set(name.toLowerCase(), product);

  const implicit = new Map<string, Product>();
  const productOf = new Map<string, string>();
  const used = new Set<string>();
  for (const article of articles) {
    const { product: name, appliesTo } = article.frontmatter;
    let product = byName.get(name.toLowerCase());
    if (!product) {
      const id = productId(name);
      const known = implicit.get(id);
      product = known
        ? { ...known, terms: [...new Set([...known.terms, ...appliesTo])] }
        : implicitProduct(name, appliesTo);
      implicit.set(id, product);
    }
    productOf.set(article.slug, product.id);
    used.add(product.id);
  }
  const products = [...declared.filter((p) => used.has(p.id)), ...implicit.values()];
  const issues: ContentIssue[] = [];
  const index = new Map(products.map((p) => [p.id, p]));
  for (const article of articles) {
    const product = index.get(productOf.get(article.slug) ?? "");
    if (!product) continue;
    const allowed = new Set(product.surfaces.map((s) => s.id));
    const list = [...allowed].join(", ");
    const where = `"${product.name}" (product of this article)`;
    for (const entry of article.entries) {
      if (!allowed.has(entry.appears)) {
        issues.push({
          file: article.file,
          line: entry.line,
          message: `<ErrorEntry id="${entry.id}">: appears="${entry.appears}" is not a surface of ${where}; use one of: ${list}`,
        });
      }
    }
    for (const table of article.tables) {
      if (table.appears !== undefined && !allowed.has(table.appears)) {
        issues.push({
          file: article.file,
          line: table.line,
          message: `<EntryTable>: appears="${table.appears}" is not a surface of ${where}; use one of: ${list}`,
        });
      }
    }
  }
  return { products, productOf, issues };
}
