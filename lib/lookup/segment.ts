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
/** A chrome line as compared: trimmed and lower-cased ("Dismiss all" → "dismiss all"). */
export function chromeKey(line: string): string {
  return line.trim().replace(/\s+/g, " ").toLowerCase();
}

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

/**
 * Walks a paste line by line without copying it whole, so a huge paste can be processed in
 * slices from the first line on.
 */
export class SegmentReader {
  private position = 0;
  private lineNumber = 0;
  private pending: Segment[] = [];
  private readonly breaks: BreakFinder;

  /**
   * @param chrome Lines of user-interface chrome, as `chromeKey` gives them, that the products'
   *   surfaces declare: copied along with a notification, they carry no error.
   */
  constructor(
    private readonly text: string,
    private readonly maxLines = Number.POSITIVE_INFINITY,
    private readonly chrome: ReadonlySet<string> = new Set(),
  ) {
    this.breaks = new BreakFinder(text);
  }

  /** Lines read so far. */
  get linesRead(): number {
    return this.lineNumber;
  }

  /** The next segment, or undefined at the end of the paste or of the line limit. */
  next(): Segment | undefined {
    while (this.pending.length === 0) {
      if (this.position > this.text.length || this.lineNumber >= this.maxLines) return undefined;
      const end = this.breaks.next(this.position);
      const raw = this.text.slice(this.position, end);
      this.position = this.breaks.after(end);
      this.lineNumber += 1;
      if (!raw.trim() || STACK_FRAME.test(raw)) continue;
      if (raw.length < 40 && this.chrome.has(chromeKey(raw))) continue;
      this.pending = pieces(raw.replace(CAUSED_BY, "")).map((text) => ({
        line: this.lineNumber,
        text,
      }));
    }
    return this.pending.shift();
  }

  /** Lines in the whole paste, counted only when asked (it scans the rest of the text). */
  countLines(): number {
    const breaks = new BreakFinder(this.text);
    let lines = 1;
    for (let i = breaks.next(0); i < this.text.length; i = breaks.next(breaks.after(i))) {
      lines += 1;
    }
    return lines;
  }
}

/**
 * Finds line breaks (`\n`, `\r\n` or a lone `\r`) while walking forward through one text. It keeps
 * the next position of each break character, so a text without one of them is scanned once, not
 * once per line: searching afresh for the `\r` that a Unix log never has made a 1 MB paste of
 * some 10,000 lines cost about 90 ms in one go.
 */
class BreakFinder {
  /** Next `\n` and `\r` at or after the last `from`; -1 when there is none left; -2 unknown. */
  private newline = -2;
  private carriage = -2;

  constructor(private readonly text: string) {}

  /** The first break at or after `from` (never less than the last `from`), or the text's length. */
  next(from: number): number {
    if (this.newline !== -1 && this.newline < from) this.newline = this.text.indexOf("\n", from);
    if (this.carriage !== -1 && this.carriage < from) this.carriage = this.text.indexOf("\r", from);
    const n = this.newline;
    const r = this.carriage;
    if (n === -1 && r === -1) return this.text.length;
    if (n === -1) return r;
    if (r === -1) return n;
    return Math.min(n, r);
  }

  /** Where the line after the break at `at` starts: past both characters of a `\r\n`. */
  after(at: number): number {
    return at + (this.text[at] === "\r" && this.text[at + 1] === "\n" ? 2 : 1);
  }
}

/** Every segment of a paste at once (tests and small inputs). */
export function splitSegments(
  text: string,
  maxLines = Number.POSITIVE_INFINITY,
  chrome: ReadonlySet<string> = new Set(),
): { segments: Segment[]; lines: number } {
  const reader = new SegmentReader(text, maxLines, chrome);
  const segments: Segment[] = [];
  for (let s = reader.next(); s; s = reader.next()) segments.push(s);
  return { segments, lines: reader.countLines() };
}
