/**
 * Post-build: adds the Content-Security-Policy meta tag to every page of `out/`, and writes the
 * same policy (all pages' hashes, plus header-only directives) for hosts that send headers:
 * `out/_headers` (Netlify, Cloudflare Pages) and `.generated/nginx-csp.conf` (see deploy/).
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { hostPolicy, withCspMeta } from "@/lib/content/csp";

export const NGINX_CSP_FILE = path.resolve(".generated/nginx-csp.conf");

export async function applyCsp(
  outDir = "out",
): Promise<{ pages: number; hashes: number; header: string }> {
  const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith(".html"));
  const all = new Set<string>();
  for (const file of files) {
    const full = path.join(outDir, file);
    const { html, hashes } = withCspMeta(await readFile(full, "utf8"));
    for (const h of hashes) all.add(h);
    await writeFile(full, html);
  }
  const header = hostPolicy([...all].sort());
  await writeFile(
    path.join(outDir, "_headers"),
    [
      "/*",
      `  Content-Security-Policy: ${header}`,
      "  X-Content-Type-Options: nosniff",
      "  Referrer-Policy: no-referrer",
      "  X-Frame-Options: DENY",
      "/_next/static/*",
      "  Cache-Control: public, max-age=31536000, immutable",
      "/islands/*",
      "  Cache-Control: public, max-age=31536000, immutable",
      // The lookup's and the palette's files, in folders named by a hash of their contents.
      "/lookup/s-*",
      "  Cache-Control: public, max-age=31536000, immutable",
      "/palette/p-*",
      "  Cache-Control: public, max-age=31536000, immutable",
      "",
    ].join("\n"),
  );
  await mkdir(path.dirname(NGINX_CSP_FILE), { recursive: true });
  await writeFile(NGINX_CSP_FILE, `add_header Content-Security-Policy "${header}" always;\n`);
  return { pages: files.length, hashes: all.size, header };
}
