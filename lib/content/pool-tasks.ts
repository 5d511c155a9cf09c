/**
 * The content step's two costly tasks, as `pool.ts` runs them on a thread or in the caller:
 * parsing an article and compiling it. Both are pure functions of the text and the file's name.
 */
import { type CompileResult, compileArticle } from "./compile";
import { type ParseResult, parseArticle } from "./parse";

export type ParseJob = { source: string; file: string; slug: string };
export type CompileJob = { source: string; file: string };

export type Tasks = {
  parse: { job: ParseJob; result: ParseResult };
  compile: { job: CompileJob; result: CompileResult };
};
export type TaskKind = keyof Tasks;

export const TASKS: { [K in TaskKind]: (job: Tasks[K]["job"]) => Promise<Tasks[K]["result"]> } = {
  parse: async ({ source, file, slug }) => parseArticle(source, file, slug),
  compile: ({ source, file }) => compileArticle(source, file),
};

export const TASK_KINDS: readonly TaskKind[] = ["parse", "compile"];

/** A failed task's result, in each task's own terms. */
export function taskFailure(
  file: string,
  error: string,
): { ok: false; issues: { file: string; message: string }[] } {
  return { ok: false, issues: [{ file, message: `could not be read: ${error}` }] };
}
