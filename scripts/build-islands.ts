/**
 * Build step: bundles each browser island (and the lookup worker) with esbuild into
 * `public/islands/<name>-<hash>.js`, and writes the manifest the pages read to reference them.
 * The content hash in each name lets hosts cache them for good.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { build, type BuildOptions } from "esbuild";
import { ISLANDS, ISLANDS_MANIFEST, ISLANDS_OUT_DIR, PREVIEW_ISLANDS } from "@/lib/site/islands";

/** The islands to bundle; `preview` adds the preview's own (for `npm run dev` only). */
function islandsOf(options: { preview?: boolean }): Record<string, string> {
  return { ...ISLANDS, ...(options.preview ? PREVIEW_ISLANDS : {}) };
}

/** How every island is bundled: one self-contained ES module each, minified. */
export function islandsBuildOptions(
  options: { preview?: boolean } = {},
): BuildOptions & { metafile: true } {
  return {
    entryPoints: Object.entries(islandsOf(options)).map(([out, input]) => ({ in: input, out })),
    outdir: ISLANDS_OUT_DIR,
    entryNames: "[name]-[hash]",
    bundle: true,
    splitting: false,
    format: "esm",
    target: "es2022",
    minify: true,
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
    define: {
      "process.env.NEXT_PUBLIC_BASE_PATH": JSON.stringify(process.env.BASE_PATH ?? ""),
    },
    alias: { "@": path.resolve(".") },
  };
}

/** Bundles the islands; `preview` adds the preview's own (for `npm run dev` only). */
export async function buildIslands(
  options: { preview?: boolean } = {},
): Promise<Map<string, string>> {
  await rm(ISLANDS_OUT_DIR, { recursive: true, force: true });
  const islands = islandsOf(options);
  const result = await build(islandsBuildOptions(options));
  const paths = new Map<string, string>();
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const name = Object.entries(islands).find(([, input]) => input === output.entryPoint)?.[0];
    if (name) paths.set(name, `/islands/${path.basename(file)}`);
  }
  await mkdir(path.dirname(ISLANDS_MANIFEST), { recursive: true });
  await writeFile(ISLANDS_MANIFEST, JSON.stringify(Object.fromEntries(paths), null, 2));
  return paths;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve("scripts/build-islands.ts")) {
  buildIslands().then(
    (paths) => console.error(`islands: ${[...paths.keys()].join(", ")}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
