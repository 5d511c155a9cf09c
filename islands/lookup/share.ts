/**
 * Sharing a result: a button that copies a link holding only the matched entry ids
 * (`/#match=a,b`), and the note a shared link's result opens with. The pasted text is never part
 * of the link: the ids come from the result, not from the paste.
 */
import { SHARED_MAX_IDS, sharedLink } from "@/lib/site/shared-link";
import { COPY_LINK_ATTR } from "@/lib/site/dom";
import { withBasePath } from "@/lib/site/paths";
import { COPY_LINK_CLASS } from "@/lib/site/styles";
import { h } from "./dom";
import type { SharedNote } from "./protocol";

/**
 * Copies the result's link; the copy-link island does the copying, as for entry links. A link
 * holds at most `SHARED_MAX_IDS` entries, and a result with more says the link has the first.
 */
export function shareButton(ids: string[]): HTMLButtonElement {
  const link = sharedLink(ids);
  const cut =
    link.dropped > 0 ? ` (the first ${link.kept} of ${link.kept + link.dropped} entries)` : "";
  return h(
    "button",
    {
      type: "button",
      [COPY_LINK_ATTR]: withBasePath(`/#${link.fragment}`),
      class: COPY_LINK_CLASS,
      "aria-label": `Copy a link to this result${cut} (it holds the entry ids only, not your text)`,
      "data-share-result": "",
      ...(link.dropped > 0 ? { "data-share-dropped": String(link.dropped) } : {}),
    },
    h("span", { "aria-live": "polite" }, `Share this result${cut}`),
  );
}

const list = (ids: string[]) => ids.map((id) => `“${id}”`).join(", ");

export function sharedNote(note: SharedNote, found: number): HTMLDivElement {
  const { overLimit = 0, notIds = 0 } = note;
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
    overLimit > 0 &&
      h(
        "p",
        { class: "mt-1", "data-shared-dropped": String(overLimit) },
        `The link names ${SHARED_MAX_IDS + overLimit} entries; a shared result shows at most ` +
          `${SHARED_MAX_IDS}, so the last ${overLimit} ${overLimit === 1 ? "is" : "are"} not shown.`,
      ),
    notIds > 0 &&
      h(
        "p",
        { class: "mt-1", "data-shared-not-ids": String(notIds) },
        notIds === 1
          ? "1 part of the link is not an entry id and was left out."
          : `${notIds} parts of the link are not entry ids and were left out.`,
      ),
  );
}
