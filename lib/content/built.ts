/**
 * Reads the knowledge base that `scripts/prepare-content.ts` wrote. Server-only.
 */
import path from "node:path";
import { z } from "zod";
import type { Product } from "@/lib/kb/model";
import { readGeneratedJson } from "@/lib/site/generated-file";
import { type KnowledgeBase, knowledgeBaseSchema } from "./knowledge-base";

export const BUILT_KB_FILE = path.join(".generated", "kb.json");

let cached: KnowledgeBase | undefined;

/**
 * The knowledge base in a built file. A file that is missing, unreadable, not JSON or not a
 * knowledge base says which, with its cause.
 */
export function parseBuiltKnowledgeBase(file: string): KnowledgeBase {
  const data = readGeneratedJson(file, "prepares the content first");
  const parsed = knowledgeBaseSchema.safeParse(data);
  if (!parsed.success)
    throw new Error(
      `${file} does not hold a built knowledge base; run "npm run build" again:\n${z.prettifyError(parsed.error)}`,
      { cause: parsed.error },
    );
  return parsed.data;
}

export function readBuiltKnowledgeBase(): KnowledgeBase {
  cached ??= parseBuiltKnowledgeBase(BUILT_KB_FILE);
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
