import { gzipSync } from "node:zlib";
import type { Page, Response } from "@playwright/test";

/**
 * Notes the page's responses whose URL matches `pattern` from now on, and measures them only when
 * asked: reading a body goes through the browser's debugging protocol and gzip runs on the same
 * cores, so measuring each response as it arrived slowed the very lookup being timed.
 */
export function responsesOf(
  page: Page,
  pattern: RegExp,
): { count: () => number; gzipBytes: () => Promise<number> } {
  const seen: Response[] = [];
  page.on("response", (response) => {
    if (pattern.test(response.url())) seen.push(response);
  });
  return {
    count: () => seen.length,
    gzipBytes: async () => {
      const sizes = await Promise.all(
        seen.map((r) =>
          r.body().then(
            (body) => gzipSync(body).length,
            () => 0, // a response without a body
          ),
        ),
      );
      return sizes.reduce((a, b) => a + b, 0);
    },
  };
}
