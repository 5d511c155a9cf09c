import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const PAGES = ["./", "articles/troubleshoot-siem-agent/", "articles/no-such-page/"];

for (const scheme of ["light", "dark"] as const) {
  for (const path of PAGES) {
    test(`axe finds no violations on ${path} in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expect(page.locator("h1")).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`),
      ).toEqual([]);
    });
  }

  test(`axe finds no violations in lookup results in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("./");
    await page
      .getByRole("textbox", { name: /error/i })
      .fill("Invalid token\nToken expired\nData server");
    await expect(page.locator('[data-lookup-status="done"]')).toBeAttached();
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`),
    ).toEqual([]);
  });
}
