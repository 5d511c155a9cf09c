import { expect, test } from "@playwright/test";
import { pageWeights } from "../scripts/size";

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
