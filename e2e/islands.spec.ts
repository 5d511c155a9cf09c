import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MovedArticle } from "../components/moved-article";

const ARTICLE = "articles/troubleshoot-siem-agent/";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an article reads in full: anchors, the table of contents, the entry tables", async ({
    page,
  }) => {
    await page.goto(`${ARTICLE}#invalid-token`);
    const entry = page.getByRole("region", { name: "Invalid token", exact: true });
    await expect(entry).toBeInViewport();
    expect(await entry.evaluate((el) => el.matches(":target"))).toBe(true);
    await expect(entry.getByRole("listitem").first()).toBeVisible();

    const toc = page.getByRole("navigation", { name: "On this page" }).first();
    await toc.getByRole("link", { name: "Data server send error" }).click();
    await expect(page).toHaveURL(/#data-server-send-error$/);
    await expect(
      page.getByRole("region", { name: "Data server send error", exact: true }),
    ).toBeInViewport();

    const table = page.getByRole("table").first();
    await expect(table.getByRole("columnheader", { name: "Error" })).toBeVisible();
    await table.getByRole("link").first().click();
    await expect(page).toHaveURL(/#[a-z0-9-]+$/);
    const id = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${id}"]`).evaluate((el) => el.matches(":target"))).toBe(true);
  });

  test("a former entry id still lands inside the entry that replaced it", async ({ page }) => {
    await page.goto(`${ARTICLE}#siem-agent-disconnected`);
    await expect(
      page.getByRole("region", { name: "SIEM agent error", exact: true }),
    ).toBeInViewport();
  });

  test("the home page says the lookup needs JavaScript and offers the command line", async ({
    page,
  }) => {
    await page.goto("./");
    // Text inside <noscript> is skipped by getByText, so the note is found as a paragraph.
    const note = page.getByRole("paragraph").filter({ hasText: "The lookup needs JavaScript" });
    await expect(note).toBeVisible();
    await expect(note.getByText('npm run --silent lookup -- "')).toBeVisible();
    await expect(
      page.getByRole("link", { name: "Troubleshoot the SIEM agent" }).first(),
    ).toBeVisible();
  });
});

test("with JavaScript, the no-JavaScript note stays hidden", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("textbox", { name: /error/i })).toBeVisible();
  await expect(
    page.getByRole("paragraph").filter({ hasText: "The lookup needs JavaScript" }),
  ).toHaveCount(0);
});

test("a moved article's former address forwards to the new one, keeping the anchor", async ({
  page,
  baseURL,
}) => {
  // The real content has no moved article: serve the page the component renders at a former
  // address, with the site's own stylesheet-free shell, and let the island do its work.
  const base = new URL(baseURL ?? "").pathname.replace(/\/$/, "");
  const body = renderToStaticMarkup(
    createElement(MovedArticle, { title: "Troubleshoot the SIEM agent", to: `/${ARTICLE}` }),
  );
  await page.route("**/articles/former-slug/", (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: `<!DOCTYPE html><html lang="en"><head><title>Moved</title></head><body>${body}</body></html>`,
    }),
  );
  expect(body).toContain(`src="${base}/islands/moved-article-`);
  await page.goto("articles/former-slug/#invalid-token");
  await expect(page).toHaveURL(new RegExp(`${base}/${ARTICLE}#invalid-token$`));
  await expect(page.getByRole("region", { name: "Invalid token", exact: true })).toBeInViewport();
});

test("every island is a hashed file from this site, and pages load no framework runtime", async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
  });
  for (const path of ["./", ARTICLE, "articles/missing/"]) await page.goto(path);
  expect(scripts.length).toBeGreaterThan(0);
  for (const src of scripts) expect(src).toMatch(/\/islands\/[a-z-]+-[A-Z0-9]+\.js$/);
  const manifest: unknown = JSON.parse(readFileSync(".generated/islands.json", "utf8"));
  expect(Object.keys(manifest ?? {})).toContain("lookup-worker");
});
