import { expect, type Page, test } from "@playwright/test";

const ARTICLE = "articles/troubleshoot-siem-agent/";

async function paste(page: Page, text: string) {
  await page.getByRole("textbox", { name: /error/i }).fill(text);
  await expect(
    page.locator(`[data-lookup-status="done"][data-lookup-length="${text.length}"]`),
  ).toBeAttached();
}

const matchIds = (page: Page) =>
  page
    .locator("[data-match-id]")
    .evaluateAll((els) => els.map((el) => el.getAttribute("data-match-id")));

test("Copy as Markdown on an article copies name, absolute link, description and numbered steps", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(ARTICLE);
  const button = page.getByRole("button", { name: "Copy Invalid token as Markdown" });
  await button.click();
  await expect(button).toHaveText("Markdown copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const link = new URL(`${ARTICLE}#invalid-token`, baseURL).toString();
  expect(copied.startsWith(`**Invalid token**\n\nPermanent link: <${link}>\n\n`)).toBe(true);
  expect(copied).toContain("`--token`");
  expect(copied).toMatch(/How to fix it:\n\n1\. .+\n2\. .+\*\*SIEM Agent\*\*.+\n3\. /);
});

test("Copy as Markdown in a lookup result copies the same", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(ARTICLE);
  await page.getByRole("button", { name: "Copy Invalid token as Markdown" }).click();
  const fromArticle = await page.evaluate(() => navigator.clipboard.readText());
  await page.goto("./");
  await paste(page, "ERROR The token provided is invalid");
  const card = page.locator('[data-match-id="invalid-token"]');
  await card.getByRole("button", { name: "Copy Invalid token as Markdown" }).click();
  await expect(card.getByRole("button", { name: /as Markdown/ })).toHaveText("Markdown copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(fromArticle);
});

test("each result unfolds why it matched, with the words found highlighted", async ({ page }) => {
  await page.goto("./");
  await paste(page, "2026-11-24 ERROR [main] The token provided is invalid!");
  const card = page.locator('[data-match-id="invalid-token"]');
  const why = card.getByRole("group").filter({ hasText: "Why this matched" });
  await card.getByText("Why this matched").click();
  await expect(why).toContainText("Its documented message “The token provided isn't valid.”");
  await expect(why).toContainText("all words, in order");
  await expect(why.locator("mark")).toHaveText(["token", "provided", "isn't", "valid."]);
});

test("a shared link records only entry ids and opens those entries, the paste never leaving the page", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const secret = "tok_9f8e7d6c5b4a-SECRET";
  const host = "siem-prod-07.corp-secret.example";
  const requests: { url: string; body: string | null }[] = [];
  page.on("request", (r) => requests.push({ url: r.url(), body: r.postData() }));
  await page.goto("./");
  await paste(
    page,
    `2026-11-24 ERROR [main] Invalid token --token ${secret} on ${host}\nData server send error to ${host}:6514`,
  );
  await page.getByRole("button", { name: /Copy a link to this result/ }).click();
  await expect(page.getByRole("button", { name: /Copy a link to this result/ })).toHaveText(
    "Link copied",
  );
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(new URL("./#match=invalid-token,data-server-send-error", baseURL).toString());
  expect(page.url()).not.toContain(secret);

  const shared = await context.newPage();
  shared.on("request", (r) => requests.push({ url: r.url(), body: r.postData() }));
  await shared.goto(link);
  await expect(shared.locator('[data-lookup-status="done"][data-lookup-shared]')).toBeAttached();
  expect(await matchIds(shared)).toEqual(["invalid-token", "data-server-send-error"]);
  await expect(shared.getByRole("note").filter({ hasText: "Shared result." })).toBeVisible();
  await expect(shared.getByRole("textbox", { name: /error/i })).toHaveValue("");

  await page.waitForTimeout(300);
  const origin = new URL(baseURL ?? "").origin;
  for (const r of requests) {
    expect(new URL(r.url).origin).toBe(origin);
    for (const kept of [secret, host]) {
      expect(r.url).not.toContain(kept);
      expect(r.body ?? "").not.toContain(kept);
    }
  }
  for (const p of [page, shared]) {
    expect(p.url()).not.toContain(secret);
    expect(p.url()).not.toContain(host);
    const state = await p.evaluate(() => JSON.stringify(window.history.state));
    expect(String(state)).not.toContain(secret);
    const stored = await p.evaluate(() => [localStorage.length, sessionStorage.length]);
    expect(stored).toEqual([0, 0]);
  }
  expect(await context.cookies()).toEqual([]);
});

test("a shared link follows former ids and names the ids it cannot find", async ({ page }) => {
  await page.goto("./#match=siem-agent-disconnected,no-such-entry,invalid-token");
  await expect(page.locator('[data-lookup-status="done"][data-lookup-shared]')).toBeAttached();
  expect(await matchIds(page)).toEqual(["siem-agent-error", "invalid-token"]);
  const note = page.getByRole("note").filter({ hasText: "Shared result." });
  await expect(note).toContainText("“siem-agent-disconnected” is now “siem-agent-error”.");
  await expect(note).toContainText("Not found: “no-such-entry”.");
  // Looking something up replaces the shared result, and the address stops claiming one.
  await paste(page, "Data server send error");
  expect(await matchIds(page)).toEqual(["data-server-send-error"]);
  expect(page.url()).not.toContain("#match=");
  await expect(page.locator("[data-lookup-shared]")).toHaveCount(0);
});

test("a shared link with more ids than a result holds says how many it left out", async ({
  page,
}) => {
  const extra = Array.from({ length: 21 }, (_, i) => `no-such-entry-${i + 1}`);
  await page.goto(`./#match=invalid-token,${extra.join(",")},Not%20An%20Id`);
  await expect(page.locator('[data-lookup-status="done"][data-lookup-shared]')).toBeAttached();
  expect(await matchIds(page)).toEqual(["invalid-token"]);
  const note = page.getByRole("note").filter({ hasText: "Shared result." });
  await expect(note).toContainText(
    "The link names 22 entries; a shared result shows at most 20, so the last 2 are not shown.",
  );
  await expect(note).toContainText("1 part of the link is not an entry id and was left out.");
});

test("when nothing matches, a report shows the error lines with secrets masked", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const redaction: string[] = [];
  // The worker's requests reach the context, not the page.
  context.on("request", (r) => {
    if (/\/islands\/lookup-redact-[A-Z0-9]+\.js$/.test(r.url())) redaction.push(r.url());
  });
  const planted = {
    token: "Zk3qP9vX2mL8nR4tW7yB1cD6",
    ip: "10.20.30.40",
    host: "gateway-07.corp-secret.example",
    email: "jane.doe@corp-secret.example",
  };
  await page.goto("./");
  await paste(
    page,
    [
      "2026-11-24 08:00:00 INFO frobnicator: starting",
      `2026-11-24 08:00:01 ERROR frobnicator: quantum flux capacitor overheated on ${planted.host} (${planted.ip})`,
      `2026-11-24 08:00:02 WARN frobnicator: retrying with --token ${planted.token} for ${planted.email}`,
      "2026-11-24 08:00:03 INFO frobnicator: heartbeat",
    ].join("\n"),
  );
  await expect(page.getByRole("heading", { name: "No documented error matches" })).toBeVisible();
  // The redaction rules load when a report is prepared, not with the page or the lookup.
  expect(redaction).toEqual([]);
  await page
    .getByRole("button", { name: "Prepare a report for the knowledge-base writers" })
    .click();
  const report = page.getByRole("region", { name: "Report for the knowledge-base writers" });
  await expect(report).toContainText("Nothing has been sent.");
  const box = report.getByRole("textbox", { name: "Report" });
  const text = await box.inputValue();
  expect(redaction).toHaveLength(1);
  expect(text.split("\n")).toHaveLength(2);
  expect(text).toContain("quantum flux capacitor overheated on [host] ([ip])");
  expect(text).toContain("--token [secret] for [email]");
  for (const value of Object.values(planted)) expect(text).not.toContain(value);
  expect(text).not.toContain("heartbeat");
  await box.fill(`${text}\nSeen after the upgrade.`);
  await report.getByRole("button", { name: "Copy the report" }).click();
  await expect(report.getByRole("button", { name: "Report copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${text}\nSeen after the upgrade.`,
  );
});
