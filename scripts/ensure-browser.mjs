// Makes sure a Chromium is available for the end-to-end tests: Debian's /usr/bin/chromium,
// else Playwright's own browser; as root with neither, installs Debian's with apt.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const DEBIAN = "/usr/bin/chromium";

function playwrightBrowser() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) {
  console.log(`e2e: using ${process.env.CHROMIUM_PATH}`);
} else if (existsSync(DEBIAN)) {
  console.log(`e2e: using ${DEBIAN}`);
} else if (playwrightBrowser()) {
  console.log(`e2e: using Playwright's Chromium at ${playwrightBrowser()}`);
} else if (
  process.platform === "linux" &&
  process.getuid?.() === 0 &&
  existsSync("/usr/bin/apt-get")
) {
  console.log("e2e: no Chromium found; installing Debian's chromium with apt-get (root)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-q"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-q", "--no-install-recommends", "chromium"], {
    stdio: "inherit",
    env,
  });
  if (!existsSync(DEBIAN)) {
    console.error(`e2e: apt-get finished but ${DEBIAN} is still missing.`);
    process.exit(1);
  }
  console.log(`e2e: installed ${DEBIAN}`);
} else {
  console.error(
    [
      "e2e: no Chromium to run the end-to-end tests with. Do one of these, then run npm test again:",
      "  - Debian/Ubuntu: sudo apt-get install chromium   (gives /usr/bin/chromium)",
      "  - anywhere with internet access: npx playwright install chromium",
      "  - or point CHROMIUM_PATH at an existing Chromium or Chrome binary.",
    ].join("\n"),
  );
  process.exit(1);
}
