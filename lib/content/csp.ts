/**
 * Content-Security-Policy for the static export: `script-src` allows only our own files and the
 * sha256 of each inline script left in a page, computed after the build. Pure: HTML in, HTML out.
 */
import { createHash } from "node:crypto";

const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** Directives every page shares; `script-src` is added per page with its hashes. */
export const BASE_DIRECTIVES = [
  "default-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Directives a meta tag cannot carry; hosts send them as headers. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    hashes.add(
      `'sha256-${createHash("sha256")
        .update(match[1] ?? "", "utf8")
        .digest("base64")}'`,
    );
  }
  return [...hashes].sort();
}

export function policy(hashes: string[], extra: string[] = []): string {
  return [...BASE_DIRECTIVES, ["script-src 'self'", ...hashes].join(" "), ...extra].join("; ");
}

/** Puts the page's policy at the top of its <head> (after the charset), before any script. */
export function withCspMeta(html: string): { html: string; hashes: string[] } {
  if (html.includes('http-equiv="Content-Security-Policy"')) {
    throw new Error("this page already carries a Content-Security-Policy meta tag");
  }
  const hashes = inlineScriptHashes(html);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}"/>`;
  const anchor = /<meta charset="[^"]*"\s*\/?>/i.exec(html) ?? /<head\b[^>]*>/i.exec(html);
  if (!anchor) throw new Error("the page has no <head>");
  const at = anchor.index + anchor[0].length;
  return { html: html.slice(0, at) + meta + html.slice(at), hashes };
}

/**
 * Largest host policy header sent whole. Browsers and CDNs start refusing response headers
 * around 8–16 KiB; each page's inline scripts add a hash, so a site of a few hundred pages passes it.
 */
export const MAX_HOST_POLICY_BYTES = 8 * 1024;

/**
 * The policy a host sends as a header: the pages' policy with every page's script hashes plus
 * header-only directives. When the hashes no longer fit, the header keeps every directive except
 * `default-src` and `script-src`, which then come from each page's own meta tag alone: browsers
 * enforce both policies, so the effect on every page is the same.
 */
export function hostPolicy(hashes: string[]): string {
  const whole = policy(hashes, HEADER_ONLY_DIRECTIVES);
  if (whole.length <= MAX_HOST_POLICY_BYTES) return whole;
  return [
    ...BASE_DIRECTIVES.filter((d) => !d.startsWith("default-src")),
    ...HEADER_ONLY_DIRECTIVES,
  ].join("; ");
}
