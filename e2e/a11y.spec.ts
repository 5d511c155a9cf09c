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

  test(`axe finds no violations in the why line, share button and report in ${scheme} mode`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("./");
    const box = page.getByRole("textbox", { name: /error/i });
    await box.fill("The token provided isn't valid.");
    await expect(page.locator('[data-lookup-status="done"] [data-match-id]')).toBeAttached();
    await page.getByText("Why this matched").click();
    await expect(page.locator("[data-why] mark").first()).toBeVisible();
    const violations = async () =>
      (await new AxeBuilder({ page }).analyze()).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`,
      );
    expect(await violations()).toEqual([]);
    await box.fill("ERROR frobnicator overheated on 10.1.2.3\nERROR flux failed for a@b.example");
    await page.getByRole("button", { name: /Prepare a report/ }).click();
    await expect(page.getByRole("region", { name: /Report for/ })).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test(`axe finds no violations in a shared result in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("./#match=invalid-token,siem-agent-disconnected,no-such-entry");
    await expect(page.locator("[data-lookup-shared] [data-match-id]").first()).toBeAttached();
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`),
    ).toEqual([]);
  });
}
