/**
 * The browser islands: small scripts bundled by `scripts/build-islands.ts` into
 * `public/islands/<name>-<hash>.js`, which pages load with a plain module script tag.
 * Server-only: it reads the manifest the islands build writes.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

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

/** Site path of an island's bundle, without the base path. */
export function islandPath(name: IslandName): string {
  if (!manifest) {
    let text: string;
    try {
      text = readFileSync(path.resolve(ISLANDS_MANIFEST), "utf8");
    } catch {
      throw new Error(
        `${ISLANDS_MANIFEST} is missing: run "npm run build", which bundles the islands`,
      );
    }
    const data: unknown = JSON.parse(text);
    if (typeof data !== "object" || data === null)
      throw new Error(`${ISLANDS_MANIFEST} is not an object`);
    manifest = Object.fromEntries(
      Object.entries(data).filter((pair): pair is [string, string] => typeof pair[1] === "string"),
    );
  }
  const found = manifest[name];
  if (!found) throw new Error(`${ISLANDS_MANIFEST} has no island "${name}"`);
  return found;
}
