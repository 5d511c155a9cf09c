/**
 * The contract between the preview server (`scripts/dev.ts`) and the pages it serves: where the
 * pages listen for changes, what each message holds, and its check in the browser (no zod there).
 * Only `npm run dev` uses it; a build never renders the preview's island.
 */
import { jsonObject } from "@/lib/kb/json-object";

/** Server-Sent Events the preview sends the open pages: the state now, then one per change. */
export const PREVIEW_EVENTS_PATH = "/__preview/events";

/** On `<body>` in the preview: the version of the content the page was rendered from. */
export const CONTENT_VERSION_ATTR = "data-content-version";

/** On `<html>` in the preview, for the writer's tools and the tests: "connected", "problems". */
export const PREVIEW_STATUS_ATTR = "data-preview-status";

/** The overlay that lists the content's problems. */
export const PREVIEW_OVERLAY_ID = "content-problems";

/** One line of the source around a problem, as a code frame shows it. */
export type FrameLine = { line: number; text: string; marked: boolean };

/** A content problem as the build reports it, with the lines around it. */
export type PreviewIssue = {
  file: string;
  line?: number;
  column?: number;
  message: string;
  /** The line the build prints for it: `file:line:column: message`. */
  text: string;
  frame: FrameLine[];
};

/**
 * The content's state: the version of the knowledge base the pages should show (the last one
 * that had no problems) and the problems of the files as they are now (none when all is well),
 * under the heading the build prints above them.
 */
export type PreviewState = { version: string; heading: string; issues: PreviewIssue[] };

const isNumber = (v: unknown): v is number => typeof v === "number";
const isString = (v: unknown): v is string => typeof v === "string";

function isFrameLine(v: unknown): v is FrameLine {
  return (
    typeof v === "object" &&
    v !== null &&
    isNumber(Reflect.get(v, "line")) &&
    isString(Reflect.get(v, "text")) &&
    typeof Reflect.get(v, "marked") === "boolean"
  );
}

function isIssue(v: unknown): v is PreviewIssue {
  if (typeof v !== "object" || v === null) return false;
  const get = (key: string): unknown => Reflect.get(v, key);
  const optionalNumber = (value: unknown) => value === undefined || isNumber(value);
  const frame = get("frame");
  return (
    isString(get("file")) &&
    isString(get("message")) &&
    isString(get("text")) &&
    optionalNumber(get("line")) &&
    optionalNumber(get("column")) &&
    Array.isArray(frame) &&
    frame.every(isFrameLine)
  );
}

/** Reads one message of the preview's events, or undefined when it is not one. */
export function readPreviewState(json: string): PreviewState | undefined {
  const data = jsonObject(json);
  if (!data) return undefined;
  const version: unknown = Reflect.get(data, "version");
  const heading: unknown = Reflect.get(data, "heading");
  const issues: unknown = Reflect.get(data, "issues");
  if (!isString(version) || !isString(heading)) return undefined;
  if (!Array.isArray(issues) || !issues.every(isIssue)) return undefined;
  return { version, heading, issues };
}
