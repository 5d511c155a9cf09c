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

/** How a fit ranks: a framed one first, then by specificity; an outframed one is no fit. */
function fitRank(e: Evidence): [number, number] {
  const fit = e.fit;
  if (!fit || fit.outframed) return [0, -1];
  return [fit.framed ? 1 : 0, fit.specificity];
}

/**
 * Templates that fit first: a framed one (the line's whole message in its product's line format)
 * before any other, then the most specific; then codes; then confident candidates; then higher
 * score, then more matched weight (the more specific phrase). A template outframed by another
 * ranks as no fit: it is related at most (`tiers.ts`).
 */
export function rank(
  a: { confident: boolean; evidence: Evidence },
  b: { confident: boolean; evidence: Evidence },
): number {
  const [aFramed, aSpecificity] = fitRank(a.evidence);
  const [bFramed, bSpecificity] = fitRank(b.evidence);
  return (
    bFramed - aFramed ||
    bSpecificity - aSpecificity ||
    Number(b.evidence.codes > 0) - Number(a.evidence.codes > 0) ||
    Number(b.confident) - Number(a.confident) ||
    b.evidence.score - a.evidence.score ||
    b.evidence.chainWeight - a.evidence.chainWeight
  );
}

/**
 * Whether `c` is a near twin of `k`, a stronger candidate: its words all belong to `k`'s (and it
 * is not the same match), or `k` is a template that fits the line where `c` stands, and `c` is a
 * less specific template that fits there too or a candidate that does not fit there.
 */
function isTwinOf(c: Candidate, k: Candidate): boolean {
  // One that yields to a framed template is related already (`tiers.ts`), and stays in view.
  if (c.evidence.fit?.outframed) return false;
  if (isSubset(c.positions, k.positions) && !isSameMatch(c, k)) return true;
  const fit = k.evidence.fit;
  if (!fit) return false;
  const other = c.evidence.fit;
  if (other)
    return other.specificity < fit.specificity && other.start < fit.end && fit.start < other.end;
  if (c.evidence.codes > 0 || c.positions.size === 0 || k.positions.size === 0) return false;
  // A line prints one message where it prints a template: another documented message that does
  // not fit it verbatim is a near miss of the same line, wherever its words stand ("not-responding"
  // where "not responding" fits); two messages printed on one line both fit.
  if (c.evidence.kind === "message") return k.confident;
  // Any other candidate is one when most of its words stand where the template fits.
  const span = [...k.positions];
  const from = Math.min(...span);
  const to = Math.max(...span);
  const inside = [...c.positions].filter((p) => p >= from && p <= to).length;
  return inside * 2 >= c.positions.size;
}

/** The candidates of a line with near-twins removed, at most MAX_RELATED related ones. */
export function pruneTwins(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(rank);
  let kept: Candidate[] = [];
  let related = 0;
  for (const candidate of sorted) {
    if (kept.some((k) => isTwinOf(candidate, k))) continue;
    if (candidate.confident) {
      // A wider confident match takes the place of one whose words it holds, unless that one is
      // self-evident (a fitting template or a code).
      kept = kept.filter(
        (k) =>
          k.evidence.fit !== undefined ||
          k.evidence.codes > 0 ||
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
