/**
 * A report of an undocumented error for the knowledge base's writers: the lines of a paste that
 * look like errors, with secrets and identifying details masked. Pure, and linear in the paste:
 * the page's worker runs it on a megabyte as readily as on a line. It reuses the matcher's masks
 * (`MASKS` in `text.ts`) for URLs, e-mail addresses, GUIDs, IPs and long hex strings, and adds
 * what only matters when text leaves the page: credentials, host names and user names in paths.
 */
import { MASKS } from "./text";

/** Lines a report keeps at most. */
export const REPORT_MAX_LINES = 40;
/** Characters kept of one line. */
export const REPORT_LINE_CHARS = 500;
/** A paste of this many non-blank lines or fewer is the message itself: every line is kept. */
const SHORT_PASTE_LINES = 3;

/** Words in a key that say its value is a secret: `token=…`, `db_password: …`, `apiKey=…`. */
const SECRET_KEY =
  "[\\w.-]*(?:token|secret|passw(?:or)?d|passwd|pwd|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|credentials?|auth|signature|sig|session(?:id)?|cookie)[\\w.-]*";

/** The masks the matcher defines that a report reuses, by the token they produce. */
const REUSED = new Map([
  ["#url", "[url]"],
  ["#email", "[email]"],
  ["#guid", "[guid]"],
  ["#ip", "[ip]"],
  ["#hex", "[hex]"],
]);

type Redaction = [RegExp, string | ((match: string, ...groups: string[]) => string)];

/** A credential, unlike a word, has digits, capitals inside it or base64 punctuation. */
const CREDENTIAL_LIKE = /\d|[+/=.]|.[A-Z]/;

/** A time of day (10:15:32) is not an IPv6 address, though the matcher masks both alike. */
const TIME_OF_DAY = /^\s*\d{1,2}(?::\d{2}){1,2}\s*$/;

const MATCHER_MASKS: Redaction[] = MASKS.flatMap(([pattern, token]): Redaction[] => {
  const label = REUSED.get(token.trim());
  if (!label) return [];
  return [[pattern, (match) => (TIME_OF_DAY.test(match) ? match : label)]];
});

/** Masks applied in order; credentials first, since they may hold what other masks look for. */
const REDACTIONS: Redaction[] = [
  // Authorization: Bearer eyJ…, Basic dXNlcjpwYXNz, and a header with any scheme.
  [/\b(authorization\s*[:=]\s*)(?:[\w-]+\s+)?[^\s"',;]+/gi, "$1[secret]"],
  [
    /\b(bearer|basic|token|digest)\s+([\w~+/.=-]{8,})/gi,
    (match, scheme = "", value = "") =>
      CREDENTIAL_LIKE.test(value) ? `${scheme} [secret]` : match,
  ],
  // "password": "hunter2" in JSON, password=hunter2, token: abc123 (no space: a value, not prose).
  [new RegExp(`("${SECRET_KEY}"\\s*:\\s*)"[^"]*"`, "gi"), '$1"[secret]"'],
  [new RegExp(`\\b(${SECRET_KEY}\\s*=\\s*)(?:"[^"]*"|'[^']*'|[^\\s,;&"']+)`, "gi"), "$1[secret]"],
  [new RegExp(`\\b(${SECRET_KEY}:)(?:"[^"]*"|'[^']*'|[^\\s,;&"']+)`, "gi"), "$1[secret]"],
  // Command-line flags: --token X, --password=X, --api-key X.
  [
    new RegExp(`((?<![\\w.-])--?${SECRET_KEY}(?:=|\\s+))(?:"[^"]*"|'[^']*'|[^\\s"']+)`, "gi"),
    "$1[secret]",
  ],
  // JSON web tokens and long random strings of letters and digits.
  [/\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g, "[secret]"],
  [/\b(?=[\w-]{0,80}\d)(?=[\w-]{0,80}[a-z])(?=[\w-]{0,80}[A-Z])[\w-]{24,}/g, "[secret]"],
  ...MATCHER_MASKS,
  // User names in home folders: /home/NAME, /Users/NAME, C:\Users\NAME.
  [/(\/(?:home|Users)\/)[^\s/"'<>]+/g, "$1[user]"],
  [/\b([a-z]:\\(?:Users|Documents and Settings)\\)[^\s\\"'<>]+/gi, "$1[user]"],
  // Host names: dotted lower-case names of three labels or more, or two ending in a known
  // top-level domain. Class names (com.example.Agent) keep their capitals and are kept.
  [
    /(?<![\w.@/-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){2,}[a-z][a-z0-9-]{1,62}\b(?![\w(.])/g,
    "[host]",
  ],
  [
    /(?<![\w.@/-])[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.(?:com|net|org|io|local|lan|internal|intranet|corp|home|example|test|cloud|dev|app|biz|info|de|uk|fr|nl|eu|us|ca|au|jp|cn|ru|in|br|ch|se|no|fi|dk|at|be|it|es|pl)\b(?![\w(.])/g,
    "[host]",
  ],
];

/** Masks every secret and identifying detail of one line. */
export function redactLine(line: string): string {
  let text = line;
  for (const [pattern, replacement] of REDACTIONS)
    text =
      typeof replacement === "string"
        ? text.replace(pattern, replacement)
        : text.replace(pattern, replacement);
  return text;
}

/** Log levels, error words and stack-trace headers: what makes a line worth reporting. */
const LOOKS_LIKE_ERROR =
  /\b(?:ERROR|ERR|WARN|WARNING|FATAL|SEVERE|CRIT|CRITICAL|ALERT|EMERG)\b|\b(?:errors?|fail(?:s|ed|ure|ing)?|exceptions?|denied|refused|invalid|timed? ?out|timeouts?|unable|cannot|can't|couldn't|could not|not found|unauthori[sz]ed|forbidden|rejected|expired|unreachable|disconnected|aborted|crash(?:ed)?|panic|fault)\b|^\s*(?:Caused by:|Traceback \(most recent call last\)|Exception in thread)|\b[\w$.]*(?:Exception|Error)\b/i;

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

/**
 * The report for a paste: the lines that look like errors (every line of a short paste), at most
 * `REPORT_MAX_LINES`, each redacted and cut to `REPORT_LINE_CHARS` characters.
 */
export function prepareReport(paste: string): Report {
  const kept: string[] = [];
  const short: string[] = [];
  let total = 0;
  let matching = 0;
  for (const whole of paste.split(/\r\n|\r|\n/)) {
    if (!whole.trim()) continue;
    const line = whole.slice(0, REPORT_LINE_CHARS * 2);
    total += 1;
    if (short.length <= SHORT_PASTE_LINES) short.push(line);
    if (!looksLikeError(line)) continue;
    matching += 1;
    if (kept.length < REPORT_MAX_LINES) kept.push(line);
  }
  const lines = total <= SHORT_PASTE_LINES ? short : kept;
  return {
    text: lines.map((line) => redactLine(line).slice(0, REPORT_LINE_CHARS)).join("\n"),
    kept: lines.length,
    total,
    truncated: total > SHORT_PASTE_LINES && matching > REPORT_MAX_LINES,
  };
}
