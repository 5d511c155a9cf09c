/**
 * Post-build: a gzip copy beside each of the lookup's and the palette's data files
 * (`<file>.json.gz`). A paste or a query fetches dozens to hundreds of these small files; a
 * server that compresses each one as it is asked for spends more on that than on sending it, so
 * `scripts/serve.mjs` and nginx (`gzip_static`, `deploy/nginx/kb.conf`) send the copy as it is.
 * A CDN that compresses on its own ignores them.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { constants, gzip } from "node:zlib";

const gzipAsync = promisify(gzip);

/** Folders of the export whose JSON files get a gzip copy. */
export const PRECOMPRESSED_DIRS = ["lookup", "palette"];

/**
 * Files compressed at once: zlib compresses on libuv's threadpool (four threads by default), so
 * eight in flight keep its threads busy while others are read and written.
 */
const IN_FLIGHT = 8;

export async function precompressData(
  outDir = "out",
): Promise<{ files: number; bytes: number; gzipBytes: number }> {
  const files: string[] = [];
  for (const dir of PRECOMPRESSED_DIRS) {
    const root = path.join(outDir, dir);
    // A site without one of these folders has nothing to compress there; other errors stop.
    const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(
      (error: unknown) => {
        if (error instanceof Error && "code" in error && error.code === "ENOENT") return [];
        throw error;
      },
    );
    for (const entry of entries) {
      if (entry.isFile() && entry.name.endsWith(".json")) {
        files.push(path.join(entry.parentPath, entry.name));
      }
    }
  }
  let bytes = 0;
  let gzipBytes = 0;
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) {
      const file = files[i];
      if (!file) continue;
      const text = await readFile(file);
      const packed = await gzipAsync(text, { level: constants.Z_BEST_COMPRESSION });
      await writeFile(`${file}.gz`, packed);
      bytes += text.length;
      gzipBytes += packed.length;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return { files: files.length, bytes, gzipBytes };
}
