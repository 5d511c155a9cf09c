import { gzipSync } from "node:zlib";
import type { Page, Response } from "@playwright/test";

/**
 * Notes the page's responses whose URL matches `pattern` from now on, and measures them only when
 * asked: reading a body goes through the browser's debugging protocol and gzip runs on the same
 * cores, so measuring each response as it arrived slowed the very lookup being timed. Each body
 * is measured once; one the browser no longer holds is counted in `unread`, so that a figure
 * missing some bytes says so.
 */
export function responsesOf(page: Page, pattern: RegExp) {
  const seen: Response[] = [];
  const sizes = new Map<Response, Promise<number | undefined>>();
  page.on("response", (response) => {
    if (pattern.test(response.url())) seen.push(response);
  });
  const sizeOf = (response: Response) => {
    let size = sizes.get(response);
    if (!size) {
      size = response.body().then(
        (body) => gzipSync(body).length,
        () => undefined,
      );
      sizes.set(response, size);
    }
    return size;
  };
  return {
    count: () => seen.length,
    /** Gzip bytes of the responses so far, and how many bodies could not be read. */
    gzipBytes: async (): Promise<{ bytes: number; unread: number }> => {
      const all = await Promise.all(seen.map(sizeOf));
      return {
        bytes: all.reduce<number>((sum, n) => sum + (n ?? 0), 0),
        unread: all.filter((n) => n === undefined).length,
      };
    },
  };
}
