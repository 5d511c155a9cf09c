/**
 * Messages between the lookup island and its worker. Everything crosses by structured clone, so
 * fields the matcher adds to its results reach the renderer unchanged.
 */
import type { EntryDetails, LookupHit, LookupResult, Report } from "@/lib/lookup";

export type { EntryDetails };

/** How a shared link's ids were read: former ids followed, unknown ones named. */
export type SharedNote = { renamed: [string, string][]; unknown: string[] };

/** What the page renders for one paste, or for a shared link. */
export type LookupAnswer = {
  result: LookupResult;
  /** Text of the paste's lines that the shown hits quote (first 400 characters), by number. */
  lines: Map<number, string>;
  /** Description and steps of the shown entries, by entry id. */
  details: Map<string, EntryDetails>;
  /** When nothing matched: the paste's error lines, redacted, for a report to the writers. */
  report?: Report;
  /** Present when the answer is a shared link's entries, not a paste's. */
  shared?: SharedNote;
};

export type WorkerRequest =
  | { type: "warm" }
  | { type: "run"; run: number; text: string; product?: string }
  | { type: "shared"; run: number; ids: string[] };

export type WorkerResponse =
  | { type: "done"; run: number; answer: LookupAnswer }
  | { type: "error"; run: number; message: string };

/** Lines of a hit quoted in its card. */
export const QUOTED_LINES = 3;
/** Characters of a quoted line. */
export const QUOTED_CHARS = 400;

/** Every hit a result shows, in every group. */
export function shownHits(result: LookupResult): LookupHit[] {
  return [...result.matches, ...result.related];
}
