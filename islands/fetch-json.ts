/**
 * Fetching the site's data files from a page or a worker: JSON from the site's own origin, with
 * no credentials, and a file that is not there told apart from other failures.
 */
import { withBasePath } from "@/lib/site/paths";

/** A file of the site that is not there (HTTP 404): after a deploy, an older index's shard. */
export class MissingFile extends Error {}

/** Fetches a site path (without the base path); `what` names it in the error. */
export async function fetchJson(path: string, what: string): Promise<unknown> {
  const response = await fetch(withBasePath(path), { credentials: "omit" });
  if (!response.ok) {
    const message = `${what} could not be loaded (HTTP ${response.status})`;
    throw response.status === 404 ? new MissingFile(message) : new Error(message);
  }
  return response.json();
}
