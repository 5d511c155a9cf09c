import type { ReactNode } from "react";
import type { Surface } from "@/lib/kb/model";
import { FORMER_ID_ATTR } from "@/lib/site/dom";
import { AppearsBadge } from "./appears-badge";
import { CopyLinkButton } from "./copy-link-button";
import { CopyMarkdownButton } from "./copy-markdown-button";
import type { MarkdownEntry } from "@/lib/kb/markdown";

export type ErrorEntryCardProps = {
  id: string;
  name: string;
  /** Where the entry appears: one of its product's surfaces. */
  surface: Surface;
  messages: string[];
  formerly?: string[];
  /** Path of the article page, base path included, such as `/kb/articles/x/`. */
  articlePath: string;
  /** The entry as "Copy as Markdown" copies it; absent, the card has no such button. */
  markdown?: MarkdownEntry;
  children: ReactNode;
};

/** One documented error: its anchor, where it appears, the verbatim message, and the fix. */
export function ErrorEntryCard({
  id,
  name,
  surface,
  messages,
  formerly = [],
  articlePath,
  markdown,
  children,
}: ErrorEntryCardProps) {
  const headingId = `${id}-title`;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className="entry-card my-8 scroll-mt-4 rounded-lg border border-slate-300 p-5 shadow-sm dark:border-slate-700"
    >
      {formerly.map((old) => (
        <span key={old} id={old} aria-hidden="true" {...{ [FORMER_ID_ATTR]: id }} />
      ))}
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="!mt-0 !mb-1 text-xl font-semibold">
          <a href={`#${id}`} className="!text-inherit !no-underline hover:!underline">
            {name}
          </a>
        </h3>
        <div className="flex flex-wrap gap-2">
          <CopyLinkButton href={`${articlePath}#${id}`} label={name} />
          {markdown ? <CopyMarkdownButton entry={markdown} /> : null}
        </div>
      </div>
      <p className="!my-1 text-sm text-slate-600 dark:text-slate-300">
        <span className="sr-only">Appears in: </span>
        <AppearsBadge surface={surface} />
        <span className="ml-2 font-mono text-xs">#{id}</span>
      </p>
      <div className="mt-3">
        <p className="!my-1 text-sm font-medium">
          {messages.length === 1 ? "Message" : "Messages"} shown in the{" "}
          {surface.label.toLowerCase()}:
        </p>
        {messages.map((message) => (
          <blockquote
            key={message}
            className="my-1 border-l-4 border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm dark:border-slate-500 dark:bg-slate-900"
          >
            {message}
          </blockquote>
        ))}
      </div>
      <div className="mt-3">{children}</div>
    </section>
  );
}
