import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { scriptSources } from "../lib/content/page-weight";
import { islandPath } from "../lib/site/islands";
import { onDemandWeights, pageWeights } from "../scripts/size";

test("first-load JavaScript stays within budget: home 35 KiB, articles and 404 15 KiB (gzip)", async () => {
  const weights = await pageWeights("out", process.env.BASE_PATH ?? "");
  const budgeted = weights.filter((w) => w.budget !== undefined);
  const base = process.env.BASE_PATH ?? "";
  expect(budgeted.map((w) => w.page)).toEqual(
    expect.arrayContaining([
      `${base}/`,
      `${base}/404.html`,
      `${base}/articles/troubleshoot-siem-agent/`,
    ]),
  );
  for (const w of budgeted) {
    console.log(`${w.page}: ${(w.gzip / 1024).toFixed(1)} KiB`);
    expect(w.gzip / 1024, w.page).toBeLessThanOrEqual(w.budget ?? 0);
  }
});

test("the palette and fuse.js are not part of any page's first load", async () => {
  const base = process.env.BASE_PATH ?? "";
  const pages = (await readdir("out", { recursive: true })).filter((f) => f.endsWith(".html"));
  expect(pages.length).toBeGreaterThan(2);
  for (const file of pages) {
    for (const src of scriptSources(readFileSync(path.join("out", file), "utf8"))) {
      expect(src, file).not.toMatch(/\/islands\/palette-/);
      // Fuse's Bitap search leaves this message in any bundle that includes it.
      const code = readFileSync(path.join("out", src.slice(base.length)), "utf8");
      expect(code, `${file}: ${src}`).not.toContain("Pattern length exceeds max");
    }
  }
});

test("the report's redaction loads with no page and is not in the lookup's worker", async () => {
  const base = process.env.BASE_PATH ?? "";
  const pages = (await readdir("out", { recursive: true })).filter((f) => f.endsWith(".html"));
  const worker = readFileSync(path.join("out", islandPath("lookup-worker")), "utf8");
  const redaction = readFileSync(path.join("out", islandPath("lookup-redact")), "utf8");
  // The private-key rule's marker is in the redaction module and nowhere else.
  expect(redaction).toContain("PRIVATE KEY");
  expect(worker).not.toContain("PRIVATE KEY");
  for (const file of pages) {
    for (const src of scriptSources(readFileSync(path.join("out", file), "utf8"))) {
      expect(src, file).not.toMatch(/\/islands\/lookup-redact-/);
      const code = readFileSync(path.join("out", src.slice(base.length)), "utf8");
      expect(code, `${file}: ${src}`).not.toContain("PRIVATE KEY");
    }
  }
  const sizes = onDemandWeights();
  console.log(sizes.map((w) => `${w.name}: ${(w.gzip / 1024).toFixed(1)} KiB`).join(", "));
});
