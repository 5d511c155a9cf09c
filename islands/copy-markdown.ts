/**
 * Island: "Copy as Markdown" buttons put an entry on the clipboard as Markdown for a ticket (its
 * name, permanent link, description and numbered steps). One listener on the document serves the
 * article's buttons and those the lookup renders later.
 */
import { entryMarkdown } from "@/lib/kb/markdown";
import { readMarkdownEntry } from "@/lib/kb/markdown-entry";
import { COPY_MARKDOWN_ATTR } from "@/lib/site/dom";
import { BASE_PATH } from "@/lib/site/paths";

const LABELS = {
  idle: "Copy as Markdown",
  copied: "Markdown copied",
  failed: "Copy failed",
} as const;

function show(button: HTMLElement, state: keyof typeof LABELS): void {
  const live = button.querySelector("[aria-live]") ?? button;
  live.textContent = LABELS[state];
}

document.addEventListener("click", (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const button = target?.closest<HTMLElement>(`button[${COPY_MARKDOWN_ATTR}]`);
  const entry = readMarkdownEntry(button?.getAttribute(COPY_MARKDOWN_ATTR) ?? "");
  if (!button || !entry) return;
  const markdown = entryMarkdown(entry, { site: `${window.location.origin}${BASE_PATH}` });
  navigator.clipboard.writeText(markdown).then(
    () => show(button, "copied"),
    () => show(button, "failed"),
  );
  window.setTimeout(() => show(button, "idle"), 2500);
});
