import { expect, test } from "@playwright/test";
import { checkExport } from "../scripts/check-export";

test("every internal link and anchor in out/ resolves", async () => {
  const { pages, broken } = await checkExport("out", process.env.BASE_PATH ?? "");
  expect(pages).toBeGreaterThanOrEqual(3);
  expect(broken).toEqual([]);
});
