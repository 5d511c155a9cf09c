import type { BrowserContext } from "@playwright/test";

/**
 * Makes the first request matching `pattern` find nothing (HTTP 404), as when the site was
 * deployed anew since the page read its core; later ones go through. The returned function says
 * whether that first request came.
 */
export async function goneOnce(context: BrowserContext, pattern: string): Promise<() => boolean> {
  let gone = true;
  await context.route(pattern, async (route) => {
    if (gone) {
      gone = false;
      await route.fulfill({ status: 404, body: "Not found" });
      return;
    }
    await route.continue();
  });
  return () => !gone;
}
