/** A knowledge base built in memory from a few entries, for matcher tests. */
import { makeEntry } from "@/lib/kb/entries";
import { DEFAULT_SURFACES, productId } from "@/lib/kb/products";
import { buildLookupIndex, type LookupIndex, lookupSource } from "@/lib/lookup";
import type { VocabularyExtension } from "@/lib/lookup/word-rules";

export type MemoryEntry = {
  id: string;
  name: string;
  product?: string;
  messages?: string[];
  aliases?: string[];
};

export function memoryIndex(list: MemoryEntry[], words?: VocabularyExtension): LookupIndex {
  const names = [...new Set(list.map((e) => e.product ?? "Test product"))];
  const products = names.map((name) => ({
    id: productId(name),
    name,
    aliases: [],
    terms: [],
    surfaces: DEFAULT_SURFACES,
  }));
  const entries = list.map((e) => {
    const product = productId(e.product ?? "Test product");
    return makeEntry(
      { slug: `${product}-errors`, title: `${e.product ?? "Test product"} errors`, product },
      {
        id: e.id,
        name: e.name,
        appears: "log",
        messages: e.messages ?? [],
        aliases: e.aliases ?? [],
        formerly: [],
        translations: [],
        reviewed: "2026-12-01",
        description: "What went wrong.",
        resolution: ["Fix it."],
      },
    );
  });
  return buildLookupIndex(lookupSource(entries, products, words));
}
