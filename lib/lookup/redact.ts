/**
 * A report of an undocumented error for the knowledge base's writers: the lines of a paste that
 * look like errors, with secrets and identifying details masked (`redact-rules.ts`). Pure, and
 * linear in the paste: the page's worker runs it on a megabyte as readily as on a line.
 *
 * In the browser this module is a file of its own (`lookup-redact` in `lib/site/islands.ts`),
 * which the worker imports only when the reader asks for a report. Nothing here runs when the
 * module loads, so the matcher's bundles, which import its index, leave it out.
 */
import { MASK, redactionRules } from "./redact-rules";
import { ERROR_LINE_WORDS } from "./redact-words";
import { escapeRegExp } from "./regexp";

export { MASK } from "./redact-rules";

/** Lines a report keeps at most. */
export const REPORT_MAX_LINES = 40;
/** Characters kept of one line. */
export const REPORT_LINE_CHARS = 500;
/**
 * Characters of a line read before redacting: twice what is kept, since masks are shorter than
 * what they hide. The line is cut at a separator, so no secret is cut to a fragment too short to
 * be recognised.
 */
const READ_LINE_CHARS = REPORT_LINE_CHARS * 2;
/** A paste of this many non-blank lines or fewer is the message itself: every line is kept. */
const SHORT_PASTE_LINES = 3;

/** Masks every secret and identifying detail of one line. */
export function redactLine(line: string): string {
  let text = line;
  for (const rule of redactionRules()) text = rule.apply(text);
  return text;
}

const KEY_BEGIN = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/;
const KEY_END = /-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/;
/** A line of a key's body: base64 and nothing else (`MIIEvQIBADANBgkqhkiG9w0BAQEFAASC…`). */
const KEY_BODY = /^\s*[A-Za-z0-9+/]{4,}={0,2}\s*$/;

/**
 * Which lines belong to a private key's body: those between its BEGIN and END lines (to the end
 * of the paste when END was cut off), and base64 lines just before an END whose BEGIN was cut.
 */
export function privateKeyLines(lines: readonly string[]): Set<number> {
  const inside = new Set<number>();
  let open = false;
  let pending: number[] = [];
  lines.forEach((line, i) => {
    if (KEY_BEGIN.test(line) && !KEY_END.test(line)) {
      open = true;
      pending = [];
      return;
    }
    if (KEY_END.test(line) && !KEY_BEGIN.test(line)) {
      if (!open) for (const j of pending) inside.add(j);
      open = false;
      pending = [];
      return;
    }
    if (open) inside.add(i);
    else if (KEY_BODY.test(line)) pending.push(i);
    else pending = [];
  });
  return inside;
}

/** Masks every line of a text, and whole lines of a private key's body. */
export function redactText(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  const key = privateKeyLines(lines);
  return lines.map((line, i) => (key.has(i) ? MASK.privateKey : redactLine(line))).join("\n");
}

/**
 * Log levels and error words (`ERROR_LINE_WORDS`), stack-trace headers and exception class names:
 * what makes a line worth reporting.
 */
const LOOKS_LIKE_ERROR = new RegExp(
  String.raw`\b(?:${ERROR_LINE_WORDS.map(escapeRegExp).join("|")})\b|^\s*(?:Caused by:|Traceback \(most recent call last\)|Exception in thread)|\b[\w$.]*(?:Exception|Error)\b`,
  "i",
);

export function looksLikeError(line: string): boolean {
  return LOOKS_LIKE_ERROR.test(line);
}

export type Report = {
  /** The kept lines, redacted, one per line. */
  text: string;
  /** How many lines were kept, and how many non-blank lines the paste had. */
  kept: number;
  total: number;
  /** Whether more lines looked like errors than a report keeps. */
  truncated: boolean;
};

/** A line cut to what a report reads, at a separator, so no secret is left as a short fragment. */
function readable(line: string): string {
  if (line.length <= READ_LINE_CHARS) return line;
  const cut = line.slice(0, READ_LINE_CHARS);
  const at = Math.max(cut.lastIndexOf(" "), cut.lastIndexOf("\t"), cut.lastIndexOf(";"));
  return `${at > 0 ? cut.slice(0, at) : ""} […]`;
}

/** A redacted line cut to `REPORT_LINE_CHARS`, never through a mask. */
function kept(line: string): string {
  if (line.length <= REPORT_LINE_CHARS) return line;
  return `${line.slice(0, REPORT_LINE_CHARS).replace(/\[[a-z ]*$/, "")}[…]`;
}

/**
 * The report for a paste: the lines that look like errors (every line of a short paste), at most
 * `REPORT_MAX_LINES`, each redacted and cut to `REPORT_LINE_CHARS` characters.
 */
export function prepareReport(paste: string): Report {
  const lines = paste.split(/\r\n|\r|\n/);
  const key = privateKeyLines(lines);
  const chosen: number[] = [];
  const short: number[] = [];
  let total = 0;
  let matching = 0;
  lines.forEach((whole, i) => {
    if (!whole.trim()) return;
    total += 1;
    if (short.length <= SHORT_PASTE_LINES) short.push(i);
    if (key.has(i) || !looksLikeError(whole.slice(0, READ_LINE_CHARS))) return;
    matching += 1;
    if (chosen.length < REPORT_MAX_LINES) chosen.push(i);
  });
  const picked = total <= SHORT_PASTE_LINES ? short : chosen;
  const text = picked
    .map((i) => (key.has(i) ? MASK.privateKey : kept(redactLine(readable(lines[i] ?? "")))))
    .join("\n");
  return {
    text,
    kept: picked.length,
    total,
    truncated: total > SHORT_PASTE_LINES && matching > REPORT_MAX_LINES,
  };
}
