/**
 * Pastes from LARGE_PASTE_CHARS on stay out of the text box, which only previews them: laying out
 * a megabyte of text in a textarea blocks the page for hundreds of milliseconds by itself.
 */
import { formatCount } from "@/lib/site/format";
import { LOOKUP_HELP_ID, LOOKUP_LARGE_ID } from "@/lib/site/dom";
import { h } from "./dom";

export const LARGE_PASTE_CHARS = 100_000;
/** Lines of a large paste shown in the box. */
export const PREVIEW_LINES = 200;

/** The first `count` lines of `text`, and how many lines it has in all. */
export function preview(text: string, count: number): { head: string; lines: number } {
  let lines = 1;
  let cut = -1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    if (lines === count) cut = i;
    lines += 1;
  }
  return { head: cut === -1 ? text : text.slice(0, cut), lines };
}

/** Puts the preview in the box, read-only, with a note and a Clear button after it. */
export function showLargePaste(box: HTMLTextAreaElement, text: string, onClear: () => void): void {
  hideLargePaste(box);
  const { head, lines } = preview(text, PREVIEW_LINES);
  const clear = h(
    "button",
    {
      type: "button",
      class:
        "rounded border border-slate-400 px-2 py-1 hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800",
    },
    "Clear",
  );
  clear.addEventListener("click", onClear);
  const note = h(
    "p",
    {
      id: LOOKUP_LARGE_ID,
      role: "status",
      class: "mt-2 flex flex-wrap items-center gap-3 text-sm",
    },
    h(
      "span",
      {},
      `Large paste: ${formatCount(text.length / 1024)} KB, ${formatCount(lines)} lines. The box ` +
        `shows the first ${Math.min(PREVIEW_LINES, lines)} lines; the lookup reads the whole paste.`,
    ),
    clear,
  );
  box.after(note);
  box.value = head;
  box.readOnly = true;
  box.setAttribute("aria-describedby", `${LOOKUP_HELP_ID} ${LOOKUP_LARGE_ID}`);
}

export function hideLargePaste(box: HTMLTextAreaElement): void {
  document.getElementById(LOOKUP_LARGE_ID)?.remove();
  box.readOnly = false;
  box.setAttribute("aria-describedby", LOOKUP_HELP_ID);
}
