import { gzipSync } from "node:zlib";
import { expect, type Page, test } from "@playwright/test";
import { responsesOf } from "./responses";

/**
 * Run by `npm run bench:browser` against a built knowledge base of BENCH_ENTRIES entries (10,000
 * synthetic ones by default). Prints what the first lookup downloads (gzip, as a CDN serves it),
 * how fast a 2 KB paste renders on a cold page (the median of five) and on a warm one, and the
 * main thread's longest task during the paste, and while the page loaded.
 */
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 10_000);

/** Cold pastes measured, each on a new browser context; the median is printed. */
const COLD_RUNS = 5;

/** A 2 KB log with one line an entry documents. */
const PASTE = Array.from({ length: 24 }, (_, i) =>
  i === 11
    ? "2026-11-24 10:16:00,000 ERROR [main] agent - The heartbeat failed while reading the gateway: unregistered."
    : `2026-11-24 10:${String(i).padStart(2, "0")}:00,000 INFO  [worker-${i % 4}] scheduler: processed ${i * 7} batch items in ${i} ms`,
).join("\n");

/**
 * Starts recording the page's long tasks; the returned function reads the longest so far, apart
 * for those that began before this call (the page's load) and after it (the paste).
 */
async function longTasks(page: Page): Promise<() => Promise<{ load: number; paste: number }>> {
  await page.evaluate(() => {
    const root = document.documentElement;
    const from = performance.now();
    root.dataset.longestLoadTask = "0";
    root.dataset.longestTask = "0";
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const key = e.startTime < from ? "longestLoadTask" : "longestTask";
        root.dataset[key] = String(Math.max(Number(root.dataset[key]), e.duration));
      }
    }).observe({ type: "longtask", buffered: true });
  });
  return () =>
    page.evaluate(() => ({
      load: Number(document.documentElement.dataset.longestLoadTask),
      paste: Number(document.documentElement.dataset.longestTask),
    }));
}

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

test(`lookup at ${ENTRIES.toLocaleString("en")} entries: first-lookup download, cold and warm render time`, async ({
  page,
  browser,
}) => {
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
  expect(entries).toBe(ENTRIES);
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

  const paste = PASTE;
  const times: number[] = [];
  for (let i = 0; i < 7; i += 1) times.push(await pasteAndTime(page, `${paste}\n#${i}`));
  times.sort((a, b) => a - b);
  console.log(
    `warm page, ${(paste.length / 1024).toFixed(1)} KB paste → results rendered: median ${times[3]?.toFixed(0)} ms, max ${times[6]?.toFixed(0)} ms`,
  );
  await expect(page.locator("[data-match-id]").first()).toBeVisible();

  // A 2 KB paste on a cold page: a new browser context, nothing cached. Five times, for the
  // median: the machine is shared.
  const colds: {
    ms: number;
    bytes: { bytes: number; unread: number };
    requests: number;
    longest: { load: number; paste: number };
  }[] = [];
  for (let run = 0; run < COLD_RUNS; run += 1) {
    const context = await browser.newContext({ baseURL: page.url(), ignoreHTTPSErrors: true });
    const cold = await context.newPage();
    const responses = responsesOf(cold, /\/lookup\/|\/islands\//);
    await cold.goto("./");
    await expect(cold.locator('html[data-shortcuts="ready"]')).toBeAttached();
    const longest = await longTasks(cold);
    const ms = await pasteAndTime(cold, PASTE);
    await cold.waitForLoadState("networkidle");
    colds.push({
      ms,
      bytes: await responses.gzipBytes(),
      requests: responses.count(),
      longest: await longest(),
    });
    await context.close();
  }
  colds.sort((a, b) => a.ms - b.ms);
  const median = colds[colds.length >> 1];
  console.log(
    `cold page, ${(PASTE.length / 1024).toFixed(1)} KB paste → results rendered: median ${Math.round(median?.ms ?? 0)} ms of ${colds.length} (${colds.map((c) => Math.round(c.ms)).join(", ")}); ${((median?.bytes.bytes ?? 0) / 1024).toFixed(1)} KiB gzip of matcher and index in ${median?.requests} requests${median?.bytes.unread ? ` (${median.bytes.unread} bodies no longer readable, not counted)` : ""}; longest main-thread task during the paste ${Math.round(Math.max(...colds.map((c) => c.longest.paste)))} ms (while the page loaded: ${Math.round(Math.max(...colds.map((c) => c.longest.load)))} ms)`,
  );
});
