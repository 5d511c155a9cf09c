/**
 * The preview's content: loads the knowledge base with the build's own loader (`load.ts`: the
 * same parse, checks and compile, nothing checked a second way), after every save, and keeps the
 * last version without problems for the pages while the current problems are shown over them.
 * Server-only: `scripts/dev.ts` serves what it gives.
 */
import { existsSync, readFileSync, statSync, watch, type FSWatcher } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { FrameLine, PreviewIssue, PreviewState } from "@/lib/site/preview";
import { contentVersion } from "./built";
import { ContentBuildError, type ContentIssue, formatIssue, problemsHeading } from "./errors";
import type { KnowledgeBase } from "./knowledge-base";
import { contentMemo, loadKnowledgeBase } from "./load";
import { CONFIG_FILE } from "./products";

/** Lines shown above and below a problem's line, as editors' and bundlers' overlays do. */
const FRAME_CONTEXT_LINES = 2;

/**
 * Quiet time after the last change before the content is loaded again. Editors save in several
 * steps (write a temporary file, rename it, touch the folder); 60 ms gathers them into one load
 * and is far below what a writer notices.
 */
const SETTLE_MS = 60;

/** The knowledge base pages render while the content has never loaded without problems. */
export const EMPTY_KNOWLEDGE_BASE: KnowledgeBase = { articles: [], products: [], entries: [] };

/** The lines around `line` (1-based) of `source`, the line itself marked. */
export function sourceFrame(source: string, line: number): FrameLine[] {
  const lines = source.split(/\r\n|\r|\n/);
  const first = Math.max(1, line - FRAME_CONTEXT_LINES);
  const last = Math.min(lines.length, line + FRAME_CONTEXT_LINES);
  const frame: FrameLine[] = [];
  for (let n = first; n <= last; n += 1) {
    frame.push({ line: n, text: lines[n - 1] ?? "", marked: n === line });
  }
  return frame;
}

/** A problem as the preview shows it: the build's own line for it, and the source around it. */
export function previewIssue(issue: ContentIssue): PreviewIssue {
  const file = path.resolve(issue.file);
  let frame: FrameLine[] = [];
  if (issue.line !== undefined && existsSync(file) && statSync(file).isFile()) {
    frame = sourceFrame(readFileSync(file, "utf8"), issue.line);
  }
  return { ...issue, text: formatIssue(issue), frame };
}

export type PreviewLoad =
  { ok: true; kb: KnowledgeBase; ms: number } | { ok: false; error: ContentBuildError; ms: number };

/** Files whose change means the content must be loaded again. */
export function isContentFile(name: string): boolean {
  return name.endsWith(".mdx") || name === CONFIG_FILE || name === "published.json";
}

export class ContentPreview {
  private readonly memo = contentMemo();
  private good: { kb: KnowledgeBase; version: string } | undefined;
  private current: PreviewState = { version: "", heading: "", issues: [] };

  /** `kbFile` is where the pages read the knowledge base (`lib/content/built.ts`). */
  constructor(
    readonly dir: string,
    readonly kbFile: string,
  ) {}

  /** The knowledge base the pages show: the last one without problems (empty before the first). */
  get knowledgeBase(): KnowledgeBase {
    return this.good?.kb ?? EMPTY_KNOWLEDGE_BASE;
  }

  /** What the open pages are told: the version they should show, and the problems now. */
  get state(): PreviewState {
    return this.current;
  }

  /**
   * Loads the content as the build does, but without writing `published.json` (a draft's ids
   * change from one save to the next); published ids that disappeared are problems, as in the
   * build. On success the pages' knowledge base is replaced, in one rename so a page never reads
   * half a file; on problems it is kept, and the problems are held for the pages to show.
   */
  async load(): Promise<PreviewLoad> {
    const started = performance.now();
    let kb: KnowledgeBase;
    try {
      kb = await loadKnowledgeBase({ dir: this.dir, record: "read", memo: this.memo });
    } catch (error) {
      const problems =
        error instanceof ContentBuildError
          ? error
          : new ContentBuildError([{ file: this.dir, message: String(error) }]);
      this.good ??= { kb: EMPTY_KNOWLEDGE_BASE, version: await this.write(EMPTY_KNOWLEDGE_BASE) };
      this.current = {
        version: this.good.version,
        heading: problemsHeading(problems.issues.length),
        issues: problems.issues.map(previewIssue),
      };
      return { ok: false, error: problems, ms: performance.now() - started };
    }
    this.good = { kb, version: await this.write(kb) };
    this.current = { version: this.good.version, heading: "", issues: [] };
    return { ok: true, kb, ms: performance.now() - started };
  }

  private async write(kb: KnowledgeBase): Promise<string> {
    const text = JSON.stringify(kb);
    await mkdir(path.dirname(this.kbFile), { recursive: true });
    const temporary = `${this.kbFile}.${process.pid}.tmp`;
    await writeFile(temporary, text);
    await rename(temporary, this.kbFile);
    return contentVersion(text);
  }
}

/**
 * Calls `onChange` with the names of the content files that changed, once they have settled, and
 * never twice at once: a change during a call is gathered for the next. Returns the watcher.
 */
export function watchContent(
  dir: string,
  onChange: (changed: string[]) => Promise<void>,
): FSWatcher {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const flush = () => {
    timer = undefined;
    if (running) return;
    const changed = [...pending].sort();
    pending.clear();
    running = onChange(changed).finally(() => {
      running = undefined;
      if (pending.size > 0) timer ??= setTimeout(flush, SETTLE_MS);
    });
  };
  return watch(dir, (_event, name) => {
    const file = name === null ? undefined : path.basename(String(name));
    if (file !== undefined && !isContentFile(file)) return;
    pending.add(file ?? "(the content folder)");
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, SETTLE_MS);
  });
}
