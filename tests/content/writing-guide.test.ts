/**
 * Every example of WRITING.md, run: the commands and what they print, the entry through the real
 * parser, checks and compiler, the pastes through the real lookup, the problems as the checks
 * word them, and the table of components against the registry. The guide's example works on a
 * throw-away copy of `content/`, which is why printed paths are compared with `content/` put back.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMPONENT_NAMES, COMPONENTS } from "@/lib/content/components";
import { ContentBuildError, formatIssue } from "@/lib/content/errors";
import { loadKnowledgeBase, parseContentDir } from "@/lib/content/load";
import { kbConfigSchema } from "@/lib/content/schema";
import { fitText } from "@/lib/lookup/fit";
import { compileLineFormat, messageSpans } from "@/lib/lookup/line-format";
import { parse as parseYaml } from "yaml";

const GUIDE = readFileSync("WRITING.md", "utf8");

/** The fenced block that follows `<!-- example: NAME -->`. */
function example(name: string): string {
  const marker = `<!-- example: ${name} -->`;
  const at = GUIDE.indexOf(marker);
  if (at < 0) throw new Error(`WRITING.md has no example "${name}"`);
  const block = /```[^\n]*\n([\s\S]*?)\n```/.exec(GUIDE.slice(at + marker.length));
  if (!block?.[1]) throw new Error(`example "${name}" has no fenced block`);
  return block[1];
}

/** The example that follows the marker when it is a table rather than a fenced block. */
function table(name: string): string[][] {
  const at = GUIDE.indexOf(`<!-- example: ${name} -->`);
  const lines = GUIDE.slice(at).split("\n").slice(1);
  const rows = lines
    .slice(lines.findIndex((l) => l.startsWith("|")))
    .filter((_, i, all) => all.slice(0, i + 1).every((l) => l.startsWith("|")));
  return rows.slice(2).map((row) =>
    row
      .split("|")
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );
}

/** A command line of the guide as arguments, quotes removed: `npm run new -- --title "A b"`. */
function words(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? "");
}

let work = "";
let dir = "";
const article = () => path.join(dir, "troubleshoot-the-acme-sync-agent.mdx");

/** Output with the throw-away folder's paths written as the guide writes them. */
function asInGuide(text: string): string {
  return text.replaceAll(path.relative(process.cwd(), dir), "content").replaceAll(dir, "content");
}

function run(script: string, args: string[] = []) {
  return spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    env: { ...process.env, CONTENT_DIR: dir, CI: "", PORT: "", BASE_PATH: "" },
    encoding: "utf8",
  });
}

/** The npm script a guide command runs, with its arguments after `--`. */
function npmScript(command: string): { script: string; args: string[] } {
  const parts = words(command).filter((w) => w !== "--silent");
  expect(parts.slice(0, 2)).toEqual(["npm", "run"]);
  const name = parts[2] ?? "";
  const scripts: Record<string, string> = JSON.parse(readFileSync("package.json", "utf8")).scripts;
  const target = /^tsx (scripts\/[\w-]+\.ts)$/.exec(scripts[name] ?? "")?.[1];
  if (!target) throw new Error(`npm run ${name} is not a script of package.json that runs tsx`);
  const dash = parts.indexOf("--");
  return { script: target, args: dash < 0 ? [] : parts.slice(dash + 1) };
}

function problemsAfter(edit: (source: string) => string): Promise<string[]> {
  const source = readFileSync(article(), "utf8");
  writeFileSync(article(), edit(source));
  return parseContentDir(dir)
    .then(() => [])
    .catch((error: unknown) => {
      if (!(error instanceof ContentBuildError)) throw error;
      return error.issues.map((i) => asInGuide(formatIssue(i)));
    })
    .finally(() => writeFileSync(article(), source));
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "kb-guide-"));
  dir = path.join(work, "content");
  cpSync("content", dir, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("WRITING.md, in order", () => {
  it("1. npm run dev is the preview", () => {
    expect(npmScript(example("command dev")).script).toBe("scripts/dev.ts");
  });

  it("2. npm run new writes the article and prints what the guide shows", () => {
    const { script, args } = npmScript(example("command new"));
    const result = run(script, args);
    expect(result.status, result.stderr).toBe(0);
    expect(asInGuide(result.stdout).trimEnd()).toBe(example("output new"));
    expect(existsSync(article())).toBe(true);
  });

  it("3. the example entry replaces the example the command wrote, and builds", async () => {
    const source = readFileSync(article(), "utf8");
    writeFileSync(
      article(),
      `${source.slice(0, source.indexOf("## Errors"))}${example("entry")}\n`,
    );
    const kb = await loadKnowledgeBase({ dir, record: "ignore" });
    const entry = kb.entries.find((e) => e.id === "acme-upload-token-refused");
    expect(entry).toMatchObject({
      name: "Upload refused: token not accepted",
      appears: "log",
      messages: ["ASA-4031: Upload of {0} failed: the server refused the access token"],
      resolution: [
        "In the Acme console, open Agents, select the agent and choose Renew token.",
        "Paste the new token into token in acme-sync.yaml, then restart the agent.",
      ],
    });
    expect(kb.entries.some((e) => e.id === "acme-sync-agent-example-error")).toBe(false);
  });

  it("4. the pasted line matches, as the lookup's first line says; another code is only related", () => {
    const { script, args } = npmScript(example("command lookup"));
    expect(args).toEqual([example("paste match")]);
    const readable = run(script, args);
    expect(readable.status).toBe(0);
    expect(readable.stdout.split("\n")[0]).toMatch(
      new RegExp(`^${example("output lookup").replace(/[()]/g, "\\$&")} · `),
    );
    const json = (text: string) => {
      const answer = JSON.parse(run(script, ["--json", text]).stdout);
      const ids = (hits: { id: string }[]) => hits.map((h) => h.id);
      return { matches: ids(answer.matches), related: ids(answer.related) };
    };
    expect(json(example("paste match")).matches).toEqual(["acme-upload-token-refused"]);
    const other = json(example("paste related"));
    expect(other.matches).not.toContain("acme-upload-token-refused");
    expect(other.related).toContain("acme-upload-token-refused");
  });

  it("4. a line format in knowledge-base.yaml delimits the message of the guide's log line", () => {
    const config = kbConfigSchema.parse(parseYaml(example("line format")));
    const formats = (config.products ?? []).flatMap((p) =>
      (p.surfaces ?? []).flatMap((surface) => surface.lineFormats),
    );
    expect(formats).toHaveLength(1);
    const compiled = compileLineFormat(formats[0] ?? "", 0);
    const line = fitText(example("paste match"));
    const spans = compiled ? messageSpans([compiled], line) : [];
    expect(spans.map((s) => line.slice(s.start, s.end))).toEqual([
      "asa-4031: upload of reports/2026-03.csv failed: the server refused the access token",
    ]);
  });

  it("5. the problems read exactly as the checks print them", async () => {
    expect(await problemsAfter((s) => s.replace("</ErrorEntry>", ""))).toEqual([
      example("problem unclosed"),
    ]);
    expect(await problemsAfter((s) => s.replace('appears="log"', 'appears="logs"'))).toEqual([
      example("problem appears"),
    ]);
    expect(
      await problemsAfter((s) =>
        s.replace("1. In the Acme console", "- In the Acme console").replace("2. Paste", "- Paste"),
      ),
    ).toEqual([example("problem steps")]);
  });

  it("6. npm run check records the new entry, as shown", () => {
    const { script, args } = npmScript(example("command check"));
    const result = run(script, args);
    expect(result.status, result.stderr).toBe(0);
    expect(asInGuide(result.stdout).split("\n")).toContain(example("output check"));
    const record = JSON.parse(readFileSync(path.join(dir, "published.json"), "utf8"));
    expect(record.articles["troubleshoot-the-acme-sync-agent"]).toEqual([
      "acme-upload-token-refused",
    ]);
  });

  it("7. the commit adds the files the steps wrote", () => {
    const add = example("command commit").split("\n")[0] ?? "";
    const files = words(add).slice(2);
    expect(files).toEqual([
      "content/troubleshoot-the-acme-sync-agent.mdx",
      "content/published.json",
    ]);
    for (const file of files) expect(existsSync(path.join(work, file))).toBe(true);
  });
});

describe("WRITING.md's table of components", () => {
  const PLACEMENT = {
    article: "in the article",
    entry: "directly inside an entry",
    anywhere: "anywhere",
  } as const;

  it("lists the registry's components, where each may stand and its props, and no others", () => {
    const rows = table("components");
    expect(rows.map((r) => r[0])).toEqual(COMPONENT_NAMES.map((n) => `\`<${n}>\``));
    for (const [cell, where, body, props] of rows) {
      const name = COMPONENT_NAMES.find((n) => cell === `\`<${n}>\``);
      if (!name) throw new Error(`unknown component in the table: ${cell}`);
      const rule = COMPONENTS[name];
      expect(where).toBe(PLACEMENT[rule.placement]);
      expect(body?.startsWith("none")).toBe(rule.body === "empty");
      const keys = Object.keys(rule.props.shape);
      expect(props).toBe(keys.length === 0 ? "none" : keys.map((k) => `\`${k}\``).join(", "));
    }
  });
});
