import { expect, test } from "@playwright/test";
import { pageWeights } from "../scripts/size";

test("first-load JavaScript stays within budget: home 140 KiB, articles 135 KiB (gzip)", async () => {
  const weights = await pageWeights("out", process.env.BASE_PATH ?? "");
  const budgeted = weights.filter((w) => w.budget !== undefined);
  expect(budgeted.map((w) => w.page)).toContain(`${process.env.BASE_PATH ?? ""}/`);
  for (const w of budgeted) {
    console.log(`${w.page}: ${(w.gzip / 1024).toFixed(1)} KiB`);
    expect(w.gzip / 1024, w.page).toBeLessThanOrEqual(w.budget ?? 0);
  }
});
