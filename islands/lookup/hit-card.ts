/** One lookup result as a card: its tier, the entry, the fix, and the lines it was found on. */
import type { LookupHit } from "@/lib/lookup";
import { COPY_LINK_ATTR } from "@/lib/site/dom";
import { withBasePath } from "@/lib/site/paths";
import { APPEARS_BADGE_CLASS, COPY_LINK_CLASS, LINK_CLASS, TONE_CLASS } from "@/lib/site/styles";
import { h } from "./dom";
import { type EntryDetails, QUOTED_LINES } from "./protocol";

const TIER_CLASS = {
  match: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  related: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100",
};

function quote(line: number, text: string): HTMLPreElement {
  return h(
    "pre",
    { class: "mt-2 overflow-x-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-900" },
    h("span", { class: "select-none text-slate-700 dark:text-slate-300" }, `${line}: `),
    h("mark", { class: "bg-amber-200 text-slate-900 dark:bg-amber-700 dark:text-white" }, text),
  );
}

function fix(details: EntryDetails | undefined): Node[] {
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
function notes(hit: LookupHit): Node[] {
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
    out.push(
      h(
        "p",
        {
          class:
            "mt-2 rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-1 text-sm dark:bg-amber-950",
          "data-lifecycle": life.status,
        },
        h("strong", {}, `${hit.product} is ${life.status}${since}.`),
        life.note ? ` ${life.note}` : "",
        " ",
        h(
          "a",
          { href: withBasePath(`/articles/${hit.entry.article}/#lifecycle`), class: LINK_CLASS },
          "What replaces it",
        ),
      ),
    );
  }
  return out;
}

function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function hitCard(
  hit: LookupHit,
  lines: Map<number, string>,
  details: EntryDetails | undefined,
): HTMLLIElement {
  const { entry } = hit;
  const match = hit.tier === "match";
  const titleId = `lookup-${hit.tier}-${entry.id}`;
  const url = withBasePath(entry.url);
  const foundOn =
    hit.lines.slice(0, 5).join(", ") +
    (hit.lines.length > 5 ? ` and ${hit.lines.length - 5} more` : "");
  return h(
    "li",
    {
      [match ? "data-match-id" : "data-related-id"]: entry.id,
      "aria-labelledby": titleId,
      class: `rounded-lg border p-4 ${match ? "border-emerald-600 dark:border-emerald-500" : "border-slate-300 dark:border-slate-700"}`,
    },
    h(
      "div",
      { class: "flex flex-wrap items-center gap-2" },
      h(
        "span",
        {
          class: `rounded px-2 py-0.5 text-xs font-semibold uppercase tracking-wide ${TIER_CLASS[hit.tier]}`,
        },
        match ? "Match" : "Related",
      ),
      h(
        "h3",
        { id: titleId, class: "text-lg font-semibold" },
        h(
          "a",
          { href: url, class: "text-blue-700 hover:underline dark:text-blue-300" },
          entry.name,
        ),
      ),
      h(
        "span",
        { class: `${APPEARS_BADGE_CLASS} ${TONE_CLASS[hit.surface.tone]}` },
        hit.surface.label,
      ),
    ),
    h(
      "p",
      { class: "mt-1 text-sm text-slate-600 dark:text-slate-400" },
      `${hit.product} · in `,
      h("a", { href: url.split("#")[0], class: "underline" }, entry.articleTitle),
      ` · found on line ${foundOn}`,
    ),
    ...notes(hit),
    ...hit.lines.slice(0, QUOTED_LINES).map((n) => quote(n, lines.get(n) ?? "")),
    ...fix(details),
    h(
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
    ),
  );
}
