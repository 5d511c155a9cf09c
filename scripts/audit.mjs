// `npm run audit`: Lighthouse with its default mobile settings (4x CPU slowdown, slow 4G), three
// runs per page against the served export, printing the median of each category and of the
// figures behind them. In the same run it audits a copy of the article page with every script
// removed: the physical limit for that page, which our figures are printed against.
// Not part of CI: timings on a shared machine are noisy. Needs a build (`npm run build`) and a
// Chromium, as the end-to-end tests do.
// Plain JavaScript on purpose: Lighthouse sends some of its functions to the browser as source,
// and a TypeScript loader's helpers would break them there.
import { spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const PORT = Number(process.env.AUDIT_PORT ?? 3297);
const RUNS = Number(process.env.AUDIT_RUNS ?? 3);
const ARTICLE = "/articles/troubleshoot-siem-agent/";
/** The article with every script removed, served from the audit's own copy of the export. */
const LIMIT = "/__audit/article-without-scripts/";
// The not-found page is audited as the file hosts serve it; Lighthouse refuses a 404 status.
const PAGES = ["/", ARTICLE, "/404.html", LIMIT];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const METRICS = [
  ["total-blocking-time", "TBT ms"],
  ["largest-contentful-paint", "LCP ms"],
  ["total-byte-weight", "bytes"],
];

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

// A copy of out/ with the script-free article beside the real one, so both are served alike.
const root = mkdtempSync(path.join(tmpdir(), "kb-audit-"));
cpSync("out", root, { recursive: true });
const article = readFileSync(path.join("out", ARTICLE, "index.html"), "utf8");
mkdirSync(path.join(root, LIMIT), { recursive: true });
writeFileSync(
  path.join(root, LIMIT, "index.html"),
  article
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/<link\b[^>]*rel="(?:modulepreload|preload)"[^>]*>/gi, ""),
);

const server = spawn(process.execPath, ["scripts/serve.mjs"], {
  env: { ...process.env, PORT: String(PORT), BASE_PATH: "", OUT_DIR: root },
  stdio: "ignore",
});
const origin = `http://127.0.0.1:${PORT}`;
const chromePath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

/** One Lighthouse run with its defaults, in a fresh browser: category scores and metrics. */
async function audit(url) {
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
    const result = await lighthouse(url, { port: chrome.port, logLevel: "error", output: "json" });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const values = new Map();
    for (const category of CATEGORIES) {
      const score = result.lhr.categories[category]?.score;
      if (typeof score === "number") values.set(category, Math.round(score * 100));
    }
    for (const [id] of METRICS) {
      const value = result.lhr.audits[id]?.numericValue;
      if (typeof value === "number") values.set(id, value);
    }
    return values;
  } finally {
    chrome.kill();
  }
}

const columns = [...CATEGORIES, ...METRICS.map(([id]) => id)];
const labels = [...CATEGORIES, ...METRICS.map(([, label]) => label)];
const medians = new Map();
try {
  await waitForServer(`${origin}/`);
  for (const page of PAGES) {
    const samples = [];
    for (let run = 0; run < RUNS; run += 1) {
      process.stderr.write(`audit: ${page} run ${run + 1} of ${RUNS}\n`);
      samples.push(await audit(`${origin}${page}`));
    }
    medians.set(
      page,
      new Map(columns.map((c) => [c, median(samples.map((s) => s.get(c) ?? Number.NaN))])),
    );
  }
  console.log(
    `Lighthouse (mobile, default settings: 4x CPU slowdown), median of ${RUNS} runs per page\n`,
  );
  console.log(`${"page".padEnd(40)}${labels.map((l) => l.padStart(15)).join("")}`);
  for (const [page, values] of medians) {
    const name = page === LIMIT ? "article, every script removed (limit)" : page;
    console.log(
      `${name.padEnd(40)}${columns.map((c) => String(Math.round(values.get(c))).padStart(15)).join("")}`,
    );
  }
  const ours = medians.get(ARTICLE);
  const limit = medians.get(LIMIT);
  const ratio = (id) => (ours.get(id) / limit.get(id)).toFixed(2);
  console.log(
    `\narticle against its script-free copy: LCP ${ratio("largest-contentful-paint")}x, ` +
      `total byte weight ${ratio("total-byte-weight")}x ` +
      `(${Math.round(ours.get("total-byte-weight") - limit.get("total-byte-weight"))} bytes more), ` +
      `TBT ${Math.round(ours.get("total-blocking-time"))} ms against ${Math.round(limit.get("total-blocking-time"))} ms`,
  );
  console.log("The 404 page is noindex on purpose, so its SEO score is not a target.");
} finally {
  server.kill();
  rmSync(root, { recursive: true, force: true });
}
