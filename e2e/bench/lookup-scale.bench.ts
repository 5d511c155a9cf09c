import { gzipSync } from "node:zlib";
import { expect, type Page, test } from "@playwright/test";

/**
 * Run by `npm run bench:browser` against a built synthetic knowledge base of 10,000 entries.
 * Prints what the first lookup downloads (gzip, as a CDN serves it) and how fast results render
 * on a warm page.
 */
async function pasteAndTime(page: Page, text: string): Promise<number> {
  return page.getByRole("textbox", { name: /error/i }).evaluate(
    (el, value) =>
      new Promise<number>((resolve) => {
        const results = document.querySelector("[data-lookup-status]");
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (
            results?.getAttribute("data-lookup-status") === "done" &&
            results.getAttribute("data-lookup-length") === String(value.length)
          ) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        });
        observer.observe(results ?? document.body, { attributes: true });
        // A paste this small goes into the box: set the value, fire one input event.
        const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;
        setter?.call(el, value);
        el.dispatchEvent(new Event("input", { bubbles: true }));
      }),
    text,
  );
}

test("lookup at 10,000 entries: first-lookup download and warm render time", async ({ page }) => {
  test.setTimeout(120_000);
  const lookupBytes = new Map<string, number>();
  page.on("response", async (response) => {
    const url = response.url();
    if (!/\/lookup\/|\/islands\//.test(url)) return;
    try {
      lookupBytes.set(url, gzipSync(await response.body()).length);
    } catch {
      // a response without a body
    }
  });
  await page.goto("./");
  await expect(page.locator('html[data-shortcuts="ready"]')).toBeAttached();
  await page.waitForLoadState("networkidle");
  const pageLoad = new Set(lookupBytes.keys());

  const core: unknown = await page.request.get("lookup/core.json").then((r) => r.json());
  const totals: unknown =
    typeof core === "object" && core !== null ? Reflect.get(core, "totals") : undefined;
  const entries: unknown =
    typeof totals === "object" && totals !== null ? Reflect.get(totals, "entries") : undefined;
  expect(entries).toBe(10_000);
  const first = await pasteAndTime(
    page,
    "2026-11-24 10:16:00,000 ERROR [main] agent - warm-up line",
  );
  await page.waitForLoadState("networkidle");
  const firstLookup = [...lookupBytes].filter(([url]) => !pageLoad.has(url));
  const total = firstLookup.reduce((sum, [, bytes]) => sum + bytes, 0);
  console.log(`first lookup (cold: loads matcher and index): ${Math.round(first)} ms`);
  for (const [url, bytes] of firstLookup)
    console.log(`  ${new URL(url).pathname}: ${(bytes / 1024).toFixed(1)} KiB gzip`);
  console.log(`  total downloaded for the first lookup: ${(total / 1024).toFixed(1)} KiB gzip`);

  const paste = Array.from({ length: 24 }, (_, i) =>
    i === 11
      ? "2026-11-24 10:16:00,000 ERROR [main] agent - The heartbeat failed while reading the gateway: unregistered."
      : `2026-11-24 10:${String(i).padStart(2, "0")}:00,000 INFO  [worker-${i % 4}] scheduler: processed ${i * 7} batch items in ${i} ms`,
  ).join("\n");
  const times: number[] = [];
  for (let i = 0; i < 7; i += 1) times.push(await pasteAndTime(page, `${paste}\n#${i}`));
  times.sort((a, b) => a - b);
  console.log(
    `warm page, ${(paste.length / 1024).toFixed(1)} KB paste → results rendered: median ${times[3]?.toFixed(0)} ms, max ${times[6]?.toFixed(0)} ms`,
  );
  await expect(page.locator("[data-match-id]").first()).toBeVisible();
});
