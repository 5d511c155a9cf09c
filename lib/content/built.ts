/**
 * Reads the knowledge base that `scripts/prepare-content.ts` (or the preview, `scripts/dev.ts`)
 * wrote. Server-only. The file is read again whenever it changes on disk, so the preview's pages
 * show each save without a restart; a build writes it once and reads it from memory after that.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Product } from "@/lib/kb/model";
import { type KnowledgeBase, knowledgeBaseSchema } from "./knowledge-base";

/** Where the prepared knowledge base lives; `KB_GENERATED_FILE` moves it (a second preview). */
export function builtKbFile(): string {
  return path.resolve(process.env.KB_GENERATED_FILE ?? path.join(".generated", "kb.json"));
}

let cached: { stamp: string; kb: KnowledgeBase; version: string } | undefined;

/** The file's modification time and size: it changes whenever the file is written again. */
function stampOf(file: string): string | undefined {
  try {
    const stat = statSync(file);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return undefined;
  }
}

function load(): { kb: KnowledgeBase; version: string } {
  const file = builtKbFile();
  const stamp = stampOf(file);
  if (cached && cached.stamp === stamp) return cached;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new Error(
      `${path.relative(process.cwd(), file)} is missing: run "npm run build" (or "npm run dev"), which prepares the content first`,
    );
  }
  const kb = knowledgeBaseSchema.parse(JSON.parse(text));
  cached = { stamp: stamp ?? "", kb, version: contentVersion(text) };
  return cached;
}

/** A short hash of the prepared knowledge base's text: the preview compares it with the page's. */
export function contentVersion(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

export function readBuiltKnowledgeBase(): KnowledgeBase {
  return load().kb;
}

/** The version of the knowledge base the page is rendered from. */
export function builtContentVersion(): string {
  return load().version;
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
