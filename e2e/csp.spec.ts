import { expect, type Page, test } from "@playwright/test";

/** Collects every Content-Security-Policy violation the page reports, from the first byte on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, "__cspViolations", { value: seen });
    document.addEventListener("securitypolicyviolation", (e) => {
      seen.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return async () => [
    ...refused,
    ...(await page.evaluate(() => {
      const found: unknown = Reflect.get(window, "__cspViolations");
      return Array.isArray(found) ? found.map(String) : ["violation probe missing"];
    })),
  ];
}

test("every page carries a strict policy and raises no violation while used", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const violations = await watchViolations(page);

  await page.goto("./");
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute("content");
  expect(meta).toMatch(/default-src 'self'/);
  // Scripts come from this site only: the islands are files, and any inline script left is hashed.
  expect(meta).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*(;|$)/);
  expect(meta).toMatch(/worker-src 'self'/);
  expect(meta).toMatch(/object-src 'none'/);
  expect(meta).not.toMatch(/unsafe-inline|unsafe-eval/);

  const box = page.getByRole("textbox", { name: /error/i });
  await box.fill("2026-11-24 ERROR The token provided isn't valid.\nData server send error");
  await expect(page.locator("[data-match-id]")).toHaveCount(2);
  await page
    .locator('[data-match-id="invalid-token"]')
    .getByRole("button", { name: /Copy link/ })
    .click();
  await page
    .locator('[data-match-id="invalid-token"]')
    .getByRole("link", { name: /Open the entry/ })
    .click();
  await expect(page).toHaveURL(/#invalid-token$/);
  await page.getByRole("button", { name: "Copy link to Invalid token" }).click();
  await page.goto("articles/troubleshoot-siem-agent/#siem-agent-disconnected");
  await expect(page).toHaveURL(/#siem-agent-error$/);
  // The palette's script is imported on demand, and its data fetched: both from 'self'.
  await expect(page.locator('html[data-shortcuts="ready"]')).toBeAttached();
  await page.keyboard.press("Control+k");
  await page.keyboard.type("invlid tok");
  await expect(page.getByRole("option", { selected: true })).toContainText("Invalid token");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#invalid-token$/);
  await page.keyboard.press("/");
  await expect(page).toHaveURL(/\/#lookup$/);
  await page.goto("articles/missing/");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();

  expect(await violations()).toEqual([]);

  // The probe itself works: an injected inline script is refused and reported.
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.name = 'ran'";
    document.body.append(script);
  });
  await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.name)).not.toBe("ran");
});
