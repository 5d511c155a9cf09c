/**
 * The writer's cycle in a real browser, against `npm run dev`'s own server over a throw-away
 * copy of a content folder: save and see, break and see the problems, fix and see the page back.
 * Run by playwright.preview.config.ts (one worker: the tests edit the same copy in turn).
 */
import { type ChildProcess, spawnSync } from "node:child_process";
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { spawnPreview } from "../scripts/preview-process";

const PORT = Number(process.env.PREVIEW_E2E_PORT);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const FIXTURE = path.resolve("tests/fixtures/kb/two-articles");

/** How long a save may take to show while the machine is busy; the benchmark measures it. */
const SHOWN = { timeout: 20_000 };

let server: ChildProcess | undefined;
let output = "";
let work = "";
let content = "";

function file(name: string): string {
  return path.join(content, name);
}

/** Saves `name` with `from` replaced by `to`, as an editor would. */
function edit(name: string, from: string, to: string): void {
  const before = readFileSync(file(name), "utf8");
  const after = before.replace(from, to);
  if (after === before) throw new Error(`the edit changed nothing in ${name}: ${from}`);
  writeFileSync(file(name), after);
}

/** The build's first step (`scripts/prepare-content.ts`) on the copy, as CI runs it. */
function buildContent(): { status: number | null; problems: string[] } {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/prepare-content.ts"], {
    env: {
      ...process.env,
      CI: "1",
      CONTENT_DIR: content,
      KB_GENERATED_FILE: path.join(work, "build-kb.json"),
    },
    encoding: "utf8",
  });
  const problems = run.stderr
    .split("\n")
    .filter((line) => line.startsWith("  - "))
    .map((line) => line.slice("  - ".length));
  return { status: run.status, problems };
}

async function waitForServer(): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`the preview server stopped:\n${output}`);
    try {
      const response = await fetch(`${ORIGIN}/`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the preview server did not answer:\n${output}`);
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  work = mkdtempSync(path.join(tmpdir(), "kb-preview-e2e-"));
  content = path.join(work, "content");
  cpSync(FIXTURE, content, { recursive: true });
  // The copy starts as a committed knowledge base: every id of it recorded.
  const record = spawnSync(process.execPath, ["--import", "tsx", "scripts/check-content.ts"], {
    env: { ...process.env, CI: "", CONTENT_DIR: content },
    encoding: "utf8",
  });
  expect(record.status, record.stderr).toBe(0);
  server = spawnPreview({ port: PORT, content, work, env: { BASE_PATH: "" } });
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await waitForServer();
  // The first request of each route compiles it; do that before the tests' clocks run.
  for (const route of ["/", "/articles/alpha-widget/", "/articles/no-such-article/"]) {
    await fetch(`${ORIGIN}${route}`);
  }
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Opens a page and waits until it listens to the preview's events. */
async function open(page: Page, route: string): Promise<void> {
  await page.goto(route);
  await expect(page.locator('html[data-preview-status="connected"]')).toBeAttached(SHOWN);
}

const problems = (page: Page) => page.getByRole("dialog", { name: /The content has \d+ problem/ });

/**
 * Saves a change the page must show, and waits until it shows it: reloaded, its islands running
 * again (the preview island, the last of them, has heard from the server).
 */
async function saveAndSee(page: Page, save: () => void): Promise<void> {
  const reloaded = page.waitForEvent("load", SHOWN);
  save();
  await reloaded;
  await expect(page.locator('html[data-preview-status="connected"]')).toBeAttached(SHOWN);
}

test("a saved edit shows on the open article, which keeps its place", async ({ page }) => {
  await open(page, "articles/alpha-widget/");
  const idle = page.getByRole("region", { name: "Idle", exact: true });
  await idle.scrollIntoViewIfNeeded();
  await expect(page.getByRole("heading", { name: "Widget jammed", exact: true })).toBeVisible();
  await saveAndSee(page, () =>
    edit("alpha-widget.mdx", 'name="Widget jammed"', 'name="Widget stuck fast"'),
  );
  await expect(page.getByRole("heading", { name: "Widget stuck fast", exact: true })).toBeVisible();
  await expect(idle).toBeInViewport();
  await saveAndSee(page, () =>
    edit("alpha-widget.mdx", 'name="Widget stuck fast"', 'name="Widget jammed"'),
  );
  await expect(page.getByRole("heading", { name: "Widget jammed", exact: true })).toBeVisible();
});

test("a new article reaches the home page, the lookup and the palette; deleted, it leaves", async ({
  page,
}) => {
  await open(page, "./");
  const title = "Troubleshoot the gamma gizmo";
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  await saveAndSee(page, () =>
    writeFileSync(
      file("gamma-gizmo.mdx"),
      readFileSync(file("beta-gadget.mdx"), "utf8")
        .replace("Troubleshoot the beta gadget", title)
        .replace('id="gadget-offline"', 'id="gizmo-overheated"')
        .replace('name="Gadget offline"', 'name="Gizmo overheated"')
        .replace(
          '"The gadget has been offline for more than X minutes", "Gadget unreachable"',
          '"Gizmo core temperature exceeded {0} degrees"',
        ),
    ),
  );
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  // A writer pastes the line they just documented, and it matches.
  const line = "2026-03-02 10:15:32 ERROR gizmo.core - Gizmo core temperature exceeded 97 degrees";
  await page.getByRole("textbox", { name: /error/i }).fill(line);
  await expect(page.locator('[data-match-id="gizmo-overheated"]')).toBeVisible(SHOWN);

  await page.getByRole("textbox", { name: /error/i }).fill("");
  await page.keyboard.press("Control+k");
  await page.keyboard.type("gizmo overh");
  await expect(
    page.getByRole("listbox").getByRole("option", { name: /Gizmo overheated/ }),
  ).toBeVisible(SHOWN);
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/articles\/gamma-gizmo\/#gizmo-overheated$/, {
    waitUntil: "load",
    ...SHOWN,
  });
  await expect(page.locator('html[data-preview-status="connected"]')).toBeAttached(SHOWN);
  await expect(page.getByRole("region", { name: "Gizmo overheated" })).toBeInViewport();

  // Deleting the article the page shows leaves the page without it.
  await saveAndSee(page, () => unlinkSync(file("gamma-gizmo.mdx")));
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await open(page, "./");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
});

test("a broken save lists the build's problems in the browser and the terminal; the fix brings the page back", async ({
  page,
}) => {
  await open(page, "articles/alpha-widget/");
  const printed = output.length;
  edit("alpha-widget.mdx", 'appears="agent-status"', 'appears="agent-statsu"');
  const dialog = problems(page);
  await expect(dialog).toBeVisible(SHOWN);
  await expect(page.locator("html")).toHaveAttribute("data-preview-status", "problems");

  // Exactly what the build prints, line for line, and nothing else.
  const build = buildContent();
  expect(build.status).toBe(1);
  expect(build.problems).toHaveLength(1);
  await expect(dialog.locator("[data-content-problem] > p")).toHaveText(build.problems);
  expect(build.problems[0]).toMatch(
    /alpha-widget\.mdx:36: <ErrorEntry id="widget-idle">: appears="agent-statsu" is not a surface of "Alpha" .*; use one of: agent-console, /,
  );
  // The lines around it, the faulty one marked.
  await expect(dialog.locator("pre")).toContainText(
    '> 36 | <ErrorEntry id="widget-idle" name="Idle" appears="agent-statsu"',
  );
  // An accessible dialog, in front of a page that stays readable behind it.
  const axe = await new AxeBuilder({ page }).include("#content-problems").analyze();
  expect(axe.violations).toEqual([]);
  // The terminal says the same.
  await expect.poll(() => output.slice(printed), SHOWN).toContain(build.problems[0]);

  // The page behind keeps the content as it was, and the server keeps running.
  await expect(page.locator("h1")).toHaveText("Troubleshoot the alpha widget");

  edit("alpha-widget.mdx", 'appears="agent-statsu"', 'appears="agent-status"');
  await expect(dialog).toBeHidden(SHOWN);
  await expect(page.locator('html[data-preview-status="connected"]')).toBeAttached(SHOWN);
  await expect(page.getByRole("heading", { name: "Idle", exact: true })).toBeVisible();
  expect(buildContent()).toEqual({ status: 0, problems: [] });
});

test("problems in several files are all listed; an unclosed entry and a duplicate id", async ({
  page,
}) => {
  await open(page, "./");
  edit("beta-gadget.mdx", "</ErrorEntry>", "");
  edit("alpha-widget.mdx", 'id="widget-idle"', 'id="widget-jammed"');
  const dialog = problems(page);
  await expect(dialog).toBeVisible(SHOWN);
  const build = buildContent();
  expect(build.problems.length).toBeGreaterThanOrEqual(2);
  await expect(dialog).toHaveAccessibleName(`The content has ${build.problems.length} problems:`, {
    timeout: SHOWN.timeout,
  });
  await expect(dialog.locator("[data-content-problem] > p")).toHaveText(build.problems);
  await expect(dialog).toContainText("beta-gadget.mdx");
  await expect(dialog).toContainText('anchor "widget-jammed" is used twice in this article');

  // Esc puts the list aside; the next save that still has problems shows it again. Fixing one
  // file leaves the other's problem listed; fixing both brings the page back.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  edit("alpha-widget.mdx", 'id="widget-jammed" name="Idle"', 'id="widget-idle" name="Idle"');
  await expect(dialog.locator("[data-content-problem]")).toHaveCount(1, SHOWN);
  await expect(dialog).toContainText("beta-gadget.mdx");
  edit("beta-gadget.mdx", "</Resolution>\n", "</Resolution>\n\n</ErrorEntry>\n");
  await expect(dialog).toBeHidden(SHOWN);
  await expect(page.locator('html[data-preview-status="connected"]')).toBeAttached(SHOWN);
});

test("knowledge-base.yaml: a surface's new label shows on the article", async ({ page }) => {
  await open(page, "articles/alpha-widget/");
  const card = page.getByRole("region", { name: "Widget jammed" });
  await expect(card).toContainText("Agent console");
  const original = readFileSync(file("knowledge-base.yaml"), "utf8");
  // Alpha's console gets a label of its own; Beta keeps its surfaces.
  await saveAndSee(page, () =>
    edit("knowledge-base.yaml", "label: Agent console", "label: Widget console"),
  );
  await expect(card).toContainText("Widget console");
  await saveAndSee(page, () => writeFileSync(file("knowledge-base.yaml"), original));
  await expect(card).toContainText("Agent console");
});

test("renaming a published article: the build's advice, step by step, then the old address leads to the new", async ({
  page,
}) => {
  await open(page, "articles/alpha-widget/");
  renameSync(file("beta-gadget.mdx"), file("beta-device.mdx"));
  const dialog = problems(page);
  // First the link that now leads nowhere, as the build reports it.
  await expect(dialog).toContainText(
    'link "/articles/beta-gadget/#gadget-offline" leads to no page',
    SHOWN,
  );
  edit("alpha-widget.mdx", "/articles/beta-gadget/", "/articles/beta-device/");
  // Then the published address that would break.
  await expect(dialog).toContainText(
    'published article "beta-gadget" is gone; restore it, or list "beta-gadget" in formerSlugs of the article that replaces it',
    SHOWN,
  );
  // The build says the same (in CI, it would also ask for the new slug to be recorded).
  expect(buildContent().problems).toContainEqual(
    expect.stringContaining('published article "beta-gadget" is gone'),
  );
  await saveAndSee(page, () =>
    edit("beta-device.mdx", "tags: [gadget]", "tags: [gadget]\nformerSlugs: [beta-gadget]"),
  );
  await expect(dialog).toBeHidden();
  await page.goto("articles/beta-gadget/#gadget-offline");
  await expect(page).toHaveURL(/\/articles\/beta-device\/#gadget-offline$/, SHOWN);
  await expect(page.getByRole("heading", { name: "Gadget offline", exact: true })).toBeVisible();
});

test("a page that fails to render says so, and the next save brings it back", async ({ page }) => {
  await open(page, "articles/alpha-widget/");
  // Not a writer's doing: the pages' knowledge base unreadable, as a bug in a page would leave it.
  writeFileSync(path.join(work, "kb.json"), "{ not json");
  await page.reload();
  await expect(page.getByRole("heading", { name: "The page could not be rendered" })).toBeVisible(
    SHOWN,
  );
  await expect(page.locator('html[data-preview-status="connected"]')).toBeAttached(SHOWN);
  await saveAndSee(page, () => edit("alpha-widget.mdx", "Nothing to do.", "Nothing to do yet."));
  await expect(page.getByText("Nothing to do yet.")).toBeVisible();
});
