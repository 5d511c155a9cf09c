/**
 * Messages between the lookup island and its worker. Everything crosses by structured clone, so
 * fields the matcher adds to its results reach the renderer unchanged.
 */
import type { EntryDetails, LookupHit, LookupResult, Report } from "@/lib/lookup";

export type { EntryDetails };

/**
 * How a shared link's ids were read: former ids followed, unknown ones named, and how many the
 * page dropped before asking (`overLimit` past the most a link holds, `notIds` not ids at all).
 */
export type SharedNote = {
  renamed: [string, string][];
  unknown: string[];
  overLimit?: number;
  notIds?: number;
};

/** What the page renders for one paste, or for a shared link. */
export type LookupAnswer = {
  /** The run that produced it: a report is asked for by this number. */
  run: number;
  result: LookupResult;
  /** Text of the paste's lines that the shown hits quote (first 400 characters), by number. */
  lines: Map<number, string>;
  /** Description and steps of the shown entries, by entry id. */
  details: Map<string, EntryDetails>;
  /**
   * When nothing matched: the worker keeps the paste, and prepares a report for the writers (its
   * error lines, redacted) when the reader asks for one.
   */
  reportable?: true;
  /** Present when the answer is a shared link's entries, not a paste's. */
  shared?: SharedNote;
};

export type WorkerRequest =
  | { type: "warm" }
  | { type: "run"; run: number; text: string; product?: string }
  | { type: "shared"; run: number; ids: string[] }
  /**
   * The report for the paste of run `run`, redacted by the module at `module` (a file of this
   * site, loaded on the first report only). `request` numbers the question, apart from runs.
   */
  | { type: "report"; request: number; run: number; module: string };

export type WorkerResponse =
  | { type: "done"; run: number; answer: LookupAnswer }
  | { type: "error"; run: number; message: string }
  | { type: "report"; request: number; report: Report }
  | { type: "report-error"; request: number; message: string };

/** Whether a value is a report as `prepareReport` makes it: it comes from a loaded module. */
export function isReport(value: unknown): value is Report {
  if (typeof value !== "object" || value === null) return false;
  const text: unknown = Reflect.get(value, "text");
  const kept: unknown = Reflect.get(value, "kept");
  const total: unknown = Reflect.get(value, "total");
  const truncated: unknown = Reflect.get(value, "truncated");
  return (
    typeof text === "string" &&
    typeof kept === "number" &&
    typeof total === "number" &&
    typeof truncated === "boolean"
  );
}

/** Lines of a hit quoted in its card. */
export const QUOTED_LINES = 3;
/** Characters of a quoted line. */
export const QUOTED_CHARS = 400;

/** Every hit a result shows, in every group. */
export function shownHits(result: LookupResult): LookupHit[] {
  return [...result.matches, ...result.related];
}
