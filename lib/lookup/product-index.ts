/**
 * What the index knows about products: each entry's product, the names, aliases and terms that
 * mention a product in a paste, the words only one product's articles use, the chrome lines of
 * every surface, and the line formats of every surface.
 */
import type { LookupIndex } from "./build-index";
import { compileLineFormat, type LineFormat } from "./line-format";
import { chromeKey } from "./segment";
import type { LookupSource } from "./source";
import { isMask, tokenize as tokenizeWith } from "./text";
import type { Product } from "./types";
import type { WordRules } from "./word-rules";

export type ProductTables = Pick<
  LookupIndex,
  "products" | "entryProduct" | "mentions" | "chrome" | "lineFormats"
> & { productOnly: Map<string, number> };

export function productTables(
  source: LookupSource,
  entryTokens: string[][],
  rules: WordRules,
): ProductTables {
  const tokenize = (text: string) => tokenizeWith(text, { rules });
  const { products, entries } = source;
  const indexOf = new Map(products.map((p, i) => [p.id, i]));
  const entryProduct = Int32Array.from(entries, (e) => indexOf.get(e.product) ?? -1);
  const mentions = new Map<string, { product: number; tokens: string[] }[]>();
  const chrome = new Set<string>();
  const owners = new Map<string, number>();
  const own = (token: string, product: number) => {
    if (isMask(token)) return;
    const owner = owners.get(token);
    owners.set(token, owner === undefined || owner === product ? product : -1);
  };
  products.forEach((product, p) => {
    for (const text of [product.name, ...product.aliases, ...product.terms]) {
      const tokens = tokenize(text).filter((t) => !isMask(t));
      const first = tokens[0];
      if (first === undefined) continue;
      const list = mentions.get(first) ?? [];
      list.push({ product: p, tokens });
      mentions.set(first, list);
      for (const t of tokens) own(t, p);
    }
    for (const surface of product.surfaces)
      for (const line of surface.chrome) chrome.add(chromeKey(line));
  });
  const titles = new Map<string, string[]>();
  entries.forEach((entry, e) => {
    const p = entryProduct[e] ?? -1;
    for (const t of entryTokens[e] ?? []) own(t, p);
    for (const i of source.context[e] ?? []) own(source.vocabulary[i] ?? "", p);
    let title = titles.get(entry.articleTitle);
    if (!title) {
      title = tokenize(entry.articleTitle);
      titles.set(entry.articleTitle, title);
    }
    for (const t of title) own(t, p);
  });
  // A one-word name or term counts as a mention only when no other product uses the word: the
  // Oracle driver's term "Connection" must not make every "Connection error" about Oracle.
  for (const [first, list] of mentions) {
    const kept = list.filter(
      ({ product, tokens }) => tokens.length > 1 || owners.get(first) === product,
    );
    if (kept.length > 0) mentions.set(first, kept);
    else mentions.delete(first);
  }
  // Where several products share the knowledge base, a word of a product's name that no other
  // product uses names it alone: "Wazuh v4.7.3" in a table row, "Azure Arc | Machines".
  if (products.length > 1) {
    products.forEach((product, p) => {
      for (const text of [product.name, ...product.aliases, ...product.terms]) {
        for (const t of tokenize(text)) {
          const list = mentions.get(t) ?? [];
          if (owners.get(t) !== p || list.some((m) => m.tokens.length === 1)) continue;
          mentions.set(t, [...list, { product: p, tokens: [t] }]);
        }
      }
    });
  }
  const productOnly = new Map<string, number>();
  if (products.length > 1)
    for (const [token, owner] of owners) if (owner >= 0) productOnly.set(token, owner);
  return {
    products,
    entryProduct,
    mentions,
    productOnly,
    chrome,
    lineFormats: lineFormatsOf(products),
  };
}

/** The line formats of every product's surfaces, compiled, each product's once. */
export function lineFormatsOf(products: readonly Product[]): LineFormat[] {
  return products.flatMap((product, p) =>
    [...new Set(product.surfaces.flatMap((s) => s.lineFormats))].flatMap(
      (format) => compileLineFormat(format, p) ?? [],
    ),
  );
}
