/**
 * The address of a shared lookup result: `/#match=invalid-token,internal-error`. It holds entry
 * ids and nothing else, never the text that was looked up; reading it drops anything that is not
 * an id, and says how much it dropped. Pure, and small: the home page's island reads it before
 * the worker starts.
 */
/** Ids a shared link may carry at most: more is not a result someone looked at. */
export const SHARED_MAX_IDS = 20;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A shared result's fragment, and how many of the result's ids it could not hold. */
export type SharedLink = { fragment: string; kept: number; dropped: number };

/**
 * The fragment of a shared result, `match=a,b`, from entry ids (already slugs, so no escaping):
 * the first `SHARED_MAX_IDS`, with the count of those left out.
 */
export function sharedLink(ids: string[]): SharedLink {
  const valid = [...new Set(ids.filter((id) => ID.test(id)))];
  const kept = valid.slice(0, SHARED_MAX_IDS);
  return {
    fragment: `match=${kept.join(",")}`,
    kept: kept.length,
    dropped: valid.length - kept.length,
  };
}

/** What a fragment carries: the ids read, and what was dropped, so the page can say so. */
export type SharedFragment = {
  ids: string[];
  /** Ids past the first `SHARED_MAX_IDS`. */
  overLimit: number;
  /** Parts that are not entry ids at all. */
  notIds: number;
};

/**
 * The ids a fragment (`#match=a,b`, with or without `#`) carries, or undefined when it is not a
 * shared result. Anything that is not an id is dropped, so the fragment can carry nothing else.
 */
export function readSharedFragment(hash: string): SharedFragment | undefined {
  const fragment = hash.startsWith("#") ? hash.slice(1) : hash;
  if (!fragment.startsWith("match=")) return undefined;
  let value: string;
  try {
    value = decodeURIComponent(fragment.slice("match=".length));
  } catch {
    return { ids: [], overLimit: 0, notIds: 1 };
  }
  const parts = value
    .split(",")
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean);
  const ids = [...new Set(parts.filter((id) => ID.test(id)))];
  return {
    ids: ids.slice(0, SHARED_MAX_IDS),
    overLimit: Math.max(0, ids.length - SHARED_MAX_IDS),
    notIds: parts.filter((id) => !ID.test(id)).length,
  };
}
