import type { MarkdownEntry } from "@/lib/kb/markdown";
import { markdownEntryOf } from "@/lib/kb/markdown-entry";
import { COPY_MARKDOWN_ATTR } from "@/lib/site/dom";
import { COPY_LINK_CLASS } from "@/lib/site/styles";

export type CopyMarkdownButtonProps = { entry: MarkdownEntry };

/**
 * Copies the entry as Markdown for a ticket: name, permanent link, description and steps. The
 * copy-markdown island (`islands/copy-markdown.ts`) gives it its behaviour.
 */
export function CopyMarkdownButton({ entry }: CopyMarkdownButtonProps) {
  return (
    <button
      type="button"
      {...{ [COPY_MARKDOWN_ATTR]: markdownEntryOf(entry) }}
      className={COPY_LINK_CLASS}
      aria-label={`Copy ${entry.name} as Markdown`}
    >
      <span aria-live="polite">Copy as Markdown</span>
    </button>
  );
}
