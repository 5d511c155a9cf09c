/**
 * Post-build: writes the site's data files (the lookup's and the palette's) into the export, each
 * with a gzip copy beside it (`<file>.json.gz`), compressed from the text in memory. A paste or a
 * query fetches dozens to hundreds of these small files; a server that compresses each one as it
 * is asked for spends more on that than on sending it, so `scripts/serve.mjs` and nginx
 * (`gzip_static`, `deploy/nginx/kb.conf`) send the copy as it is. A CDN that compresses on its
 * own ignores them: `GZIP_COPIES=off` leaves them out (33 MiB in 27,545 files at 10,000
 * articles).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { constants, gzip } from "node:zlib";
import { eachInFlight } from "@/lib/content/in-flight";

const gzipAsync = promisify(gzip);

/**
 * Files compressed at once: zlib compresses on libuv's threadpool (four threads by default), so
 * eight in flight keep its threads busy while others are written.
 */
const IN_FLIGHT = 8;

/**
 * Whether the build writes gzip copies, from `GZIP_COPIES`: `on` (or unset) or `off`. Anything
 * else stops the build rather than guess.
 */
export function gzipCopiesOf(env: Record<string, string | undefined> = process.env): boolean {
  const value = (env.GZIP_COPIES ?? "on").trim().toLowerCase();
  if (value === "on" || value === "") return true;
  if (value === "off") return false;
  throw new Error(`GZIP_COPIES is "on" or "off", not "${env.GZIP_COPIES}"`);
}

/**
 * Writes site files (site path → text) and, unless `gzip` is false, their gzip copies; gives the
 * copies' bytes.
 */
export async function writeDataFiles(
  outDir: string,
  files: Map<string, string>,
  { gzip: copies = true }: { gzip?: boolean } = {},
): Promise<{ gzipBytes: number }> {
  const folders = new Set([...files.keys()].map((p) => path.dirname(path.join(outDir, p))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  let gzipBytes = 0;
  await eachInFlight([...files], IN_FLIGHT, async ([sitePath, text]) => {
    const file = path.join(outDir, sitePath);
    await writeFile(file, text);
    if (!copies) return;
    const packed = await gzipAsync(text, { level: constants.Z_BEST_COMPRESSION });
    await writeFile(`${file}.gz`, packed);
    gzipBytes += packed.length;
  });
  return { gzipBytes };
}
