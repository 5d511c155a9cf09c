/**
 * An entry as Markdown, for pasting into a ticket: its name, its permanent link, its description
 * and its numbered steps. Pure; the article page, the lookup's result cards and the CLI all use
 * `entryMarkdown`, so the three copy the same text.
 */

/** What the Markdown is built from: the entry's name and URL, and its text as Markdown. */
export type MarkdownEntry = {
  name: string;
  /** Site-relative URL of the entry, ending in `#id`. */
  url: string;
  /** The description, as inline Markdown (paragraphs separated by blank lines). */
  descriptionMarkdown: string;
  /** Each step, as one line of inline Markdown. */
  resolutionMarkdown: string[];
};

/** Characters that are Markdown syntax anywhere in a line. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~]/g;
/** Something that looks like an HTML entity: `&amp;`, `&#38;`. */
const ENTITY = /&(?=#?[a-z0-9]+;)/gi;
/** What would open a block at the start of a line: a heading, quote, list item or rule. */
const BLOCK_START = /^(\s*)(?:(#{1,6}|[-+=]+)(?=\s|$)|(\d{1,9})(?=[.)](?:\s|$)))/;

/** Escapes the characters of plain text that Markdown reads as inline syntax. */
export function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIAL, (c) => `\\${c}`).replace(ENTITY, "\\&");
}

/** Escapes what would make a line of Markdown open a block: `# `, `- `, `1. `, `===`. */
export function escapeBlockStart(line: string): string {
  return line.replace(BLOCK_START, (_, space: string, mark?: string, digits?: string) =>
    digits === undefined ? `${space}\\${mark ?? ""}` : `${space}${digits}\\`,
  );
}

/** Escapes plain text so that it reads as itself in any CommonMark or GFM renderer. */
export function escapeMarkdown(text: string): string {
  return text
    .split("\n")
    .map((line) => escapeBlockStart(escapeInline(line)))
    .join("\n");
}

/** A code span that holds `code` whatever backticks it contains. */
export function codeSpan(code: string): string {
  const runs = code.match(/`+/g) ?? [];
  const fence = "`".repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = code.startsWith("`") || code.endsWith("`") || /^ .* $/.test(code) ? " " : "";
  return `${fence}${pad}${code}${pad}${fence}`;
}

/** The destination of a link, written so that spaces and parentheses cannot end it early. */
export function linkDestination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}

/** Site-root links (`](/articles/…)`) made absolute against `site`; escaped brackets are text. */
function absoluteLinks(markdown: string, site: string): string {
  return site ? markdown.replace(/(?<!\\)\]\((<?)\//g, `]($1${site}/`) : markdown;
}

export type EntryMarkdownOptions = {
  /**
   * Origin and base path the site is served from, such as `https://kb.example.com/kb`; the link
   * and the entry's own site links become absolute. Empty: links stay site-relative.
   */
  site?: string;
};

/** The entry as Markdown: bold name, permanent link, description, steps numbered 1., 2., … */
export function entryMarkdown(entry: MarkdownEntry, options: EntryMarkdownOptions = {}): string {
  const site = (options.site ?? "").replace(/\/+$/, "");
  const url = `${site}${entry.url}`;
  const link = /^https?:\/\//.test(url) ? `<${url}>` : escapeMarkdown(url);
  const steps = entry.resolutionMarkdown.map(
    (step, i) => `${i + 1}. ${absoluteLinks(step, site).replace(/\s*\n\s*/g, " ")}`,
  );
  return [
    `**${escapeMarkdown(entry.name)}**`,
    `Permanent link: ${link}`,
    absoluteLinks(entry.descriptionMarkdown, site),
    "How to fix it:",
    steps.join("\n"),
  ]
    .filter(Boolean)
    .join("\n\n");
}
