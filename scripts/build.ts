/**
 * `npm run build`: content → browser islands → Next.js static export → framework runtime removed
 * → lookup files and palette data (each with a gzip copy) and sitemap → link check →
 * Content-Security-Policy. On any failure, `out/` is removed so
 * nothing half-built can be deployed.
 */
import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import { applyCsp } from "./apply-csp";
import { buildIslands } from "./build-islands";
import { checkExport } from "./check-export";
import { stripExport } from "./strip-runtime";
import { gzipCopiesOf } from "./write-data-files";
import { writeLookupFiles } from "./write-lookup";
import { writeSiteFiles } from "./write-site-files";

const OUT_DIR = "out";

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("exit", (code) => resolve(code ?? 1));
    child.on("error", () => resolve(1));
  });
}

async function fail(message: string): Promise<never> {
  await rm(OUT_DIR, { recursive: true, force: true });
  console.error(`\nbuild failed: ${message}\n${OUT_DIR}/ was removed; nothing was left to deploy.`);
  process.exit(1);
}

async function main(): Promise<void> {
  // A setting that cannot be read stops the build before its minutes of work, not after.
  const gzipCopies = await Promise.resolve()
    .then(() => gzipCopiesOf())
    .catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
  await rm(OUT_DIR, { recursive: true, force: true });
  if ((await run(process.execPath, ["--import", "tsx", "scripts/prepare-content.ts"])) !== 0) {
    await fail("the content has problems (listed above)");
  }
  const islands = await buildIslands().catch((error: unknown) => fail(`islands: ${String(error)}`));
  if ((await run(process.execPath, ["node_modules/next/dist/bin/next", "build"])) !== 0) {
    await fail("next build failed (see above)");
  }
  const stripped = await stripExport(OUT_DIR).catch((error: unknown) =>
    fail(`removing the framework runtime: ${String(error)}`),
  );
  const lookupFiles = await writeLookupFiles(OUT_DIR).catch((error: unknown) =>
    fail(`lookup index: ${String(error)}`),
  );
  const siteFiles = await writeSiteFiles(OUT_DIR).catch((error: unknown) =>
    fail(`palette data or sitemap: ${String(error)}`),
  );
  const { pages, broken } = await checkExport(OUT_DIR);
  if (broken.length > 0) {
    for (const b of broken) console.error(`  - ${b.page}: link "${b.href}": ${b.reason}`);
    await fail(`${broken.length} broken internal link(s) in the export`);
  }
  const csp = await applyCsp(OUT_DIR).catch((error: unknown) =>
    fail(`Content-Security-Policy: ${String(error)}`),
  );
  console.error(`build: ${pages} pages exported to ${OUT_DIR}/, every internal link resolves`);
  console.error(
    `build: ${islands.size} islands; framework runtime removed from ${stripped.pages} pages ` +
      `(${stripped.removed} files, ${(stripped.bytes / 1024).toFixed(0)} KiB, deleted)`,
  );
  console.error(
    `build: lookup index ${(lookupFiles.indexBytes / 1024).toFixed(0)} KiB in ${lookupFiles.shards} shards (core ${(lookupFiles.coreBytes / 1024).toFixed(0)} KiB), details in ${lookupFiles.details} article files`,
  );
  console.error(
    `build: palette data ${(siteFiles.palette.bytes / 1024).toFixed(0)} KiB in ${siteFiles.palette.files} files (core ${(siteFiles.palette.coreBytes / 1024).toFixed(0)} KiB); ` +
      (siteFiles.sitemap
        ? `sitemap at ${siteFiles.sitemap}`
        : "no sitemap.xml: set SITE_URL (https://kb.example.com) to write it and point robots.txt at it"),
  );
  console.error(
    gzipCopies
      ? `build: gzip copies beside the data files, ${((lookupFiles.gzipBytes + siteFiles.palette.gzipBytes) / 1024).toFixed(0)} KiB`
      : "build: no gzip copies of the data files (GZIP_COPIES=off)",
  );
  console.error(
    `build: Content-Security-Policy added to ${csp.pages} pages (${csp.hashes} inline script hashes)`,
  );
}

void main();
