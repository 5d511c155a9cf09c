/**
 * Reads the knowledge base that `scripts/prepare-content.ts` wrote. Server-only.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Product } from "@/lib/kb/model";
import { type KnowledgeBase, knowledgeBaseSchema } from "./knowledge-base";

export const BUILT_KB_FILE = path.join(".generated", "kb.json");

let cached: KnowledgeBase | undefined;

export function readBuiltKnowledgeBase(): KnowledgeBase {
  if (!cached) {
    let text: string;
    try {
      text = readFileSync(path.resolve(BUILT_KB_FILE), "utf8");
    } catch {
      throw new Error(
        `${BUILT_KB_FILE} is missing: run "npm run build", which prepares the content first`,
      );
    }
    cached = knowledgeBaseSchema.parse(JSON.parse(text));
  }
  return cached;
}

export function findArticle(slug: string): KnowledgeBase["articles"][number] | undefined {
  return readBuiltKnowledgeBase().articles.find((a) => a.slug === slug);
}

/** The product an article documents. */
export function productOf(article: KnowledgeBase["articles"][number]): Product | undefined {
  return readBuiltKnowledgeBase().products.find((p) => p.id === article.product);
}

/** Old slugs that lead to a current article. */
export function formerSlugRedirects(): { from: string; to: string }[] {
  return readBuiltKnowledgeBase().articles.flatMap((a) =>
    a.frontmatter.formerSlugs.map((from) => ({ from, to: a.slug })),
  );
}
