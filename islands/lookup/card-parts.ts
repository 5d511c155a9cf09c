/** Parts of a lookup result card: a quoted line, the fix, and the notes to read before it. */
import type { LookupHit } from "@/lib/lookup";
import { languageName } from "@/lib/site/format";
import { withBasePath } from "@/lib/site/paths";
import { LINK_CLASS } from "@/lib/site/styles";
import { h } from "./dom";
import type { EntryDetails } from "./protocol";

export function quote(line: number, text: string): HTMLPreElement {
  return h(
    "pre",
    { class: "mt-2 overflow-x-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-900" },
    h("span", { class: "select-none text-slate-700 dark:text-slate-300" }, `${line}: `),
    h("mark", { class: "bg-amber-200 text-slate-900 dark:bg-amber-700 dark:text-white" }, text),
  );
}

export function fix(details: EntryDetails | undefined): Node[] {
  if (!details)
    return [h("p", { class: "mt-3" }, "Open the entry for what it means and how to fix it.")];
  return [
    h("p", { class: "mt-3" }, details.description),
    h("p", { class: "mt-3 font-semibold" }, "How to fix it"),
    h(
      "ol",
      { class: "mt-1 list-decimal space-y-1 pl-6" },
      ...details.resolution.map((step) => h("li", {}, step)),
    ),
  ];
}

/** What the reader must know before following the fix: the language read, the product's end of life. */
export function notes(hit: LookupHit): Node[] {
  const out: Node[] = [];
  if (hit.languages) {
    out.push(
      h(
        "p",
        { class: "mt-1 text-sm", "data-languages": hit.languages.join(" ") },
        `Recognised in ${hit.languages.map(languageName).join(" or ")}; the entry is in English.`,
      ),
    );
  }
  const life = hit.lifecycle;
  if (life) {
    const since = life.since ? ` since ${life.since}` : "";
    // An entry's own <Lifecycle> is the entry's, and its entry says more; a product's is told
    // by its article's banner.
    const own = life.scope === "entry";
    out.push(
      h(
        "p",
        {
          class:
            "mt-2 rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-1 text-sm dark:bg-amber-950",
          "data-lifecycle": life.status,
          "data-lifecycle-scope": own ? "entry" : "product",
        },
        h("strong", {}, `${own ? "This entry" : hit.product} is ${life.status}${since}.`),
        life.note ? ` ${life.note}` : "",
        " ",
        own
          ? h("a", { href: withBasePath(hit.entry.url), class: LINK_CLASS }, "Read the entry")
          : h(
              "a",
              {
                href: withBasePath(`/articles/${hit.entry.article}/#lifecycle`),
                class: LINK_CLASS,
              },
              "What replaces it",
            ),
      ),
    );
  }
  return out;
}
