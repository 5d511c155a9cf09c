/**
 * The data a "Copy as Markdown" button carries, and its check when read back from the page.
 * Kept apart from the builder so the article page's island needs nothing else.
 */
import { jsonObject } from "./json-object";
import type { MarkdownEntry } from "./markdown";

export function markdownEntryOf(entry: MarkdownEntry): string {
  const { name, url, descriptionMarkdown, resolutionMarkdown } = entry;
  return JSON.stringify({ name, url, descriptionMarkdown, resolutionMarkdown });
}

const isString = (v: unknown): v is string => typeof v === "string";

/** Reads a button's data back, or undefined when it is not in the expected shape. */
export function readMarkdownEntry(json: string): MarkdownEntry | undefined {
  const data = jsonObject(json);
  if (!data) return undefined;
  const name: unknown = Reflect.get(data, "name");
  const url: unknown = Reflect.get(data, "url");
  const descriptionMarkdown: unknown = Reflect.get(data, "descriptionMarkdown");
  const resolutionMarkdown: unknown = Reflect.get(data, "resolutionMarkdown");
  if (!isString(name) || !isString(url) || !isString(descriptionMarkdown)) return undefined;
  if (!Array.isArray(resolutionMarkdown) || !resolutionMarkdown.every(isString)) return undefined;
  return { name, url, descriptionMarkdown, resolutionMarkdown };
}
