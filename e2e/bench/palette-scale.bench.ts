import { expect, type Page, test } from "@playwright/test";
import { responsesOf } from "./responses";

/**
 * Run by `npm run bench:browser`: the command palette at BENCH_ENTRIES entries. Prints what its
 * first opening downloads (its code and core, gzip, as a CDN serves them), then, on a cold page,
 * how long each keystroke of a few queries takes to list its results, and what the keystrokes
 * download.
 */
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 10_000);

/** Typed one letter at a time, each on a cold page of its own. */
const QUERIES = ["access denied", "ERROR_FILE_NOT_FOUND", "invlid handle", "0x80070005"];

/** Sets the palette's box to `value` as a keystroke does; resolves with the ms until it answers. */
function keystroke(page: Page, value: string): Promise<number> {
  return page.getByRole("combobox").evaluate(
    (el, text) =>
      new Promise<number>((resolve) => {
        const listbox = document.querySelector("dialog [role=listbox]");
        const started = performance.now();
        // The list says which query it answers once it has answered it.
        const observer = new MutationObserver(() => {
          if (listbox?.getAttribute("data-answers") !== text.trim()) return;
          observer.disconnect();
          resolve(performance.now() - started);
        });
        observer.observe(listbox ?? document.body, { attributes: true });
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
        setter?.call(el, text);
        el.dispatchEvent(new Event("input", { bubbles: true }));
      }),
    value,
  );
}

async function openPalette(page: Page): Promise<void> {
  await page.goto("./");
  await expect(page.locator('html[data-shortcuts="ready"]')).toBeAttached();
  await page.waitForLoadState("networkidle");
  await page.keyboard.press("Control+k");
  await expect(page.getByRole("combobox")).toBeFocused();
  await page.waitForLoadState("networkidle");
}

test(`palette at ${ENTRIES.toLocaleString("en")} entries: first open, each keystroke`, async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const all: number[] = [];
  for (const [q, query] of QUERIES.entries()) {
    const context = await browser.newContext({ baseURL, ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const bytes = responsesOf(page, /\/palette\/|\/islands\/palette-/);
    await openPalette(page);
    const opened = (await bytes.gzipBytes()).bytes;
    if (q === 0) console.log(`palette, first open: ${(opened / 1024).toFixed(1)} KiB gzip`);
    const times: number[] = [];
    for (let i = 1; i <= query.length; i += 1) times.push(await keystroke(page, query.slice(0, i)));
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("option").first()).toBeVisible();
    const first = await page.getByRole("option").first().innerText();
    all.push(...times);
    const sorted = [...times].sort((a, b) => a - b);
    const slowest = times.indexOf(sorted.at(-1) ?? 0);
    const { bytes: total, unread } = await bytes.gzipBytes();
    const fetched = total - opened;
    console.log(
      `  "${query}" typed on a cold page: keystroke median ${sorted[sorted.length >> 1]?.toFixed(0)} ms, slowest ${sorted.at(-1)?.toFixed(0)} ms ("${query.slice(0, slowest + 1)}"); ${(fetched / 1024).toFixed(1)} KiB gzip fetched${unread ? ` (${unread} bodies no longer readable, not counted)` : ""}; first: ${first.split("\n")[0]}`,
    );
    await context.close();
  }
  all.sort((a, b) => a - b);
  console.log(
    `palette keystrokes (${all.length}): median ${all[all.length >> 1]?.toFixed(0)} ms, 90th percentile ${all[Math.floor(all.length * 0.9)]?.toFixed(0)} ms, max ${all.at(-1)?.toFixed(0)} ms`,
  );
});
