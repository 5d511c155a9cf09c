import { expect, test } from "@playwright/test";

const ARTICLE = "articles/troubleshoot-siem-agent/";
const JAVA = "articles/siem-agent-java-certificates/";

test("the article says the product is deprecated, when, and what replaces it", async ({ page }) => {
  await page.goto(ARTICLE);
  const banner = page.getByRole("region", {
    name: /Deprecated: Microsoft Defender for Cloud Apps/,
  });
  await expect(banner).toBeVisible();
  await expect(banner.getByText("2025-06-19")).toBeVisible();
  await expect(banner.getByText("2025-11", { exact: true })).toBeVisible();
  await expect(
    banner.getByRole("link", {
      name: "Migrate from Defender for Cloud Apps SIEM agent to supported APIs",
    }),
  ).toHaveAttribute("href", /^https:\/\/learn\.microsoft\.com\//);
});

test("each new section and entry has an anchor that a link lands on", async ({ page }) => {
  for (const [path, id] of [
    [ARTICLE, "recover-missing-activity-events"],
    [ARTICLE, "validate-delivery-to-your-siem"],
    [ARTICLE, "if-the-agent-log-shows-connection-refused"],
    [ARTICLE, "move-to-the-supported-apis"],
    [JAVA, "import-the-certificates-on-linux"],
    [JAVA, "keytool-illegal-option-cacerts"],
    [JAVA, "keytool-command-not-found-no-break-spaces"],
  ] as const) {
    await page.goto(`${path}#${id}`);
    const target = page.locator(`[id="${id}"]`);
    await expect(target, id).toBeInViewport();
  }
});

test("the entries list the names the translated portal shows", async ({ page }) => {
  await page.goto(`${ARTICLE}#connection-error`);
  const entry = page.getByRole("region", { name: "Connection error", exact: true });
  await expect(entry.locator('[lang="ja"]').first()).toHaveText("[接続エラー]");
  await expect(entry.locator('[lang="fr"]').first()).toHaveText("Erreur de connexion");
});

test("a status pasted from the Japanese portal finds the English entry, and says so", async ({
  page,
}) => {
  await page.goto("./");
  const text = "状態: 接続エラー";
  await page.getByRole("textbox", { name: /error/i }).fill(text);
  await expect(
    page.locator(`[data-lookup-status="done"][data-lookup-length="${text.length}"]`),
  ).toBeAttached();
  const card = page.locator('[data-match-id="connection-error"]');
  await expect(card).toBeVisible();
  await expect(card.getByText("Recognised in Japanese; the entry is in English.")).toBeVisible();
  await expect(
    card.getByText(/Microsoft Defender for Cloud Apps is deprecated since 2025-11/),
  ).toBeVisible();
});
