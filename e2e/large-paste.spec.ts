import { expect, type Locator, type Page, test } from "@playwright/test";

/**
 * Dispatches a real paste event with `text` on the clipboard, as Ctrl+V does. The text is handed
 * to the page first, in a task of its own, so that moving a megabyte into the page is not
 * counted against the page; long tasks are observed from the paste on.
 */
async function pasteInto(box: Locator, text: string): Promise<void> {
  await box.evaluate((_el, value) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData("text/plain", value);
    window.__clipboard = clipboardData;
  }, text);
  // Let the page settle (and collect the garbage of that transfer) before the paste, as the
  // clipboard's content exists well before anyone presses Ctrl+V.
  await box.page().waitForTimeout(300);
  // The text is not passed again here: moving a megabyte into the page is the harness's cost, and
  // it would land in the very task being measured.
  await box.evaluate((el) => {
    const clipboardData = window.__clipboard ?? new DataTransfer();
    const value = clipboardData.getData("text/plain");
    const tasks: number[] = [];
    window.__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: "longtask", buffered: false });
    const results = document.querySelector("[data-lookup-status]");
    new MutationObserver(() => {
      if (
        results?.getAttribute("data-lookup-status") === "done" &&
        results.getAttribute("data-lookup-length") === String(value.length)
      ) {
        window.__done ??= performance.now();
      }
    }).observe(results ?? document.body, { attributes: true });
    window.__pasted = performance.now();
    el.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true }),
    );
  });
}

async function ready(page: Page): Promise<Locator> {
  await page.goto("./");
  await expect(page.locator('html[data-shortcuts="ready"]')).toBeAttached();
  return page.getByRole("textbox", { name: /error/i });
}

/** A log of about 1 MB with two documented errors, on lines 4,001 and 9,001. */
function megabyteLog(): string[] {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < 1024 * 1024; i += 1) {
    const line =
      i === 4000
        ? "2026-11-24 10:16:00,000 ERROR [main] agent - Data server connection error"
        : i === 9000
          ? "2026-11-24 10:17:00,000 ERROR [main] agent - The proxy address provided isn't valid."
          : `2026-11-24 10:${String(i % 60).padStart(2, "0")}:00,${String(i % 1000).padStart(3, "0")} INFO  [pool-2-thread-${i % 8}] c.m.c.siem.agent.Queue - Pulled ${i % 500} activities from tenant ${i.toString(16)}`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines;
}

/** The long tasks observed (the browser reports only those over 50 ms). */
function describeLongTasks(tasks: number[]): string {
  return tasks.length === 0
    ? "none"
    : `${tasks.length}, the longest ${Math.round(Math.max(...tasks))} ms`;
}

/** Results within this time of a 1 MB paste, and no main-thread task over LONG_TASK_MS. */
const RESULTS_MS = 1000;
const LONG_TASK_MS = 50;

/**
 * A 1 MB log pasted into the page: matching runs in the worker, so the main thread only takes
 * the paste and renders the answer. Prints the timings and holds them to the targets.
 */
test("a 1 MB paste gets its results while the page stays responsive", async ({ page }) => {
  test.setTimeout(60_000);
  const box = await ready(page);
  const lines = megabyteLog();
  const text = lines.join("\n");
  // As a person does: click into the box (which fetches the matcher), then paste.
  const matcherLoaded = page.waitForResponse(/\/lookup\/core\.json$/);
  await box.focus();
  await matcherLoaded;
  await pasteInto(box, text);
  await expect(
    page.locator(`[data-lookup-status="done"][data-lookup-length="${text.length}"]`),
  ).toBeAttached({
    timeout: 30_000,
  });
  const ids = await page
    .locator("[data-match-id]")
    .evaluateAll((els) => els.map((el) => el.getAttribute("data-match-id")));
  expect(ids).toEqual(["data-server-connection-error", "invalid-proxy-address"]);
  await expect(page.getByRole("status").filter({ hasText: "Large paste" })).toContainText(
    `${lines.length.toLocaleString("en")} lines`,
  );
  await expect(box).toHaveJSProperty("readOnly", true);
  const elapsed = Math.round(
    await page.evaluate(() => (window.__done ?? Number.NaN) - (window.__pasted ?? 0)),
  );
  const longTasks = await page.evaluate(() => window.__longTasks ?? []);
  console.log(
    `1 MB paste (${lines.length} lines): results in ${elapsed} ms; main-thread tasks over 50 ms: ${describeLongTasks(longTasks)}`,
  );
  expect(elapsed).toBeLessThanOrEqual(RESULTS_MS);
  expect(Math.max(0, ...longTasks)).toBeLessThanOrEqual(LONG_TASK_MS);
});

test("while the worker reads a megabyte, the page responds and a new lookup supersedes it", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const box = await ready(page);
  const text = megabyteLog().join("\n");
  const matcherLoaded = page.waitForResponse(/\/lookup\/core\.json$/);
  await box.focus();
  await matcherLoaded;
  await pasteInto(box, text);
  // At once, while the worker is still reading: the main thread answers a timer promptly...
  const timerDelay = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const asked = performance.now();
        setTimeout(() => resolve(performance.now() - asked), 0);
      }),
  );
  // ...and the person clears the box and types a single line, whose answer wins.
  await page.getByRole("button", { name: "Clear" }).click();
  const line = "2026-11-24 ERROR The token provided isn't valid.";
  const typed = Date.now();
  await box.fill(line);
  const done = page.locator(`[data-lookup-status="done"][data-lookup-length="${line.length}"]`);
  await expect(done).toBeAttached({ timeout: 10_000 });
  const answered = Date.now() - typed;
  await expect(page.locator("[data-match-id]")).toHaveCount(1);
  await expect(page.locator('[data-match-id="invalid-token"]')).toBeVisible();
  // The megabyte's answer, dropped by the worker, never replaces it.
  await page.waitForTimeout(1500);
  await expect(done).toBeAttached();
  await expect(page.locator("[data-match-id]")).toHaveCount(1);
  const longTasks = await page.evaluate(() => window.__longTasks ?? []);
  console.log(
    `worker busy with 1 MB: a timer ran after ${Math.round(timerDelay)} ms; the typed line's results in ${answered} ms; main-thread tasks over 50 ms: ${describeLongTasks(longTasks)}`,
  );
  expect(timerDelay).toBeLessThanOrEqual(LONG_TASK_MS);
  expect(Math.max(0, ...longTasks)).toBeLessThanOrEqual(LONG_TASK_MS);
});

test("a paste longer than the line limit says which lines were read", async ({ page }) => {
  const box = await ready(page);
  const text = `${"heartbeat ok\n".repeat(25_000)}The token provided isn't valid.`;
  await pasteInto(box, text);
  await expect(
    page.locator(`[data-lookup-status="done"][data-lookup-length="${text.length}"]`),
  ).toBeAttached();
  await expect(
    page.getByText("Paste too large: showing results for the first 20,000 of 25,001 lines"),
  ).toBeVisible();
  await page.getByRole("button", { name: "Clear" }).click();
  await expect(box).toHaveValue("");
  await expect(box).toBeFocused();
});
