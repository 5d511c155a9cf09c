/**
 * The address of a shared lookup result: `/#match=invalid-token,internal-error`. It holds entry
 * ids and nothing else, never the text that was looked up; reading it drops anything that is not
 * an id. Pure, and small: the home page's island reads it before the worker starts.
 */
/** Ids a shared link may carry at most: more is not a result someone looked at. */
export const SHARED_MAX_IDS = 20;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The fragment of a shared result, `match=a,b`, from entry ids (already slugs, so no escaping). */
export function sharedFragment(ids: string[]): string {
  return `match=${ids.filter((id) => ID.test(id)).join(",")}`;
}

/**
 * The ids a fragment (`#match=a,b`, with or without `#`) carries, or undefined when it is not a
 * shared result. Anything that is not an id is dropped, so the fragment can carry nothing else.
 */
export function readSharedFragment(hash: string): string[] | undefined {
  const fragment = hash.startsWith("#") ? hash.slice(1) : hash;
  if (!fragment.startsWith("match=")) return undefined;
  let value: string;
  try {
    value = decodeURIComponent(fragment.slice("match=".length));
  } catch {
    return [];
  }
  const ids = value
    .split(",")
    .map((id) => id.trim().toLowerCase())
    .filter((id) => ID.test(id));
  return [...new Set(ids)].slice(0, SHARED_MAX_IDS);
}
