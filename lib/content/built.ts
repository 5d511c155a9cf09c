/**
 * Reads the knowledge base that `scripts/prepare-content.ts` (or the preview, `scripts/dev.ts`)
 * wrote. Server-only. The file is read again whenever it changes on disk, so the preview's pages
 * show each save without a restart; a build writes it once and reads it from memory after that.
 */
import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Product } from "@/lib/kb/model";
import { parseGeneratedJson, readGeneratedFile } from "@/lib/site/generated-file";
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
  const shown = path.relative(process.cwd(), file) || file;
  const text = readGeneratedFile(shown, "prepares the content first");
  cached = {
    stamp: stamp ?? "",
    kb: parseKnowledgeBase(shown, text),
    version: contentVersion(text),
  };
  return cached;
}

/** A short hash of the prepared knowledge base's text: the preview compares it with the page's. */
export function contentVersion(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/** A built knowledge base's text, parsed and checked; what is wrong says which, with its cause. */
function parseKnowledgeBase(file: string, text: string): KnowledgeBase {
  const parsed = knowledgeBaseSchema.safeParse(parseGeneratedJson(file, text));
  if (!parsed.success)
    throw new Error(
      `${file} does not hold a built knowledge base; run "npm run build" again:\n${z.prettifyError(parsed.error)}`,
      { cause: parsed.error },
    );
  return parsed.data;
}

/**
 * The knowledge base in a built file. A file that is missing, unreadable, not JSON or not a
 * knowledge base says which, with its cause.
 */
export function parseBuiltKnowledgeBase(file: string): KnowledgeBase {
  return parseKnowledgeBase(file, readGeneratedFile(file, "prepares the content first"));
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
