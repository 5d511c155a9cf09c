/**
 * Splits a paste into segments: lines, with stack frames and UI chrome dropped and very long
 * lines cut into pieces.
 */
import { MAX_SEGMENT_CHARS } from "./tuning";

export type Segment = {
  /** 1-based line number in the paste. */
  line: number;
  text: string;
};

/** Java and .NET stack frames, and "... 12 more". */
const STACK_FRAME =
  /^\s*(?:at\s+[\w$.<>[\]/:-]+\s*\(|at\s+[\w$.<>]+(?:\.[\w$<>]+)+\s*$|\.\.\.\s*\d+\s+more\b|---\s*End of)/;
/** "Caused by: java.net.ConnectException: " before the message of a chained exception. */
const CAUSED_BY = /^\s*(?:Caused by|Suppressed):\s*/;
/** Lines of portal chrome copied along with a notification; they carry no error. */
const CHROME =
  /^\s*(?:agent notifications?|notifications?|dismiss(?: all)?|close|view details|mark as (?:read|unread)|learn more|show (?:more|less)|more info|copy|actions?|[x×✕])\s*$/i;

function pieces(text: string): string[] {
  if (text.length <= MAX_SEGMENT_CHARS) return [text];
  const out: string[] = [];
  let rest = text;
  while (rest.length > MAX_SEGMENT_CHARS) {
    const cut = rest.lastIndexOf(" ", MAX_SEGMENT_CHARS);
    const at = cut > MAX_SEGMENT_CHARS / 2 ? cut : MAX_SEGMENT_CHARS;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (rest.trim()) out.push(rest);
  return out;
}

export function splitSegments(
  text: string,
  maxLines = Number.POSITIVE_INFINITY,
): { segments: Segment[]; lines: number } {
  const lines = text.split(/\r\n|\r|\n/);
  const segments: Segment[] = [];
  const limit = Math.min(lines.length, maxLines);
  for (let i = 0; i < limit; i += 1) {
    const raw = lines[i] ?? "";
    if (!raw.trim() || STACK_FRAME.test(raw) || CHROME.test(raw)) continue;
    for (const piece of pieces(raw.replace(CAUSED_BY, "")))
      segments.push({ line: i + 1, text: piece });
  }
  return { segments, lines: lines.length };
}
