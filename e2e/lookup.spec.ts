import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { goneOnce } from "./deploy";

async function paste(page: Page, text: string) {
  const box = page.getByRole("textbox", { name: /error/i });
  await box.fill(text);
  await expect(
    page.locator(`[data-lookup-status="done"][data-lookup-length="${text.length}"]`),
  ).toBeAttached();
}

const ids = (page: Page, attribute: "data-match-id" | "data-related-id") =>
  page
    .locator(`[${attribute}]`)
    .evaluateAll((els, a) => els.map((el) => el.getAttribute(a)), attribute);

test("a pasted log line finds its entry, which links to the anchored article entry", async ({
  page,
}) => {
  await page.goto("./");
  await paste(
    page,
    "2026-11-24 10:15:32,118 ERROR [main] c.m.c.siem.agent.Auth - The token provided is invalid!",
  );
  expect(await ids(page, "data-match-id")).toEqual(["invalid-token"]);
  const card = page.locator('[data-match-id="invalid-token"]');
  await expect(card.getByText("Match", { exact: true })).toBeVisible();
  await expect(card.getByText("Agent console")).toBeVisible();
  await expect(card.getByRole("listitem").first()).toBeVisible();
  await expect(card.locator("pre mark")).toContainText("The token provided is invalid!");
  await card.getByRole("link", { name: /Open the entry/ }).click();
  await expect(page).toHaveURL(/\/articles\/troubleshoot-siem-agent\/#invalid-token$/);
  await expect(page.getByRole("region", { name: "Invalid token", exact: true })).toBeInViewport();
});

test("a log with several errors lists each once, in order of appearance", async ({ page }) => {
  await page.goto("./");
  await paste(
    page,
    [
      "2026-11-24 08:00:00 INFO  agent: starting",
      "2026-11-24 08:00:01 WARN  agent: Data server connection error",
      "2026-11-24 08:00:02 INFO  agent: heartbeat",
      "2026-11-24 08:00:03 ERROR agent: The proxy address provided isn't valid.",
      "2026-11-24 08:00:04 WARN  agent: Data server connection error",
      "The SIEM agent has been disconnected for more than 14 hours",
    ].join("\n"),
  );
  expect(await ids(page, "data-match-id")).toEqual([
    "data-server-connection-error",
    "invalid-proxy-address",
    "siem-agent-error",
  ]);
});

test("text that is not a documented error says so, offering related entries only", async ({
  page,
}) => {
  await page.goto("./");
  await paste(page, "Token expired");
  await expect(page.getByRole("heading", { name: "No documented error matches" })).toBeVisible();
  await expect(page.getByRole("link", { name: "article list" })).toBeVisible();
  expect(await ids(page, "data-match-id")).toEqual([]);
  expect(await ids(page, "data-related-id")).toContain("invalid-token");
  await expect(
    page.locator('[data-related-id="invalid-token"]').getByText("Related", { exact: true }),
  ).toBeVisible();
});

test("/ focuses the lookup from any page; Ctrl+K opens the palette, on the home page too", async ({
  page,
}) => {
  const ready = page.locator('html[data-shortcuts="ready"]');
  await page.goto("./");
  await expect(ready).toBeAttached();
  const box = page.getByRole("textbox", { name: /error/i });
  await page.locator("h1").click();
  await page.keyboard.press("/");
  await expect(box).toBeFocused();
  await expect(box).toHaveValue("");
  await page.keyboard.press("Control+k");
  await expect(page.getByRole("combobox", { name: "Go to an error or article" })).toBeFocused();
  await page.keyboard.press("Escape");

  await page.goto("articles/troubleshoot-siem-agent/");
  await expect(ready).toBeAttached();
  await page.keyboard.press("/");
  await expect(page).toHaveURL(/\/#lookup$/);
  await expect(page.getByRole("textbox", { name: /error/i })).toBeFocused();
});

test("the pasted text never leaves the page", async ({ page, context, baseURL }) => {
  const secret = "tok_9f8e7d6c5b4a-SECRET";
  const host = "siem-prod-07.corp-secret.example";
  const requests: { url: string; body: string | null }[] = [];
  page.on("request", (r) => requests.push({ url: r.url(), body: r.postData() }));
  await page.goto("./");
  await paste(
    page,
    `2026-11-24 ERROR [main] Invalid token --token ${secret} on ${host}\nData server send error to ${host}:6514`,
  );
  expect(await ids(page, "data-match-id")).toEqual(["invalid-token", "data-server-send-error"]);
  await page.waitForTimeout(300);
  const origin = new URL(baseURL ?? "").origin;
  for (const r of requests) {
    expect(new URL(r.url).origin).toBe(origin);
    expect(r.url).not.toContain(secret);
    expect(r.url).not.toContain(host);
    expect(r.body ?? "").not.toContain(secret);
  }
  expect(page.url()).not.toContain(secret);
  expect(await context.cookies()).toEqual([]);
  const stored = await page.evaluate(() => [localStorage.length, sessionStorage.length]);
  expect(stored).toEqual([0, 0]);
});

test("an XSS payload is shown as text and never runs", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  await page.goto("./");
  const payload = `<img src=x onerror="window.__xss=1;alert(1)"><script>window.__xss=2</script> The token provided isn't valid.`;
  await paste(page, payload);
  expect(await ids(page, "data-match-id")).toEqual(["invalid-token"]);
  await expect(page.locator('[data-match-id="invalid-token"] pre mark')).toHaveText(payload);
  expect(await page.evaluate(() => "__xss" in window)).toBe(false);
  expect(await page.locator("main img").count()).toBe(0);
  expect(dialogs).toBe(0);
});

test("an entry's own lifecycle is the entry's and links to it; a product's links to the banner", async ({
  page,
  context,
}) => {
  // The real articles are deprecated as a whole; give one entry a lifecycle of its own, as an
  // entry's <Lifecycle> puts it in the index's entry shard: its note, with the entry's scope.
  await context.route("**/lookup/*/e*.json", async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    const row = data.entries.find((entry: unknown[]) => entry[0] === "invalid-token");
    if (row) row[9] = ["retired", "2025-11", "Use the supported API instead.", "entry"];
    await route.fulfill({ response, json: data });
  });
  await page.goto("./");
  await paste(page, "Invalid token\nData server send error");
  const own = page.locator('[data-match-id="invalid-token"] [data-lifecycle]');
  await expect(own).toHaveAttribute("data-lifecycle-scope", "entry");
  await expect(own).toContainText("This entry is retired since 2025-11. Use the supported API");
  await expect(own).not.toContainText("Microsoft Defender for Cloud Apps is");
  await expect(own.getByRole("link", { name: "Read the entry" })).toHaveAttribute(
    "href",
    /\/articles\/troubleshoot-siem-agent\/#invalid-token$/,
  );
  const product = page.locator('[data-match-id="data-server-send-error"] [data-lifecycle]');
  await expect(product).toHaveAttribute("data-lifecycle-scope", "product");
  await expect(product).toContainText("Microsoft Defender for Cloud Apps is deprecated");
  await expect(product.getByRole("link", { name: "What replaces it" })).toHaveAttribute(
    "href",
    /\/articles\/troubleshoot-siem-agent\/#lifecycle$/,
  );
});

test("a shard gone after a new deploy: the lookup reads the index again and answers", async ({
  page,
  context,
}) => {
  // The first request for any shard finds nothing, as when the site was deployed anew.
  const came = await goneOnce(context, "**/lookup/s-*/**");
  await page.goto("./");
  await paste(page, "Invalid token");
  await expect(page.locator('[data-match-id="invalid-token"]')).toBeVisible();
  expect(came()).toBe(true);
});

test("the index's files are sent as the build compressed them, and read the same", async ({
  page,
}) => {
  const { folder } = JSON.parse(readFileSync("out/lookup/core.json", "utf8"));
  for (const path of ["lookup/core.json", `lookup/${folder}/e0.json`]) {
    const response = await page.request.get(path, { headers: { "Accept-Encoding": "gzip" } });
    expect(response.headers()["content-encoding"], path).toBe("gzip");
    expect(await response.json()).toEqual(JSON.parse(readFileSync(`out/${path}`, "utf8")));
  }
});
