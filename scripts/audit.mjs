// `npm run audit`: Lighthouse (mobile, its defaults) three times per page against the served
// export, printing the median of each category. Not part of CI: timings on a shared machine are
// noisy. Needs a build (`npm run build`) and a Chromium, as the end-to-end tests do.
// Plain JavaScript on purpose: Lighthouse sends some of its functions to the browser as source,
// and a TypeScript loader's helpers would break them there.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const PORT = Number(process.env.AUDIT_PORT ?? 3297);
const RUNS = Number(process.env.AUDIT_RUNS ?? 3);
// The not-found page is audited as the file hosts serve it; Lighthouse refuses a 404 status.
const PAGES = ["/", "/articles/troubleshoot-siem-agent/", "/404.html"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the export is not being served at ${url}`);
}

if (!existsSync("out/index.html")) {
  console.error('No export in out/: run "npm run build" first.');
  process.exit(1);
}
const server = spawn(process.execPath, ["scripts/serve.mjs"], {
  env: { ...process.env, PORT: String(PORT), BASE_PATH: "" },
  stdio: "ignore",
});
const origin = `http://127.0.0.1:${PORT}`;
const chromePath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
try {
  await waitForServer(`${origin}/`);
  console.log(`Lighthouse (mobile), median of ${RUNS} runs per page\n`);
  console.log(`${"page".padEnd(40)} ${CATEGORIES.map((c) => c.padStart(15)).join("")}`);
  for (const page of PAGES) {
    const scores = new Map(CATEGORIES.map((c) => [c, []]));
    for (let run = 0; run < RUNS; run += 1) {
      const chrome = await chromeLauncher.launch({
        chromePath,
        chromeFlags: [
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
        ],
      });
      try {
        const result = await lighthouse(`${origin}${page}`, {
          port: chrome.port,
          logLevel: "error",
          output: "json",
        });
        for (const category of CATEGORIES) {
          const score = result?.lhr.categories[category]?.score;
          if (typeof score === "number") scores.get(category)?.push(Math.round(score * 100));
        }
      } finally {
        chrome.kill();
      }
    }
    console.log(
      `${page.padEnd(40)} ${CATEGORIES.map((c) => String(median(scores.get(c) ?? [])).padStart(15)).join("")}`,
    );
  }
} finally {
  server.kill();
}
