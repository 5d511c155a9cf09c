/**
 * "Why this matched", folded under the card: the documented phrase that decided, its words found
 * in the line highlighted, and how completely they were found, in words.
 */
import type { LookupHit } from "@/lib/lookup";
import { kindLabel } from "@/lib/kb/phrase-kind";
import { h } from "./dom";

const MARK_CLASS =
  "rounded-sm bg-amber-200 px-0.5 text-slate-900 dark:bg-amber-700 dark:text-white";

export function whyLine(hit: LookupHit): HTMLDetailsElement | null {
  const why = hit.why;
  if (!why) return null;
  const words: Node[] = [];
  why.words.forEach((word, i) => {
    if (i > 0) words.push(document.createTextNode(" "));
    words.push(
      word.found ? h("mark", { class: MARK_CLASS }, word.text) : document.createTextNode(word.text),
    );
  });
  return h(
    "details",
    { class: "mt-2 text-sm", "data-why": why.kind },
    h(
      "summary",
      { class: "cursor-pointer text-slate-700 dark:text-slate-300" },
      "Why this matched",
    ),
    h(
      "p",
      { class: "mt-1" },
      `Its ${kindLabel(why.kind)} “`,
      h("span", { "data-why-phrase": "" }, ...words),
      `”: ${why.summary}.`,
      h("span", { class: "sr-only" }, " Highlighted words were found in the line."),
    ),
  );
}
