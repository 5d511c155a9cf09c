/**
 * Messages between the lookup island and its worker. Everything crosses by structured clone, so
 * fields the matcher adds to its results reach the renderer unchanged.
 */
import type { LookupHit, LookupResult } from "@/lib/lookup";

export type EntryDetails = { description: string; resolution: string[] };

/** What the page renders for one paste. */
export type LookupAnswer = {
  result: LookupResult;
  /** Text of the paste's lines that the shown hits quote (first 400 characters), by number. */
  lines: Map<number, string>;
  /** Description and steps of the shown entries, by entry id. */
  details: Map<string, EntryDetails>;
};

export type WorkerRequest =
  { type: "warm" } | { type: "run"; run: number; text: string; product?: string };

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
