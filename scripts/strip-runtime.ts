/**
 * Post-build: removes Next.js's client runtime from `out/` (see lib/site/strip-runtime.ts): the
 * script tags from every page, then the files only the runtime used (RSC `.txt` payloads and
 * `/_next/` JavaScript chunks).
 */
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { isRuntimeFile, stripRuntime } from "@/lib/site/strip-runtime";

export async function stripExport(
  outDir = "out",
): Promise<{ pages: number; removed: number; bytes: number }> {
  const files = await readdir(outDir, { recursive: true, withFileTypes: true });
  let pages = 0;
  let removed = 0;
  let bytes = 0;
  for (const file of files) {
    if (!file.isFile()) continue;
    const full = path.join(file.parentPath, file.name);
    const relative = path.relative(outDir, full);
    if (relative.endsWith(".html")) {
      await writeFile(full, stripRuntime(await readFile(full, "utf8")));
      pages += 1;
    } else if (isRuntimeFile(relative)) {
      bytes += (await readFile(full)).length;
      await rm(full);
      removed += 1;
    }
  }
  return { pages, removed, bytes };
}
