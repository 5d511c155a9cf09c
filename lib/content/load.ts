/**
 * Load layer: reads the content folder, runs parse and the cross-article checks, and compiles.
 * Server-only: used by the build scripts and the CLI, never by client code.
 */
import type { VocabularyExtension } from "@/lib/lookup/word-rules";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { makeEntry } from "@/lib/kb/entries";
import type { KbEntry, LifecycleNote, Product } from "@/lib/kb/model";
import type { CheckedProps } from "./components";
import { checkLinks, checkPublished, checkUniqueIds } from "./check";
import { checkDistinctive } from "./distinctive";
import type { CompileResult } from "./compile";
import { runAll } from "./pool";
import { type Tasks, type TaskKind, taskFailure } from "./pool-tasks";
import { ContentBuildError, type ContentIssue } from "./errors";
import type { KnowledgeBase } from "./knowledge-base";
import type { ParsedArticle, ParseResult } from "./parse";
import { CONFIG_FILE, readConfig, resolveProducts } from "./products";
import {
  type Contact,
  type Lifecycle,
  type PublishedRecord,
  publishedRecordSchema,
  slugSchema,
} from "./schema";

export const RECORD_FILE = "published.json";

export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? "content");
}

/**
 * What to do with the published record: `update` adds new ids to it (a local build), `check` also
 * fails when it lacks some (CI), `read` only fails when published ones are gone and writes nothing
 * (the preview, where a draft's ids change from one save to the next), `ignore` skips it.
 */
export type RecordMode = "update" | "check" | "read" | "ignore";

/**
 * Results kept from one load to the next, keyed by file and valid while its text is unchanged:
 * the preview reloads after every save, and re-parses and re-compiles only the files that changed.
 * Parsing and compiling are pure functions of the text and the file's name, so a kept result is
 * the result the build would get.
 */
export type ContentMemo = {
  parsed: Map<string, { source: string; result: ParseResult }>;
  compiled: Map<string, { source: string; result: CompileResult }>;
};

export function contentMemo(): ContentMemo {
  return { parsed: new Map(), compiled: new Map() };
}

export type LoadOptions = {
  dir?: string;
  record?: RecordMode;
  /** Compile MDX to code (the site needs it; the lookup does not). */
  compile?: boolean;
  onProgress?: (message: string) => void;
  memo?: ContentMemo;
};

async function readRecord(
  file: string,
): Promise<{ record: PublishedRecord; issues: ContentIssue[] }> {
  if (!existsSync(file)) return { record: { articles: {} }, issues: [] };
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    return {
      record: { articles: {} },
      issues: [{ file, message: `is not valid JSON: ${String(error)}` }],
    };
  }
  const parsed = publishedRecordSchema.safeParse(data);
  return parsed.success
    ? { record: parsed.data, issues: [] }
    : {
        record: { articles: {} },
        issues: [{ file, message: `is not a valid record: ${parsed.error.message}` }],
      };
}

export type ParsedContent = {
  articles: ParsedArticle[];
  sources: Map<string, string>;
  products: Product[];
  entries: KbEntry[];
  /** Article slug → product id. */
  productOf: Map<string, string>;
  contact?: Contact;
  /** The knowledge base's additions to the matcher's vocabulary. */
  vocabulary?: VocabularyExtension;
};

/**
 * Runs jobs of one kind (`pool.ts`), keeping the results `cache` holds for an unchanged text: the
 * preview re-parses and re-compiles only the files that changed.
 */
async function runKept<K extends TaskKind>(
  kind: K,
  jobs: Tasks[K]["job"][],
  cache: Map<string, { source: string; result: Tasks[K]["result"] }> | undefined,
  onDone?: () => void,
): Promise<Tasks[K]["result"][]> {
  const results = jobs.map(({ file, source }) => {
    const kept = cache?.get(file);
    return kept && kept.source === source ? kept.result : undefined;
  });
  const todo = jobs.flatMap((job, i) => (results[i] ? [] : [{ job, i }]));
  const ran = await runAll(
    kind,
    todo.map(({ job }) => job),
    onDone,
  );
  todo.forEach(({ job, i }, k) => {
    const result = ran[k];
    if (!result) return;
    cache?.set(job.file, { source: job.source, result });
    results[i] = result;
  });
  return results.map((result, i) => result ?? taskFailure(jobs[i]?.file ?? "", "no result"));
}

export async function parseContentDir(dir: string, memo?: ContentMemo): Promise<ParsedContent> {
  if (!existsSync(dir)) {
    throw new ContentBuildError([
      { file: dir, message: "content folder not found; set CONTENT_DIR to a folder of .mdx files" },
    ]);
  }
  const files = (await readdir(dir)).filter((f) => f.endsWith(".mdx")).sort();
  if (files.length === 0) {
    throw new ContentBuildError([{ file: dir, message: "holds no .mdx articles" }]);
  }
  const issues: ContentIssue[] = [];
  const configFile = path.join(dir, CONFIG_FILE);
  const config = readConfig(
    existsSync(configFile) ? await readFile(configFile, "utf8") : undefined,
    path.relative(process.cwd(), configFile) || configFile,
  );
  issues.push(...config.issues);
  const articles: ParsedArticle[] = [];
  const sources = new Map<string, string>();
  const unreadable = new Set<string>();
  const read: { source: string; file: string; slug: string }[] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    const slug = name.slice(0, -".mdx".length);
    const display = path.relative(process.cwd(), file) || file;
    if (!slugSchema.safeParse(slug).success) {
      issues.push({
        file: display,
        message: `file name "${name}" is not a valid slug: use lower-case words joined by hyphens`,
      });
      continue;
    }
    read.push({ source: await readFile(file, "utf8"), file: display, slug });
  }
  const results = await runKept("parse", read, memo?.parsed);
  read.forEach(({ source, slug }, i) => {
    const result = results[i];
    if (result?.ok) {
      articles.push(result.article);
      sources.set(slug, source);
    } else {
      issues.push(...(result?.issues ?? []));
      unreadable.add(slug);
    }
  });
  const resolved = resolveProducts(config.config, articles);
  issues.push(...checkUniqueIds(articles), ...checkLinks(articles, unreadable), ...resolved.issues);
  const entries = toEntries(articles, resolved.productOf);
  const { vocabulary } = config.config;
  issues.push(...checkDistinctive(articles, entries, resolved.products, vocabulary));
  if (issues.length > 0) throw new ContentBuildError(issues);
  return {
    articles,
    sources,
    products: resolved.products,
    entries,
    productOf: resolved.productOf,
    ...(config.config.contact ? { contact: config.config.contact } : {}),
    ...(vocabulary ? { vocabulary } : {}),
  };
}

/**
 * The lifecycle note an entry carries: its own `<Lifecycle>`, else its article's, while either
 * is not current.
 */
function lifecycleNote(
  own: CheckedProps<"Lifecycle"> | undefined,
  article: Lifecycle | undefined,
): LifecycleNote | undefined {
  if (own) return own.status === "current" ? undefined : { ...own, scope: "entry" };
  if (!article || article.status === "current") return undefined;
  const latest = [...article.dates].sort((a, b) => b.date.localeCompare(a.date))[0];
  return {
    status: article.status,
    since: latest?.date,
    note: article.note ?? latest?.event,
    scope: "product",
  };
}

/** Entries of the parsed articles, each with its article's product. */
export function toEntries(articles: ParsedArticle[], productOf: Map<string, string>): KbEntry[] {
  return articles.flatMap((article) =>
    article.entries.map((entry) =>
      makeEntry(
        {
          slug: article.slug,
          title: article.frontmatter.title,
          product: productOf.get(article.slug) ?? "",
        },
        {
          ...entry,
          reviewed: entry.reviewed ?? article.frontmatter.updated,
          lifecycle: lifecycleNote(entry.lifecycle, article.frontmatter.lifecycle),
        },
      ),
    ),
  );
}

function sortArticles(articles: ParsedArticle[]): ParsedArticle[] {
  return [...articles].sort(
    (a, b) =>
      (a.frontmatter.order ?? Number.MAX_SAFE_INTEGER) -
        (b.frontmatter.order ?? Number.MAX_SAFE_INTEGER) ||
      a.frontmatter.title.localeCompare(b.frontmatter.title),
  );
}

/** Entries in the order of their articles on the home page. */
function sortedEntries(entries: KbEntry[], articles: ParsedArticle[]): KbEntry[] {
  const rank = new Map(articles.map((a, i) => [a.slug, i]));
  return entries
    .map((entry, i) => ({ entry, i }))
    .sort(
      (a, b) => (rank.get(a.entry.article) ?? 0) - (rank.get(b.entry.article) ?? 0) || a.i - b.i,
    )
    .map(({ entry }) => entry);
}

/**
 * Checks the articles against the published record (`published.json`) and, in `update` mode,
 * records their new slugs and ids in it. Throws every problem found.
 */
export async function applyRecord(
  dir: string,
  articles: ParsedArticle[],
  mode: RecordMode,
  progress: (message: string) => void = () => {},
): Promise<void> {
  if (mode === "ignore") return;
  const recordFile = path.join(dir, RECORD_FILE);
  const display = path.relative(process.cwd(), recordFile) || recordFile;
  const { record, issues } = await readRecord(recordFile);
  const checked = checkPublished(articles, record, display);
  issues.push(...checked.issues);
  if (checked.added > 0 && mode === "check") {
    issues.push({
      file: display,
      message: `${checked.added} new slug(s) or id(s) are not recorded; run "npm run check" locally and commit ${display}`,
    });
  }
  if (issues.length > 0) throw new ContentBuildError(issues);
  if (checked.added > 0 && mode === "update") {
    await writeFile(recordFile, `${JSON.stringify(checked.updated, null, 2)}\n`);
    progress(`recorded ${checked.added} new slug(s) or id(s) in ${display}; commit it`);
  }
}

/** Loads, checks and compiles the whole knowledge base, or throws every problem found. */
export async function loadKnowledgeBase(options: LoadOptions = {}): Promise<KnowledgeBase> {
  const dir = options.dir ?? contentDir();
  const progress = options.onProgress ?? (() => {});
  const content = await parseContentDir(dir, options.memo);
  const { articles: parsed, sources, products, entries, productOf, contact, vocabulary } = content;
  const articles = sortArticles(parsed);
  progress(
    `parsed ${articles.length} articles, ${articles.reduce((n, a) => n + a.entries.length, 0)} entries`,
  );

  await applyRecord(dir, articles, options.record ?? "update", progress);

  const built: KnowledgeBase["articles"] = [];
  if (options.compile ?? true) {
    const issues: ContentIssue[] = [];
    const sourceOf = (article: ParsedArticle) => sources.get(article.slug) ?? "";
    let done = 0;
    const results = await runKept(
      "compile",
      articles.map((article) => ({ source: sourceOf(article), file: article.file })),
      options.memo?.compiled,
      () => {
        done += 1;
        if (done % 100 === 0 || done === articles.length)
          progress(`compiled ${done}/${articles.length} articles`);
      },
    );
    articles.forEach((article, i) => {
      const result = results[i];
      if (!result) return;
      if (!result.ok) {
        issues.push(...result.issues);
        return;
      }
      built.push({
        slug: article.slug,
        product: productOf.get(article.slug) ?? "",
        frontmatter: article.frontmatter,
        code: result.code,
        headings: article.headings.map(({ depth, text, slug, entryIds }) => ({
          depth,
          text,
          slug,
          entryIds,
        })),
        entryIds: article.entries.map((e) => e.id),
      });
    });
    if (issues.length > 0) throw new ContentBuildError(issues);
  }
  return {
    articles: built,
    products,
    entries: sortedEntries(entries, articles),
    ...(contact ? { contact } : {}),
    ...(vocabulary ? { vocabulary } : {}),
  };
}
