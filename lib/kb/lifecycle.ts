/**
 * Which entries carry a lifecycle of their own (`<Lifecycle>` inside the entry) rather than their
 * product's. The CLI reads it from the content; the browser's lookup index lists these ids beside
 * the entries (`entryLifecycles`), and the worker marks their notes before building its index, so
 * the page says "this entry is retired" and links to the entry, not to the article's banner.
 */
import type { KbEntry } from "./model";

/** The key of the list in `lookup/index.json`. */
export const ENTRY_LIFECYCLES_KEY = "entryLifecycles";

/** Ids of the entries whose lifecycle note is their own. */
export function entryLifecycleIds(entries: readonly Pick<KbEntry, "id" | "lifecycle">[]): string[] {
  return entries.filter((e) => e.lifecycle?.scope === "entry").map((e) => e.id);
}

/** The ids listed in a lookup index's data; none when the list is absent or not a list of ids. */
export function readEntryLifecycleIds(data: unknown): Set<string> {
  if (typeof data !== "object" || data === null) return new Set();
  const list: unknown = Reflect.get(data, ENTRY_LIFECYCLES_KEY);
  return new Set(
    Array.isArray(list) ? list.filter((id): id is string => typeof id === "string") : [],
  );
}

/** Entries with their own lifecycle marked as such; the others' notes are their product's. */
export function markEntryLifecycles<E extends Pick<KbEntry, "id" | "lifecycle">>(
  entries: readonly E[],
  own: ReadonlySet<string>,
): E[] {
  return entries.map((e) =>
    e.lifecycle
      ? { ...e, lifecycle: { ...e.lifecycle, scope: own.has(e.id) ? "entry" : "product" } }
      : e,
  );
}
