/**
 * Takes Next.js's client runtime out of an exported page: its script tags (the `/_next/` chunks
 * and the inline RSC payload pushes) and the preload hints for them. What stays is the HTML the
 * server components rendered, its CSS, and the islands' module scripts. Pure: HTML in, HTML out.
 */

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const LINK = /<link\b([^>]*?)\/?>/gi;

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`, "i").exec(attributes)?.[1];
}

/** A script that runs: no `type`, a JavaScript type, or a module (data blocks do not run). */
function isExecutable(attributes: string): boolean {
  const type = attribute(attributes, "type")?.toLowerCase();
  return (
    type === undefined || type === "" || type === "module" || /javascript|ecmascript/.test(type)
  );
}

function isFrameworkScript(attributes: string): boolean {
  const src = attribute(attributes, "src");
  // Every inline script in an export is the framework's: pages render none of their own.
  return src === undefined ? isExecutable(attributes) : src.includes("/_next/");
}

function isScriptHint(attributes: string): boolean {
  const rel = attribute(attributes, "rel")?.toLowerCase() ?? "";
  const as = attribute(attributes, "as")?.toLowerCase() ?? "";
  return rel === "modulepreload" || (rel === "preload" && as === "script");
}

export function stripRuntime(html: string): string {
  const stripped = html
    .replace(SCRIPT, (tag, attributes: string) => (isFrameworkScript(attributes) ? "" : tag))
    .replace(LINK, (tag, attributes: string) => (isScriptHint(attributes) ? "" : tag));
  const left = /<script\b[^>]*\ssrc="[^"]*\/_next\/[^"]*"/i.exec(stripped);
  if (left) throw new Error(`a framework script survived: ${left[0]}`);
  return stripped;
}

/** Files of the export that only the framework's runtime used: RSC payloads and its chunks. */
export function isRuntimeFile(relativePath: string): boolean {
  const normal = relativePath.replace(/\\/g, "/");
  const name = normal.slice(normal.lastIndexOf("/") + 1);
  if (name.endsWith(".txt")) return name === "index.txt" || name.startsWith("__next.");
  return normal.startsWith("_next/") && name.endsWith(".js");
}
