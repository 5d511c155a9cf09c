import AxeBuilder from "@axe-core/playwright";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { goneOnce } from "./deploy";

const ARTICLE = "articles/troubleshoot-siem-agent/";
const TITLE = "Go to an error or article";

async function ready(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('html[data-shortcuts="ready"]')).toBeAttached();
}

async function openPalette(page: Page) {
  await page.keyboard.press("Control+k");
  const box = page.getByRole("combobox", { name: TITLE });
  await expect(box).toBeFocused();
  return box;
}

/** Pastes into the focused element as Ctrl+V does: a paste event carrying the text. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData("text/plain", t);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

const selected = (page: Page) => page.getByRole("listbox").getByRole("option", { selected: true });

test("keyboard only: Ctrl+K, a typo, arrows, Enter opens the entry's anchor", async ({ page }) => {
  await ready(page, ARTICLE);
  const box = await openPalette(page);
  await expect(page.getByRole("dialog", { name: TITLE })).toBeVisible();
  await page.keyboard.type("invlid tok");
  // The list answers what was typed, not a shorter prefix still on its way.
  await expect(page.getByRole("listbox")).toHaveAttribute("data-answers", "invlid tok");
  await expect(selected(page)).toContainText("Invalid token");
  await expect(box).toHaveAttribute("aria-expanded", "true");
  const first = await selected(page).getAttribute("id");
  await expect(box).toHaveAttribute("aria-activedescendant", first ?? "");
  await page.keyboard.press("ArrowDown");
  await expect(selected(page)).not.toContainText("Invalid token");
  await page.keyboard.press("ArrowUp");
  await expect(selected(page)).toContainText("Invalid token");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/articles\/troubleshoot-siem-agent\/#invalid-token$/);
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page.getByRole("region", { name: "Invalid token", exact: true })).toBeInViewport();
});

test("from the home page, a shortened word finds its entry on another page", async ({ page }) => {
  await ready(page, "./");
  // Typed at once, while the palette's code is still loading: nothing is lost.
  await page.keyboard.press("Control+k");
  await page.keyboard.type("data srv send");
  await expect(page.getByRole("combobox", { name: TITLE })).toHaveValue("data srv send");
  await expect(selected(page)).toContainText("Data server send error");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/articles\/troubleshoot-siem-agent\/#data-server-send-error$/);
});

test("Esc closes the palette and gives focus back; / still focuses the lookup", async ({
  page,
}) => {
  await ready(page, "./");
  const lookup = page.getByRole("textbox", { name: /error/i });
  await page.locator("h1").click();
  await openPalette(page);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  // Focus has left the palette before "/" is typed: typed into its box, "/" is a character.
  await expect
    .poll(() => page.evaluate(() => Boolean(document.activeElement?.closest("dialog"))))
    .toBe(false);
  await page.keyboard.press("/");
  await expect(lookup).toBeFocused();
  await expect(lookup).toHaveValue("");
});

test("the header's button opens the palette too", async ({ page }) => {
  await ready(page, ARTICLE);
  await page.getByRole("button", { name: /Go to an error/ }).click();
  await expect(page.getByRole("combobox", { name: TITLE })).toBeFocused();
});

test("neither the palette's code nor its data loads before Ctrl+K", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  const isPalette = (p: string) => /\/islands\/palette-|\/palette\//.test(p);
  for (const path of ["./", ARTICLE]) {
    await ready(page, path);
    await page.waitForLoadState("networkidle");
    expect(requested.filter(isPalette)).toEqual([]);
  }
  await openPalette(page);
  await page.waitForLoadState("networkidle");
  // Opening fetches the code and the core; typing, the files the typed words need.
  expect(requested.filter(isPalette).map((p) => p.replace(/.*\//, ""))).toEqual([
    expect.stringMatching(/^palette-.*\.js$/),
    "core.json",
  ]);
  await page.keyboard.type("token");
  await expect(selected(page)).toContainText("Invalid token");
  const files = requested.filter(isPalette).slice(2);
  expect(files.length).toBeGreaterThan(0);
  expect(files.every((p) => /\/palette\/p-[0-9a-f]{16}\/[kc]\d+\.json$/.test(p))).toBe(true);
});

/**
 * The palette open on the home page with "data" typed and answered; from then on its files come
 * slowly, so that the next word's fragment is still on its way while the list shows the answer
 * to "data".
 */
async function answeredThenSlow(page: Page, context: BrowserContext): Promise<void> {
  await ready(page, "./");
  await openPalette(page);
  await page.keyboard.type("data");
  await expect(selected(page)).toContainText("Data server send error");
  await context.route("**/palette/p-*/**", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.continue();
  });
}

test("Enter typed before the answer arrives opens the answer to what was typed", async ({
  page,
  context,
}) => {
  await answeredThenSlow(page, context);
  await page.keyboard.type(" conn");
  await expect(selected(page)).toContainText("Data server send error");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(
    /\/articles\/troubleshoot-siem-agent\/#data-server-connection-error$/,
  );
});

test("an arrow pressed before the answer arrives is not undone by it", async ({
  page,
  context,
}) => {
  await answeredThenSlow(page, context);
  // The arrow moves through the list of "data".
  await page.keyboard.type(" se");
  await page.keyboard.press("ArrowDown");
  await expect(selected(page)).toContainText("Data server connection error");
  await expect(page.getByRole("listbox")).toHaveAttribute("data-answers", "data se");
  await expect(selected(page)).toContainText("Data server connection error");
});

test("a file gone after a new deploy: the palette reads its core again and lists", async ({
  page,
  context,
}) => {
  // The first request for any of its files finds nothing, as when the site was deployed anew.
  const came = await goneOnce(context, "**/palette/p-*/**");
  await ready(page, ARTICLE);
  await openPalette(page);
  await page.keyboard.type("invalid token");
  await expect(selected(page)).toContainText("Invalid token");
  expect(came()).toBe(true);
});

test("on the home page, a paste in the palette is carried into the lookup, nowhere else", async ({
  page,
  context,
}) => {
  const secret = "tok_SECRET_4711";
  const text = `2026-11-24 ERROR [main] The token provided isn't valid. ${secret}\nData server send error`;
  const requests: string[] = [];
  page.on("request", (r) => requests.push(`${r.url()} ${r.postData() ?? ""}`));
  await ready(page, "./");
  const entries = await page.evaluate(() => history.length);
  await openPalette(page);
  await paste(page, text);
  await expect(page.getByRole("status").filter({ hasText: "whole error" })).toBeVisible();
  await expect(selected(page)).toContainText("Look up these 2 lines in the error lookup");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toBeHidden();
  const lookup = page.getByRole("textbox", { name: /error/i });
  await expect(lookup).toBeFocused();
  await expect(lookup).toHaveValue(text);
  await expect(page.locator("[data-match-id]")).toHaveCount(2);
  expect(page.url()).not.toContain(secret);
  expect(requests.filter((r) => r.includes(secret))).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test("elsewhere, a paste goes on the clipboard and the lookup opens, ready for it", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const text =
    "2026-11-24 10:15:32 ERROR [main] c.m.c.siem.agent.Auth - The token provided isn't valid.";
  await ready(page, ARTICLE);
  await openPalette(page);
  await paste(page, text);
  await expect(selected(page)).toContainText("Copy this text and open the error lookup");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/#lookup$/);
  await expect(page.getByRole("textbox", { name: /error/i })).toBeFocused();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
});

test("when the clipboard refuses the paste, the palette keeps it and says what to do", async ({
  page,
}) => {
  // A browser that will not let the page write to the clipboard.
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () =>
      Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
  });
  const text =
    "2026-11-24 10:15:32 ERROR [main] c.m.c.siem.agent.Auth - The token provided isn't valid.\nData server send error";
  await ready(page, ARTICLE);
  const before = page.url();
  await openPalette(page);
  await paste(page, text);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: TITLE });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("alert")).toHaveText(
    "Copying failed: the browser did not let this page write to the clipboard. Your text is " +
      "below, selected: copy it with Ctrl+C (Cmd+C on a Mac), open the error lookup, and paste " +
      "it there with Ctrl+V.",
  );
  const copy = dialog.getByRole("textbox", { name: "Your text, to copy by hand" });
  await expect(copy).toHaveValue(text);
  await expect(copy).toBeFocused();
  expect(
    await copy.evaluate((el) =>
      el instanceof HTMLTextAreaElement ? el.value.slice(el.selectionStart, el.selectionEnd) : "",
    ),
  ).toBe(text);
  await expect(dialog.getByRole("link", { name: "Open the error lookup" })).toHaveAttribute(
    "href",
    /\/#lookup$/,
  );
  expect(page.url()).toBe(before);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
});

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds no violations with the palette open in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await ready(page, ARTICLE);
    await openPalette(page);
    await page.keyboard.type("error");
    await expect(selected(page)).toBeVisible();
    await page.keyboard.press("ArrowDown");
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`),
    ).toEqual([]);
  });
}
