/**
 * Where the message stands in a log line, as its product documents its line format. A surface
 * of a product may say how each of its lines is written (`knowledge-base.yaml`, `lineFormats`):
 * `<date> <time> <level> [<thread>] <logger>: <message>`. Each `<field>` is one run of
 * characters without white space, up to the literal text after it; `<message>` is the rest. A
 * line fits a format when its literal characters stand in their places, from the start of the
 * line, and its fields hold a digit somewhere: every log line's header carries a time, a date or
 * an id, where a sentence that merely has as many words does not.
 *
 * This decides one thing: the span of the line that is its message, for each product whose
 * format the line fits. A template that fills that span exactly is framed (`line.ts`).
 */
import { fitText } from "./fit";
import { escapeRegExp } from "./regexp";

/** `<name>`: a field of a line format; `<message>` is the message. */
const FIELD = /<([A-Za-z*][\w.-]*)>/g;
const MESSAGE_FIELD = "message";

/**
 * Lines longer than this are not read against line formats: a log line's header is at its
 * start, and a longer paste is prose or a dump, never one line of a log.
 */
export const LINE_FORMAT_MAX_CHARS = 2000;

export type LineFormat = {
  /** The product (its index in the lookup index) whose surfaces write lines this way. */
  product: number;
  /** The format as compiled: each field and the message a group, with their offsets. */
  regex: RegExp;
  /** The message's group number. */
  message: number;
};

/** Why a line format cannot be used, or undefined when it can: for the schema and the build. */
export function lineFormatProblem(format: string): string | undefined {
  const fields = [...format.matchAll(FIELD)].map((m) => m[1]);
  const messages = fields.filter((f) => f === MESSAGE_FIELD).length;
  if (messages !== 1)
    return `a line format names the message once, as <${MESSAGE_FIELD}> (found ${messages})`;
  if (fields.length < 2)
    return `a line format names at least one field beside <${MESSAGE_FIELD}>, such as <time>`;
  // Two fields side by side could split a run of characters anywhere: slow, and never meant.
  if (/<[A-Za-z*][\w.-]*><[A-Za-z*][\w.-]*>/.test(format))
    return "two fields of a line format stand with nothing between them; put the text that separates them, such as a space";
  return undefined;
}

/** A format as a regular expression over text normalised as `fitText` normalises it. */
export function compileLineFormat(format: string, product: number): LineFormat | undefined {
  if (lineFormatProblem(format) !== undefined) return undefined;
  // split() with one group alternates: literal, field name, literal, …, field name, literal.
  const pieces = format.trim().split(FIELD);
  let message = 0;
  const source = pieces
    .map((piece, k) => {
      if (k % 2 === 0) return fitText(piece).split(" ").map(escapeRegExp).join("\\s+");
      if (piece !== MESSAGE_FIELD) return "(\\S+?)";
      message = (k + 1) / 2;
      // The message is never empty and never starts with white space; at the end of the format
      // it is the rest of the line, trailing white space aside.
      return "(\\S.*?)";
    })
    .join("");
  return { product, regex: new RegExp(`^\\s*${source}\\s*$`, "du"), message };
}

/** A span of the normalised line: the message, as one product's line format delimits it. */
export type MessageSpan = { product: number; start: number; end: number };

/** The message of the normalised line for each product whose line format it fits. */
export function messageSpans(formats: readonly LineFormat[], line: string): MessageSpan[] {
  if (formats.length === 0 || line.length > LINE_FORMAT_MAX_CHARS) return [];
  const spans: MessageSpan[] = [];
  for (const { product, regex, message } of formats) {
    const m = regex.exec(line);
    const at = m?.indices?.[message];
    if (!m || !at) continue;
    // A header with no digit in its fields is a sentence with as many words, not a log line.
    if (!m.some((field, k) => k > 0 && k !== message && field !== undefined && /\d/.test(field)))
      continue;
    spans.push({ product, start: at[0], end: at[1] });
  }
  return spans;
}
