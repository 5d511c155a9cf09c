/**
 * Sharing a result: a button that copies a link holding only the matched entry ids
 * (`/#match=a,b`), and the note a shared link's result opens with. The pasted text is never part
 * of the link: the ids come from the result, not from the paste.
 */
import { sharedFragment } from "@/lib/site/shared-link";
import { COPY_LINK_ATTR } from "@/lib/site/dom";
import { withBasePath } from "@/lib/site/paths";
import { COPY_LINK_CLASS } from "@/lib/site/styles";
import { h } from "./dom";
import type { SharedNote } from "./protocol";

/** Copies the result's link; the copy-link island does the copying, as for entry links. */
export function shareButton(ids: string[]): HTMLButtonElement {
  return h(
    "button",
    {
      type: "button",
      [COPY_LINK_ATTR]: withBasePath(`/#${sharedFragment(ids)}`),
      class: COPY_LINK_CLASS,
      "aria-label": "Copy a link to this result (it holds the entry ids only, not your text)",
      "data-share-result": "",
    },
    h("span", { "aria-live": "polite" }, "Share this result"),
  );
}

const list = (ids: string[]) => ids.map((id) => `“${id}”`).join(", ");

export function sharedNote(note: SharedNote, found: number): HTMLDivElement {
  return h(
    "div",
    {
      role: "note",
      "data-shared-result": "",
      class: "mb-3 rounded border border-sky-600 bg-sky-50 p-3 dark:bg-sky-950",
    },
    h("strong", {}, "Shared result."),
    ` Someone shared ${found === 1 ? "this entry" : "these entries"} as a link. The link holds ` +
      "entry ids only; the text they looked up is not part of it. Paste your own error above to " +
      "look it up.",
    note.renamed.length > 0 &&
      h(
        "p",
        { class: "mt-1", "data-shared-renamed": "" },
        note.renamed.map(([old, now]) => `“${old}” is now “${now}”.`).join(" "),
      ),
    note.unknown.length > 0 &&
      h(
        "p",
        { class: "mt-1", "data-shared-unknown": note.unknown.join(" ") },
        `Not found: ${list(note.unknown)}. No entry has ${note.unknown.length === 1 ? "this id" : "these ids"}, now or formerly.`,
      ),
  );
}
