/**
 * `npm run bench:preview [-- --articles N]`: how long a writer waits for the preview, in Chromium.
 * Runs `npm run dev`'s server over a throw-away copy of `content/` (and of a synthetic knowledge
 * base of N articles, default 300), opens an article, and times, from the moment a file is saved:
 * the edited entry shown (the page reloaded), a problem listed, and the page back after the fix.
 * Prints medians and the slowest run, and the server's own share (loading the content).
 */
import type { ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Page } from "@playwright/test";
import { spawnPreview } from "./preview-process";
import { syntheticArticles } from "./synthetic/generate";

const PORT = Number(process.env.BENCH_PORT ?? 3291);
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** Saves timed per measure: enough for a stable median on a shared 2-core machine. */
const RUNS = 9;

type Kb = { name: string; fill: (dir: string) => { file: string; name: string } };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function figure(label: string, values: number[]): string {
  return `${label.padEnd(34)} median ${Math.round(median(values))} ms, slowest ${Math.round(Math.max(...values))} ms (${values.length} saves)`;
}

async function start(
  content: string,
  work: string,
): Promise<{ server: ChildProcess; log: () => string }> {
  let log = "";
  const server = spawnPreview({ port: PORT, content, work });
  server.stdout?.on("data", (c: Buffer) => (log += c.toString()));
  server.stderr?.on("data", (c: Buffer) => (log += c.toString()));
  for (let i = 0; i < 600; i += 1) {
    if (server.exitCode !== null) throw new Error(`the preview stopped:\n${log}`);
    const ok = await fetch(`${ORIGIN}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { server, log: () => log };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the preview did not start:\n${log}`);
}

async function stop(server: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
}

/** Milliseconds from `save()` until `shown` holds in the page. */
async function timed(page: Page, save: () => void, shown: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  save();
  await shown();
  return performance.now() - started;
}

async function measure(kb: Kb): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), "kb-bench-preview-"));
  const content = path.join(work, "content");
  const { file, name } = kb.fill(content);
  const { server, log } = await start(content, work);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  });
  try {
    const page = await browser.newPage();
    const slug = path.basename(file, ".mdx");
    await page.goto(`${ORIGIN}/articles/${slug}/`, { timeout: 120_000 });
    const connected = () =>
      page.locator('html[data-preview-status="connected"]').waitFor({ state: "attached" });
    await connected();
    const source = readFileSync(file, "utf8");
    const edits: number[] = [];
    const problems: number[] = [];
    const fixes: number[] = [];
    const printed = log().length;
    for (let i = 1; i <= RUNS; i += 1) {
      const renamed = `${name} ${i}`;
      edits.push(
        await timed(
          page,
          () => writeFileSync(file, source.replace(`name="${name}"`, `name="${renamed}"`)),
          () => page.getByRole("heading", { name: renamed, exact: true }).waitFor(),
        ),
      );
      await connected();
      problems.push(
        await timed(
          page,
          () => writeFileSync(file, source.replace("</Resolution>", "")),
          () => page.getByRole("dialog", { name: /The content has/ }).waitFor(),
        ),
      );
      fixes.push(
        await timed(
          page,
          () => writeFileSync(file, source),
          async () => {
            await page.getByRole("dialog").waitFor({ state: "detached" });
            await page.getByRole("heading", { name, exact: true }).waitFor();
          },
        ),
      );
      await connected();
    }
    const loads = [
      ...log()
        .slice(printed)
        .matchAll(/ready in (\d+) ms/g),
    ].map((m) => Number(m[1]));
    console.log(`\n${kb.name}`);
    console.log(figure("save → edited entry shown", edits));
    console.log(figure("broken save → problems listed", problems));
    console.log(figure("fixing save → page back", fixes));
    console.log(figure("of which: loading the content", loads));
  } finally {
    await browser.close();
    await stop(server);
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: "string", default: "300" } } });
  const count = Number(values.articles);
  const kbs: Kb[] = [
    {
      name: "real knowledge base (2 articles, 15 entries)",
      fill: (dir) => {
        cpSync("content", dir, { recursive: true });
        return { file: path.join(dir, "troubleshoot-siem-agent.mdx"), name: "Invalid token" };
      },
    },
    {
      name: `synthetic knowledge base (${count} articles)`,
      fill: (dir) => {
        const articles = syntheticArticles(count);
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, "published.json"), '{ "articles": {} }\n');
        for (const a of articles) writeFileSync(path.join(dir, `${a.slug}.mdx`), a.source);
        const first = articles[0];
        if (!first) throw new Error("no synthetic article");
        const entryName = /name="([^"]+)"/.exec(first.source)?.[1] ?? "";
        return { file: path.join(dir, `${first.slug}.mdx`), name: entryName };
      },
    },
  ];
  for (const kb of kbs) await measure(kb);
}

void main();
