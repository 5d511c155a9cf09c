/**
 * Shared results: a lookup result passed on as a link that holds only entry ids,
 * `/#match=invalid-token,internal-error`, never the text that was looked up
 * (`lib/site/shared-link.ts` reads and writes that fragment). Pure: turns the ids back into
 * results, following former ids.
 */
import type { LookupIndex } from "./build-index";
import type { LookupHit } from "./run";
import type { KbEntry } from "./types";
import { surfaceOf } from "./types";

/** Former id → current id, for every entry that declares `formerly`. */
export function formerIds(entries: Pick<KbEntry, "id" | "formerly">[]): [string, string][] {
  return entries.flatMap((e) => e.formerly.map((old): [string, string] => [old, e.id]));
}

/** Reads `formerly` from the lookup index's wire form: `[[old, current], …]`; absent is empty. */
export function readFormerIds(data: unknown): Map<string, string> {
  const pairs: unknown =
    typeof data === "object" && data !== null ? Reflect.get(data, "formerly") : undefined;
  const out = new Map<string, string>();
  if (!Array.isArray(pairs)) return out;
  for (const pair of pairs) {
    if (Array.isArray(pair) && typeof pair[0] === "string" && typeof pair[1] === "string")
      out.set(pair[0], pair[1]);
  }
  return out;
}

export type SharedResult = {
  /** The entries, in the link's order, as confident matches. */
  hits: LookupHit[];
  /** Former ids the link used, with the id that replaced each. */
  renamed: [string, string][];
  /** Ids no entry has, now or formerly. */
  unknown: string[];
};

/** The entries a shared link names, as results without lines: nothing was pasted here. */
export function resolveShared(
  index: LookupIndex,
  ids: string[],
  former: Map<string, string>,
): SharedResult {
  const hits: LookupHit[] = [];
  const renamed: [string, string][] = [];
  const unknown: string[] = [];
  const seen = new Set<number>();
  for (const id of ids) {
    const current = index.entryIds.get(id) !== undefined ? id : former.get(id);
    const i = current === undefined ? undefined : index.entryIds.get(current);
    const entry = i === undefined ? undefined : index.entries[i];
    if (i === undefined || !entry || current === undefined) {
      unknown.push(id);
      continue;
    }
    if (current !== id) renamed.push([id, current]);
    if (seen.has(i)) continue;
    seen.add(i);
    const product = index.products[index.entryProduct[i] ?? -1];
    hits.push({
      entry,
      product: product?.name ?? "",
      surface: surfaceOf(product, entry.appears),
      tier: "match",
      score: 1,
      line: 0,
      lines: [],
      via: "name",
      ...(entry.lifecycle ? { lifecycle: entry.lifecycle } : {}),
    });
  }
  return { hits, renamed, unknown };
}
