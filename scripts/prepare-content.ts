/**
 * Build step 1: load, check and compile the content, then write the knowledge base for the site.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { builtKbFile } from "@/lib/content/built";
import { ContentBuildError } from "@/lib/content/errors";
import { loadKnowledgeBase } from "@/lib/content/load";

const GENERATED_FILE = builtKbFile();

async function main(): Promise<void> {
  const started = performance.now();
  const kb = await loadKnowledgeBase({
    record: process.env.CI ? "check" : "update",
    onProgress: (message) => console.error(`content: ${message}`),
  });
  await mkdir(path.dirname(GENERATED_FILE), { recursive: true });
  await writeFile(GENERATED_FILE, JSON.stringify(kb));
  console.error(
    `content: ${kb.articles.length} articles, ${kb.entries.length} entries ready in ${Math.round(performance.now() - started)} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof ContentBuildError ? error.message : error);
  process.exit(1);
});
