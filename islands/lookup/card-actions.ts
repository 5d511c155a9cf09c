/** The buttons under a result card: open the entry, copy its link, copy it as Markdown. */
import type { LookupHit } from "@/lib/lookup";
import { markdownEntryOf } from "@/lib/kb/markdown-entry";
import { COPY_LINK_ATTR, COPY_MARKDOWN_ATTR } from "@/lib/site/dom";
import { COPY_LINK_CLASS, LINK_CLASS } from "@/lib/site/styles";
import { h } from "./dom";
import type { EntryDetails } from "./protocol";

export function cardActions(
  hit: LookupHit,
  url: string,
  details: EntryDetails | undefined,
): HTMLDivElement {
  const { entry } = hit;
  return h(
    "div",
    { class: "mt-3 flex flex-wrap items-center gap-3" },
    h(
      "a",
      { href: url, class: LINK_CLASS },
      "Open the entry ",
      h("span", { class: "sr-only" }, entry.name),
    ),
    h(
      "button",
      {
        type: "button",
        [COPY_LINK_ATTR]: url,
        class: COPY_LINK_CLASS,
        "aria-label": `Copy link to ${entry.name}`,
      },
      h("span", { "aria-live": "polite" }, "Copy link"),
    ),
    details &&
      h(
        "button",
        {
          type: "button",
          [COPY_MARKDOWN_ATTR]: markdownEntryOf({ name: entry.name, url: entry.url, ...details }),
          class: COPY_LINK_CLASS,
          "aria-label": `Copy ${entry.name} as Markdown`,
        },
        h("span", { "aria-live": "polite" }, "Copy as Markdown"),
      ),
  );
}
