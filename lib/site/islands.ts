/**
 * The browser islands: small scripts bundled by `scripts/build-islands.ts` into
 * `public/islands/<name>-<hash>.js`, which pages load with a plain module script tag.
 * Server-only: it reads the manifest the islands build writes.
 */
import path from "node:path";
import { readGeneratedJson } from "./generated-file";

/** Island name → its entry file. */
export const ISLANDS = {
  "keyboard-shortcuts": "islands/keyboard-shortcuts.ts",
  palette: "islands/palette.ts",
  "copy-link": "islands/copy-link.ts",
  "copy-markdown": "islands/copy-markdown.ts",
  "former-id-redirect": "islands/former-id-redirect.ts",
  "moved-article": "islands/moved-article.ts",
  lookup: "islands/lookup.ts",
  "lookup-worker": "islands/lookup-worker.ts",
  // The report's redaction, imported by the worker when a report is first prepared.
  "lookup-redact": "lib/lookup/redact.ts",
} as const;

/** Islands of the preview (`npm run dev`) alone: never bundled into a build. */
export const PREVIEW_ISLANDS = {
  preview: "islands/preview.ts",
} as const;

export type IslandName = keyof typeof ISLANDS | keyof typeof PREVIEW_ISLANDS;

/** Where the bundles go: Next.js copies `public/` into the export as is. */
export const ISLANDS_OUT_DIR = path.join("public", "islands");
/** Island name → site path of its bundle (no base path), such as `/islands/lookup-AB12.js`. */
export const ISLANDS_MANIFEST = path.join(".generated", "islands.json");

let manifest: Record<string, string> | undefined;

/**
 * An islands manifest: island name → site path. A file that is missing, unreadable, not JSON or
 * not an object says which, with its cause.
 */
export function readIslandsManifest(file: string): Record<string, string> {
  const data = readGeneratedJson(file, "bundles the islands");
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new Error(`${file} is not an object of island paths; run "npm run build" again`);
  return Object.fromEntries(
    Object.entries(data).filter((pair): pair is [string, string] => typeof pair[1] === "string"),
  );
}

/** Site path of an island's bundle, without the base path. */
export function islandPath(name: IslandName): string {
  manifest ??= readIslandsManifest(ISLANDS_MANIFEST);
  const found = manifest[name];
  if (!found)
    throw new Error(
      `${ISLANDS_MANIFEST} has no island "${name}": run "npm run build", which bundles the islands`,
    );
  return found;
}
