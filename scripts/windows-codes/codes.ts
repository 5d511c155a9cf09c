/**
 * The Windows system error codes as data: the rows of `system-error-codes.tsv`, read from
 * Microsoft's documentation (MicrosoftDocs/win32, `desktop-src/Debug/system-error-codes--*.md`,
 * CC BY 4.0) by `extract.ts`, and read back by the generator. Pure: strings in, rows out.
 */
import { z } from "zod";

/** The committed data file, next to this module. */
export const CODES_FILE = "scripts/windows-codes/system-error-codes.tsv";

/** Where the documentation lives, for the credit and the links of the generated articles. */
export const SOURCE_REPOSITORY = "https://github.com/MicrosoftDocs/win32";
export const SOURCE_LICENSE = "CC BY 4.0";
export const SOURCE_LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/";
/** The published pages, one per range: `…/system-error-codes--0-499-`. */
export const PUBLISHED_BASE = "https://learn.microsoft.com/en-us/windows/win32/debug/";

/** The highest system error code the documentation lists (its last page is 12000-15999). */
export const MAX_CODE = 15999;

export const COLUMNS = ["code", "hex", "constant", "message", "also_named", "note"] as const;

/**
 * One documented code. `message` and `note` are the documentation's text with its Markdown
 * markup removed (escapes, bold, links); `alsoNamed` lists the other constants the page gives.
 */
export const codeRowSchema = z.strictObject({
  /** The page the code is documented on, such as `0-499`. */
  range: z.string().regex(/^\d+-\d+$/),
  code: z.number().int().min(0).max(MAX_CODE),
  /** As the documentation writes it: `0x1E7`. */
  hex: z.string().regex(/^0x[0-9A-F]+$/),
  constant: z.string().regex(/^[A-Z][A-Za-z0-9_]*$/),
  message: z.string().min(1),
  alsoNamed: z.array(z.string().regex(/^[A-Z][A-Za-z0-9_]*$/)),
  note: z.string(),
});
export type CodeRow = z.infer<typeof codeRowSchema>;

/** What the file's header records about its source. */
export const sourceSchema = z.strictObject({
  commit: z.string().regex(/^[0-9a-f]{40}$/, "a full 40-character commit hash"),
  /** The commit's date, YYYY-MM-DD: the generated articles' `updated`. */
  date: z.iso.date(),
});
export type CodesSource = z.infer<typeof sourceSchema>;

export type CodesFile = { source: CodesSource; rows: CodeRow[] };

/** A documentation page's range from its file name: `system-error-codes--0-499-.md` → `0-499`. */
export function rangeOfFile(name: string): string | undefined {
  return /^system-error-codes--(\d+)-(\d+)-\.md$/.exec(name)?.slice(1, 3).join("-");
}

/** The range's bounds: `500-999` → [500, 999]. */
export function rangeBounds(range: string): [number, number] {
  const [low, high] = range.split("-").map(Number);
  if (low === undefined || high === undefined || !(low <= high))
    throw new Error(`"${range}" is not a range of codes such as 500-999`);
  return [low, high];
}

// --- Markdown to text ------------------------------------------------------------------------

/** A character of the Unicode private-use area, standing for an escaped character meanwhile. */
const ESCAPE_BASE = 0xe000;

/**
 * The text a reader sees for one paragraph of the documentation: backslash escapes undone, bold
 * and links reduced to their text, autolinks to their address, no-break spaces made plain, and
 * runs of white space made one space. Escaped characters are set aside first, so `\[%2\]` stays
 * text and `\*` never opens emphasis.
 */
export function markdownText(markdown: string): string {
  const escaped = markdown.replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) =>
    String.fromCharCode(ESCAPE_BASE + c.charCodeAt(0)),
  );
  const text = escaped
    .replace(/\[([^\]]*)\]\([^)\s]*\)/g, "$1")
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1")
    .replace(/\*\*([^*]+)\*\*/g, "$1")
    .replace(/[\u00a0\s]+/g, " ")
    .trim();
  return text.replace(/[\ue000-\ue07f]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - ESCAPE_BASE),
  );
}

// --- Reading a documentation page -------------------------------------------------------------

/** `This value was also named **ERROR\_CLUSTER\_NODE\_EVACUATION\_IN\_PROGRESS**`. */
const ALSO_NAMED = /^This value was also named \*\*(.+)\*\*$/;
/** The value line of a code: `487 (0x1E7)`. */
const VALUE_LINE = /^(\d+) \((0x[0-9A-F]+)\)$/;

export type PageProblem = { line: number; message: string };

/**
 * Every code on one page. A code is a block that opens with its `<span id>` anchors and bold
 * constant, then its value line, its message paragraph, and sometimes more paragraphs: an earlier
 * constant (`This value was also named …`) or a note. Blocks whose value is a range of codes
 * (`12000 - 12175`, which only point to the WinINet and WinHTTP lists) are skipped and reported.
 */
export function parsePage(
  markdown: string,
  range: string,
): { rows: CodeRow[]; skipped: PageProblem[] } {
  const [low, high] = rangeBounds(range);
  // The codes end where the page's next section (its requirements table) begins.
  const body = markdown.split(/^## /m)[0] ?? "";
  const rows: CodeRow[] = [];
  const skipped: PageProblem[] = [];
  const starts = [...body.matchAll(/^<span id=/gm)].map((m) => m.index);
  starts.forEach((start, i) => {
    const block = body.slice(start, starts[i + 1] ?? body.length);
    const line = body.slice(0, start).split("\n").length;
    const paragraphs = block
      .split(/\n[ \t\u00a0]*\n/)
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
    const [head, value, message, ...rest] = paragraphs;
    const constant = /\*\*(.+)\*\*\s*$/.exec(head ?? "")?.[1];
    const parsed = VALUE_LINE.exec(value ?? "");
    if (!constant || !message) {
      throw new Error(`${range}, line ${line}: a code block without a constant or a message`);
    }
    if (!parsed) {
      skipped.push({ line, message: `${markdownText(constant)}: value "${value}" is no code` });
      return;
    }
    const code = Number(parsed[1]);
    const hex = parsed[2] ?? "";
    if (Number.parseInt(hex, 16) !== code)
      throw new Error(`${range}, line ${line}: ${code} is not ${hex}`);
    if (code < low || code > high)
      throw new Error(`${range}, line ${line}: code ${code} is outside the page's range`);
    const alsoNamed: string[] = [];
    const notes: string[] = [];
    for (const paragraph of rest) {
      const other = ALSO_NAMED.exec(paragraph);
      if (other?.[1]) alsoNamed.push(markdownText(other[1]));
      else notes.push(markdownText(paragraph));
    }
    rows.push(
      codeRowSchema.parse({
        range,
        code,
        hex,
        constant: markdownText(constant),
        message: markdownText(message),
        alsoNamed,
        note: notes.join(" "),
      }),
    );
  });
  return { rows, skipped };
}

// --- The TSV file -----------------------------------------------------------------------------

const HEADER_PREFIX = "# ";

/** One field: no tab or line break may hide in it, or the file would not read back. */
function field(text: string): string {
  if (/[\t\r\n]/.test(text)) throw new Error(`a field holds a tab or a line break: ${text}`);
  return text;
}

/** The data file: a header naming the source, then one line per code, ordered by code. */
export function formatCodesFile({ source, rows }: CodesFile): string {
  const header = [
    "Windows system error codes 0-15999, one per line.",
    `Source: ${SOURCE_REPOSITORY} (desktop-src/Debug/system-error-codes--*.md)`,
    `commit: ${source.commit}`,
    `date: ${source.date}`,
    `License: ${SOURCE_LICENSE} (${SOURCE_LICENSE_URL}), (c) Microsoft Corporation.`,
    "Extracted by scripts/windows-codes/extract.ts; message and note are the pages' text without",
    "Markdown markup; also_named lists earlier constants (separated by spaces).",
  ].map((line) => `${HEADER_PREFIX}${line}`);
  const sorted = [...rows].sort((a, b) => a.code - b.code);
  const lines = sorted.map((r) =>
    [r.range, String(r.code), r.hex, r.constant, r.message, r.alsoNamed.join(" "), r.note]
      .map(field)
      .join("\t"),
  );
  return [...header, ["range", ...COLUMNS].join("\t"), ...lines, ""].join("\n");
}

/** Reads the data file back, or says which line is wrong. */
export function parseCodesFile(text: string): CodesFile {
  const lines = text.split("\n");
  const meta = new Map<string, string>();
  const rows: CodeRow[] = [];
  let columns = false;
  lines.forEach((line, i) => {
    if (line === "") return;
    if (line.startsWith(HEADER_PREFIX)) {
      const m = /^# (commit|date): (.+)$/.exec(line);
      if (m?.[1] && m[2]) meta.set(m[1], m[2]);
      return;
    }
    const cells = line.split("\t");
    if (!columns) {
      if (cells.join("\t") !== ["range", ...COLUMNS].join("\t"))
        throw new Error(`line ${i + 1}: expected the column names ${["range", ...COLUMNS]}`);
      columns = true;
      return;
    }
    const [range, code, hex, constant, message, alsoNamed, note] = cells;
    const parsed = codeRowSchema.safeParse({
      range,
      code: Number(code),
      hex,
      constant,
      message,
      alsoNamed: alsoNamed ? alsoNamed.split(" ") : [],
      note: note ?? "",
    });
    if (cells.length !== COLUMNS.length + 1 || !parsed.success)
      throw new Error(
        `line ${i + 1}: not a code row (${cells.length} cells${parsed.success ? "" : `; ${parsed.error.issues[0]?.message}`})`,
      );
    rows.push(parsed.data);
  });
  const source = sourceSchema.safeParse({ commit: meta.get("commit"), date: meta.get("date") });
  if (!source.success)
    throw new Error(`the header must name the source's commit and date: ${source.error.message}`);
  return { source: source.data, rows };
}
