/** One lookup result as a card: its tier, the entry, why it matched, the fix, and its lines. */
import type { LookupHit } from "@/lib/lookup";
import { withBasePath } from "@/lib/site/paths";
import { APPEARS_BADGE_CLASS, TONE_CLASS } from "@/lib/site/styles";
import { cardActions } from "./card-actions";
import { fix, notes, quote } from "./card-parts";
import { h } from "./dom";
import { type EntryDetails, QUOTED_LINES } from "./protocol";
import { whyLine } from "./why-line";

const TIER_CLASS = {
  match: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  related: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100",
};

/** "found on line 3, 7", or nothing for a shared result, which has no paste. */
function foundOn(hit: LookupHit): string {
  if (hit.lines.length === 0) return "";
  const more = hit.lines.length > 5 ? ` and ${hit.lines.length - 5} more` : "";
  return ` · found on line ${hit.lines.slice(0, 5).join(", ")}${more}`;
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
      foundOn(hit),
    ),
    ...notes(hit),
    whyLine(hit),
    ...hit.lines.slice(0, QUOTED_LINES).map((n) => quote(n, lines.get(n) ?? "")),
    ...fix(details),
    cardActions(hit, url, details),
  );
}
