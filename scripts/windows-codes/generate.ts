/**
 * `tsx scripts/windows-codes/generate.ts [DIR] [--ranges 0-499,500-999] [--check]`: writes the
 * Windows system error codes as a knowledge base (`knowledge-base.yaml` and one MDX article per
 * page of Microsoft's documentation) into DIR, `.generated/windows-codes` by default, from the
 * committed `system-error-codes.tsv`. Build or look it up with `CONTENT_DIR=DIR`. DIR is emptied
 * of its articles first; it may not be the site's own `content/`.
 *
 * `--check` then reads it as the build does and counts the problems found by kind of phrase
 * ("HRESULT 0x8007XXXX", "System error N", …), with a few examples of each.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ContentBuildError } from "@/lib/content/errors";
import { parseContentDir } from "@/lib/content/load";
import { CODES_FILE, parseCodesFile } from "./codes";
import { type GeneratedArticle, KNOWLEDGE_BASE_YAML, windowsKnowledgeBase } from "./knowledge-base";

export const DEFAULT_DIR = ".generated/windows-codes";

/** Refuses the site's content folder (or anything inside it), which holds hand-written articles. */
export function checkTarget(dir: string): string {
  const target = path.resolve(dir);
  const content = path.resolve("content");
  if (target === content || target.startsWith(`${content}${path.sep}`))
    throw new Error(
      `${dir} is the site's content folder: give another folder, such as ${DEFAULT_DIR}`,
    );
  return target;
}

/** Writes the knowledge base into `dir` and returns its articles. */
export function writeWindowsKnowledgeBase(
  dir: string,
  ranges?: readonly string[],
  codesFile = CODES_FILE,
): GeneratedArticle[] {
  const target = checkTarget(dir);
  const { source, rows } = parseCodesFile(readFileSync(codesFile, "utf8"));
  const articles = windowsKnowledgeBase(rows, source, ranges);
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(target))
    if (name.endsWith(".mdx")) rmSync(path.join(target, name));
  writeFileSync(path.join(target, "knowledge-base.yaml"), KNOWLEDGE_BASE_YAML);
  for (const article of articles)
    writeFileSync(path.join(target, `${article.slug}.mdx`), article.mdx);
  return articles;
}

/** The form of an alias the generator writes, for the `--check` summary. */
export function aliasForm(alias: string): string {
  if (/^System error \d+$/.test(alias)) return "System error N";
  if (/^error \d+$/.test(alias)) return "error N";
  if (/^0x8007[0-9A-F]{4}$/.test(alias)) return "HRESULT 0x8007XXXX";
  if (/^0x[0-9A-F]{8}$/.test(alias)) return "0x0000XXXX";
  if (/^0x[0-9A-F]+$/.test(alias)) return "0xX";
  return "constant";
}

/** Reads the knowledge base as the build does and prints what it refuses, by kind. */
async function check(dir: string): Promise<void> {
  try {
    const { entries } = await parseContentDir(path.resolve(dir));
    console.error(`check: the build accepts all ${entries.length} entries`);
  } catch (error) {
    if (!(error instanceof ContentBuildError)) throw error;
    const kinds = new Map<string, string[]>();
    for (const issue of error.issues) {
      const found = /the (name|message|alias) "([^"]*)"/.exec(issue.message);
      const kind =
        !found?.[1] || !found[2]
          ? "other"
          : found[1] === "alias"
            ? `alias ${aliasForm(found[2])}`
            : found[1];
      kinds.set(kind, [...(kinds.get(kind) ?? []), found?.[2] ?? issue.message]);
    }
    console.error(`check: the build refuses ${error.issues.length} phrases`);
    for (const [kind, texts] of kinds)
      console.error(
        `  ${kind}: ${texts.length} (${texts.slice(0, 5).join(", ")}${texts.length > 5 ? ", …" : ""})`,
      );
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = args.indexOf("--ranges");
  const ranges = flag === -1 ? undefined : (args[flag + 1] ?? "").split(",").filter(Boolean);
  const dir = args.find((a, i) => !a.startsWith("--") && (flag === -1 || i !== flag + 1));
  const target = dir ?? DEFAULT_DIR;
  if (ranges?.length === 0) {
    console.error("usage: tsx scripts/windows-codes/generate.ts [DIR] [--ranges 0-499,500-999]");
    process.exit(2);
  }
  try {
    const articles = writeWindowsKnowledgeBase(target, ranges);
    const entries = articles.reduce((n, a) => n + a.entries.length, 0);
    console.error(`${target}: ${articles.length} articles, ${entries} entries`);
    if (args.includes("--check")) await check(target);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
