// Makes sure the end-to-end tests have what they need: a Chromium (Debian's /usr/bin/chromium,
// else Playwright's own browser) and nginx (to test deploy/nginx for real). As root, installs the
// missing Debian packages with apt-get; otherwise says what to install.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";
const NGINX = "/usr/sbin/nginx";

function playwrightBrowser() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const haveBrowser =
  (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) ||
  existsSync(DEBIAN_CHROMIUM) ||
  playwrightBrowser();
const missing = [...(haveBrowser ? [] : ["chromium"]), ...(existsSync(NGINX) ? [] : ["nginx"])];

if (missing.length > 0) {
  const canInstall =
    process.platform === "linux" && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canInstall) {
    console.error(
      [
        `e2e: missing ${missing.join(" and ")}. Install, then run npm test again:`,
        "  - Debian/Ubuntu: sudo apt-get install " + missing.join(" "),
        ...(missing.includes("chromium")
          ? [
              "  - or: npx playwright install chromium, or point CHROMIUM_PATH at a Chromium or Chrome binary",
            ]
          : []),
      ].join("\n"),
    );
    process.exit(1);
  }
  console.log(`e2e: installing ${missing.join(", ")} with apt-get (running as root)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-q"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-q", "--no-install-recommends", ...missing], {
    stdio: "inherit",
    env,
  });
}
console.log(
  `e2e: browser ${process.env.CHROMIUM_PATH || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : playwrightBrowser())}, nginx ${NGINX}`,
);
