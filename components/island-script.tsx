import { type IslandName, islandPath } from "@/lib/site/islands";
import { withBasePath } from "@/lib/site/paths";

export type IslandScriptProps = { name: IslandName };

/**
 * Loads a browser island: a plain module script from this site, which runs after the page is
 * parsed and enhances markup the server rendered. Pages work without it.
 */
export function IslandScript({ name }: IslandScriptProps) {
  return <script type="module" src={withBasePath(islandPath(name))} />;
}
