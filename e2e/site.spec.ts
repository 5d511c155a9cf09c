import { expect, test } from "@playwright/test";

const ARTICLE = "articles/troubleshoot-siem-agent/";

test("browse from the home page to the article and an entry", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1, name: "Error knowledge base" })).toBeVisible();
  await page.getByRole("link", { name: "Troubleshoot the SIEM agent" }).first().click();
  await expect(page).toHaveURL(/\/articles\/troubleshoot-siem-agent\/$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Troubleshoot the SIEM agent" }),
  ).toBeVisible();
  await expect(page.getByText("Applies to:")).toBeVisible();
  const toc = page.getByRole("navigation", { name: "On this page" }).first();
  await expect(toc.getByRole("link", { name: "Invalid token" })).toBeAttached();
  for (const name of ["Data server send error", "SIEM agent notification error", "Disconnected"]) {
    await expect(page.getByRole("region", { name, exact: true })).toBeVisible();
  }
});

test("a direct link to an entry shows it in view and highlighted", async ({ page }) => {
  await page.goto(`${ARTICLE}#invalid-token`);
  const entry = page.getByRole("region", { name: "Invalid token", exact: true });
  await expect(entry).toBeInViewport();
  await expect(entry).toHaveAttribute("id", "invalid-token");
  expect(await entry.evaluate((el) => el.matches(":target"))).toBe(true);
  const highlighted = await entry.evaluate((el) => getComputedStyle(el).boxShadow);
  const other = await page
    .getByRole("region", { name: "Invalid proxy address", exact: true })
    .evaluate((el) => getComputedStyle(el).boxShadow);
  expect(highlighted).not.toBe(other);
  await expect(entry.getByText("The token provided isn't valid.", { exact: true })).toBeVisible();
  await expect(entry.getByRole("listitem").first()).toBeVisible();
});

test("copy link puts the entry's absolute URL on the clipboard", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(ARTICLE);
  await page.getByRole("button", { name: "Copy link to Data server send error" }).click();
  await expect(
    page.getByRole("button", { name: "Copy link to Data server send error" }),
  ).toHaveText("Link copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL(`${ARTICLE}#data-server-send-error`, baseURL).toString());
});

test("a former entry id leads to the entry that replaced it", async ({ page }) => {
  await page.goto(`${ARTICLE}#siem-agent-disconnected`);
  await expect(page).toHaveURL(/#siem-agent-error$/);
  const entry = page.getByRole("region", { name: "SIEM agent error", exact: true });
  await expect(entry).toBeInViewport();
  expect(await entry.evaluate((el) => el.matches(":target"))).toBe(true);
});

test("an unknown address gets a useful 404 page", async ({ page }) => {
  const response = await page.goto("articles/no-such-article/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Look up an error message" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Troubleshoot the SIEM agent" })).toBeVisible();
});

test("errors.json lists every entry with its anchored URL", async ({ request }) => {
  const response = await request.get("errors.json");
  expect(response.ok()).toBe(true);
  const { entries } = await response.json();
  expect(entries).toHaveLength(15);
  const token = entries.find((e: { id: string }) => e.id === "invalid-token");
  expect(token).toMatchObject({
    article: "troubleshoot-siem-agent",
    name: "Invalid token",
    appears: "agent-console",
    messages: ["The token provided isn't valid."],
  });
  expect(token.url).toMatch(/\/articles\/troubleshoot-siem-agent\/#invalid-token$/);
  expect(token.resolution).toMatch(/^1\. /);
});

test("robots.txt allows crawling and names the sitemap when the build knew SITE_URL", async ({
  request,
}) => {
  const robots = await request.get("robots.txt");
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  expect(text).toContain("User-agent: *");
  const sitemap = await request.get("sitemap.xml");
  const siteUrl = process.env.SITE_URL?.replace(/\/$/, "");
  if (!siteUrl) {
    // Sitemaps and robots.txt's Sitemap line take absolute addresses only: none without SITE_URL.
    expect(text).not.toMatch(/^Sitemap:/m);
    expect(sitemap.status()).toBe(404);
    return;
  }
  const base = process.env.BASE_PATH ?? "";
  expect(text).toContain(`Sitemap: ${siteUrl}${base}/sitemap.xml`);
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  expect(xml).toContain(`<loc>${siteUrl}${base}/</loc>`);
  expect(xml).toContain(`<loc>${siteUrl}${base}/articles/troubleshoot-siem-agent/</loc>`);
  expect(xml).toContain(`<loc>${siteUrl}${base}/products/</loc>`);
  expect(xml).toContain(
    `<loc>${siteUrl}${base}/products/microsoft-defender-for-cloud-apps/</loc><lastmod>2026-11-28</lastmod>`,
  );
});

test("the icons and the web manifest are served", async ({ request, page }) => {
  for (const file of ["favicon.ico", "icon.svg", "apple-touch-icon.png", "site.webmanifest"]) {
    expect((await request.get(file)).status(), file).toBe(200);
  }
  await page.goto("./");
  const base = process.env.BASE_PATH ?? "";
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute(
    "href",
    `${base}/apple-touch-icon.png`,
  );
});
