import { expect, test } from "@playwright/test";

test("an article prints its content alone: entries whole, links with their addresses", async ({
  page,
}) => {
  await page.goto("articles/troubleshoot-siem-agent/");
  await expect(page.locator('html[data-shortcuts="ready"]')).toBeAttached();
  await page.emulateMedia({ media: "print" });

  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("button")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "On this page" })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  const card = page.getByRole("region", { name: "Invalid token", exact: true });
  await expect(card).toBeVisible();
  await expect(card).toHaveCSS("break-inside", "avoid");
  const cards = page.locator(".entry-card");
  expect(
    await cards.evaluateAll((els) => els.map((el) => getComputedStyle(el).breakInside)),
  ).toEqual(Array.from({ length: await cards.count() }, () => "avoid"));

  // A link prints its address after its text; an anchor within the page does not.
  const external = page.getByRole("link", { name: "current Sentinel integration page" });
  const href = await external.getAttribute("href");
  expect(await external.evaluate((a) => getComputedStyle(a, "::after").content)).toBe(
    `" (${href})"`,
  );
  const internal = page.getByRole("link", { name: "lookup on the home page" });
  const internalHref = await internal.getAttribute("href");
  expect(await internal.evaluate((a) => getComputedStyle(a, "::after").content)).toBe(
    `" (${internalHref})"`,
  );
  const anchor = card.getByRole("link", { name: "Invalid token" });
  expect(await anchor.evaluate((a) => getComputedStyle(a, "::after").content)).toBe("none");

  // The palette, once opened, never prints.
  await page.emulateMedia({ media: "screen" });
  await page.keyboard.press("Control+k");
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("dialog")).toBeHidden();
});
