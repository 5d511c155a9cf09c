/**
 * Near-twins on one line: a candidate whose matched words all belong to a stronger one is that
 * one's twin and loses, whichever scored higher: "Connection error" inside "Data server connection
 * error", the status "Disconnected" inside "has been disconnected for more than twelve hours".
 * Entries that matched the very same words with the same phrase ("Invalid token", documented by
 * three products) are not twins but one ambiguity: all of them stay, and the product context of
 * the paste decides between them later (`context.ts`).
 */
import type { Candidate } from "./line";
import type { Evidence } from "./score";
import { MAX_RELATED } from "./tuning";

function isSubset(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/**
 * Whether two candidates are the same documented words found in the same place: the same core
 * on the same positions ("error=invalid_token" and "Invalid token" on "invalid_token").
 */
export function isSameMatch(a: Candidate, b: Candidate): boolean {
  return (
    a.confident === b.confident &&
    a.core !== "" &&
    a.core === b.core &&
    a.corePositions.size === b.corePositions.size &&
    isSubset(a.corePositions, b.corePositions)
  );
}

/** Confident first, then higher score, then more matched weight (the more specific phrase). */
export function rank(
  a: { confident: boolean; evidence: Evidence },
  b: { confident: boolean; evidence: Evidence },
): number {
  return (
    Number(b.confident) - Number(a.confident) ||
    b.evidence.score - a.evidence.score ||
    b.evidence.chainWeight - a.evidence.chainWeight
  );
}

/** The candidates of a line with near-twins removed, at most MAX_RELATED related ones. */
export function pruneTwins(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(rank);
  let kept: Candidate[] = [];
  let related = 0;
  for (const candidate of sorted) {
    const twin = kept.some(
      (k) => isSubset(candidate.positions, k.positions) && !isSameMatch(candidate, k),
    );
    if (twin) continue;
    if (candidate.confident) {
      kept = kept.filter(
        (k) =>
          !(
            isSubset(k.positions, candidate.positions) &&
            k.positions.size < candidate.positions.size
          ),
      );
    }
    if (!candidate.confident && ++related > MAX_RELATED) break;
    kept.push(candidate);
  }
  return kept;
}
