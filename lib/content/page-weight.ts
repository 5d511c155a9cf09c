/**
 * First-load JavaScript of each exported page: the scripts its HTML loads up front, gzipped.
 * Pure: the caller reads the files.
 */
import { gzipSync } from "node:zlib";

/** Scripts a page's HTML loads, except the legacy-browser polyfills modern browsers skip. */
export function scriptSources(html: string): string[] {
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attributes = match[1] ?? "";
    const src = /\ssrc="([^"]+)"/.exec(attributes)?.[1];
    if (src && !/\snoModule/i.test(attributes)) sources.add(src);
  }
  return [...sources];
}

export function gzipSize(content: Buffer | string): number {
  return gzipSync(content, { level: 9 }).length;
}

/**
 * Budgets in KiB of gzipped first-load JavaScript, by kind of page. Pages ship no framework
 * runtime, only their islands; the home page's includes the lookup island, not its worker.
 */
export const BUDGET_KIB = { home: 35, article: 15, notFound: 15 } as const;
