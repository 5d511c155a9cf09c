/**
 * Checks every internal link and anchor in `out/`. Used by the build and by the tests.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import {
  type BrokenLink,
  type ExportPage,
  findBrokenLinks,
  urlPathOf,
} from "@/lib/content/export-links";

export async function checkExport(
  outDir = "out",
  basePath = process.env.BASE_PATH ?? "",
): Promise<{ pages: number; broken: BrokenLink[] }> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const pages: ExportPage[] = [];
  const others: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(outDir, full);
    if (relative.endsWith(".html")) {
      pages.push({ path: urlPathOf(relative, basePath), html: await readFile(full, "utf8") });
    }
    others.push(`${basePath}/${relative.replace(/\\/g, "/")}`);
  }
  return { pages: pages.length, broken: findBrokenLinks(pages, others, basePath) };
}
