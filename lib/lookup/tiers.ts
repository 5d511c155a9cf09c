/**
 * What the evidence of one phrase on one line is worth: a confident match, or related at most.
 * Each rule is a pure function of the evidence record (see `score.ts`), so each can be tested
 * with hand-made evidence. Numbers and their reasons are in `tuning.ts`.
 */
import type { Evidence } from "./score";
import {
  LONG_NAME_MIN_DENSITY,
  MESSAGE_MAX_MISSING_SHARE,
  MESSAGE_MIN_DENSITY,
  MESSAGE_MIN_RECALL,
  MESSAGE_MIN_TOKENS,
  MESSAGE_REORDERED_MIN_RECALL,
  NAME_MIN_RECALL,
  SHORT_NAME_FOREIGN_ALLOWANCE,
  SHORT_NAME_MAX_FOREIGN_SHARE,
  SHORT_NAME_TOKENS,
} from "./tuning";

/** A documented message long enough to be judged as a template rather than as a name. */
export function isTemplate(e: Evidence): boolean {
  return e.kind === "message" && e.words >= MESSAGE_MIN_TOKENS;
}

/** A name, alias or message so short that the words around it decide: "Disconnected". */
export function isShort(e: Evidence): boolean {
  return !isTemplate(e) && e.words <= SHORT_NAME_TOKENS;
}

/**
 * A documented message matches when nearly all of it is there, close together and in order (or
 * all of it in another order), with none of its words missing up to four words and one of five
 * to nine. A placeholder filled by a value counts as a word ("The agent has been disconnected for
 * more than 48 hours" may drop "SIEM"), unless a foreign word took the missing one's place ("The
 * VPN agent has been disconnected…"). A code or number the message names may never be missing.
 */
export function messageMatches(e: Evidence): boolean {
  // A code or number the message names is its identity: "error 80070775" is not "error 80070774".
  if (e.missingLiterals > 0) return false;
  const close =
    (e.ordered && e.recall >= MESSAGE_MIN_RECALL && e.density >= MESSAGE_MIN_DENSITY) ||
    (e.recall >= MESSAGE_REORDERED_MIN_RECALL && e.looseDensity >= MESSAGE_MIN_DENSITY);
  if (!close) return false;
  if (e.missing <= Math.floor(e.words * MESSAGE_MAX_MISSING_SHARE)) return true;
  return (
    e.missing <= Math.floor((e.words + e.filled) * MESSAGE_MAX_MISSING_SHARE) && !e.foreignBefore
  );
}

/**
 * The anchor rule for names and aliases: nearly all of it, in order and adjacent; a name of three
 * words or more may hold one other word, except inside one identifier.
 */
export function nameIsWhole(e: Evidence): boolean {
  // Inside an identifier written as one word, a name is a run of its words or nothing:
  // "ErrImagePull" is not in `ErrImageNeverPull`, "Invalid token" is in `InvalidTokenException`.
  const loose = e.words > SHORT_NAME_TOKENS && !e.withinIdentifier;
  const minDensity = loose ? LONG_NAME_MIN_DENSITY : 1;
  return e.ordered && e.recall >= NAME_MIN_RECALL && e.density >= minDensity;
}

/**
 * How many foreign words a whole short name leaves unexplained on its line: 0 means it stands.
 * Opening a clause ("Status: Disconnected", a table cell) it is the subject. A foreign word right
 * before it modifies it ("WiFi disconnected"): never. Among mostly known words it stands. Else
 * each word of the entry's own context on the line explains one foreign word; other matches on
 * the line may explain more (see `line.ts`).
 */
export function shortNameUnsupported(e: Evidence): number {
  if (e.opensClause) return 0;
  if (e.foreignBefore) return Number.POSITIVE_INFINITY;
  if (
    e.others > 0 &&
    e.foreignOthers / e.others <= SHORT_NAME_MAX_FOREIGN_SHARE &&
    e.foreignOthers < e.others
  ) {
    return 0;
  }
  return Math.max(0, e.foreignOnLine - SHORT_NAME_FOREIGN_ALLOWANCE - e.contextWords);
}

export type Verdict = {
  confident: boolean;
  /** For a whole short name not yet confident: foreign words still to be explained. */
  unsupported?: number;
};

/**
 * Evidence that names its entry whatever surrounds it: a template that fits the line whole (with
 * its placeholders filled, or quoted verbatim when it is long enough to be judged as a message),
 * a template that is the whole message of a line written in its product's line format (even one
 * word: HPC's `normal`), or a code the line holds as written (`AADSTS50126`, `0x80070005`). No
 * context makes it less. A short message quoted verbatim elsewhere ("Disconnected" in "WiFi
 * disconnected") is not: the words around it decide, as for a name.
 */
export function isSelfEvident(e: Evidence): boolean {
  if (e.codes > 0) return true;
  if (!e.fit || yieldsToFramed(e)) return false;
  return e.fit.framed || e.fit.placeholders > 0 || e.words >= MESSAGE_MIN_TOKENS;
}

/**
 * A whole short name that its own words could not support, once the line's other matches are
 * known: each word of theirs that it does not share explains one of its foreign words ("Invalid
 * token" beside "Data server connection error: " on one line).
 */
export function supportedOnLine(verdict: Verdict, explainedElsewhere: number): boolean {
  if (verdict.confident) return true;
  return verdict.unsupported !== undefined && verdict.unsupported <= explainedElsewhere;
}

/** What the paste as a whole says about one confident match (see `context.ts`). */
export type PasteFacts = {
  /**
   * The match cannot tell its product by itself: a short name, a name other products document
   * too, or at most SHORT_NAME_TOKENS words once common words are set aside. Never so for
   * self-evident evidence (a fitting template, a code).
   */
  generic: boolean;
  /** The paste names products, and not this one. */
  otherProductNamed: boolean;
  /** A same-named entry of another product is the one the paste vouches for or names. */
  rivalPreferred: boolean;
  /** The paste names this product or vouches for it (a specific match, or two of its errors). */
  inContext: boolean;
  /** Foreign words before it: earlier on its line, and on the lines above (FOREIGN_CONTEXT_LINES). */
  foreignLead: number;
  /** Words of the entry's own description and steps beside it. */
  contextWords: number;
};

/**
 * Whether a match confident on its line stays a match in the whole paste. One that identifies
 * its product by itself always does. A generic one does not when the paste is about another
 * product, when another product's same-named entry is the one the paste shows, or when it is
 * about software the knowledge base does not document: foreign words lead up to it ("FortiClient
 * VPN Status: Disconnected"), more than the entry's own words stand beside it.
 */
export function keepsMatch(f: PasteFacts): boolean {
  if (!f.generic) return true;
  if (f.otherProductNamed || f.rivalPreferred) return false;
  return f.inContext || f.foreignLead <= f.contextWords;
}

/**
 * A template that fits where another is the line's whole message in that one's own product's
 * line format is related at most: the same message logged by another system, whose lines look
 * different (Thunderbird's `session closed for user <*>` on a line of Linux's), or a smaller
 * template inside the message. A code it names still identifies it.
 */
export function yieldsToFramed(e: Evidence): boolean {
  return e.codes === 0 && e.fit?.outframed === true;
}

/** The tier the evidence earns on its own line. */
export function judge(e: Evidence): Verdict {
  if (yieldsToFramed(e)) return { confident: false };
  if (isSelfEvident(e)) return { confident: true };
  if (isTemplate(e)) return { confident: messageMatches(e) };
  if (!nameIsWhole(e)) return { confident: false };
  if (!isShort(e)) return { confident: true };
  const unsupported = shortNameUnsupported(e);
  return unsupported <= 0 ? { confident: true } : { confident: false, unsupported };
}
