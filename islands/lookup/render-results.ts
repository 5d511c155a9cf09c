/**
 * The answer to a paste, as DOM: confident matches, then related entries, or an honest
 * "nothing". Text goes in as text nodes only, so a pasted payload can never run.
 */
import type { LookupHit, Report } from "@/lib/lookup";
import { formatCount } from "@/lib/site/format";
import { withBasePath } from "@/lib/site/paths";
import { LINK_CLASS } from "@/lib/site/styles";
import { h } from "./dom";
import { hitCard } from "./hit-card";
import type { LookupAnswer } from "./protocol";
import { type Contact, reportOffer } from "./report";
import { shareButton, sharedNote } from "./share";

/**
 * What the page knows beside the answer: the knowledge base's contact for reports, and how to ask
 * the worker for the report of a run's paste.
 */
export type RenderContext = { contact: Contact; prepareReport: (run: number) => Promise<Report> };

function cards(hits: LookupHit[], answer: LookupAnswer): HTMLUListElement {
  return h(
    "ul",
    { class: "space-y-4" },
    ...hits.map((hit) => hitCard(hit, answer.lines, answer.details.get(hit.entry.id))),
  );
}

function truncated({ result }: LookupAnswer): Node | null {
  if (result.linesRead >= result.linesTotal) return null;
  return h(
    "p",
    {
      role: "status",
      class: "mb-3 rounded border border-amber-500 bg-amber-50 p-3 dark:bg-amber-950",
    },
    `Paste too large: showing results for the first ${formatCount(result.linesRead)} of ` +
      `${formatCount(result.linesTotal)} lines. Paste the rest separately to check it.`,
  );
}

/**
 * One note per name that several products document, when the paste does not say which product
 * it comes from: every one is shown, and the note says why.
 */
function ambiguities({ result }: LookupAnswer): Node[] {
  return result.ambiguous.map((group) =>
    h(
      "p",
      {
        role: "note",
        "data-ambiguous": group.ids.join(" "),
        class: "mb-3 rounded border border-sky-600 bg-sky-50 p-3 dark:bg-sky-950",
      },
      h("strong", {}, `“${group.name}” is documented for ${group.products.length} products`),
      `: ${group.products.join(", ")}. The paste does not say which one it comes from, so each is ` +
        "shown below. Choose a product to narrow it down.",
    ),
  );
}

function matches(answer: LookupAnswer, context: RenderContext): Node[] {
  const found = answer.result.matches;
  if (found.length > 0) {
    return [
      h(
        "div",
        { class: "mb-2 flex flex-wrap items-center justify-between gap-2" },
        h(
          "h3",
          { class: "text-lg font-semibold" },
          found.length === 1
            ? "1 documented error found"
            : `${found.length} documented errors found`,
        ),
        shareButton(found.map((hit) => hit.entry.id)),
      ),
      ...ambiguities(answer),
      cards(found, answer),
    ];
  }
  if (answer.shared) return [];
  return [
    h(
      "div",
      { class: "rounded-lg border border-slate-300 p-4 dark:border-slate-700" },
      h("h3", { class: "text-lg font-semibold" }, "No documented error matches"),
      h(
        "p",
        { class: "mt-1" },
        "Nothing in this paste matches a documented error closely enough. You can:",
      ),
      h(
        "ul",
        { class: "mt-1 list-disc pl-6" },
        h("li", {}, "paste the whole line or message, exactly as the software printed it;"),
        h(
          "li",
          {},
          "browse the ",
          h("a", { href: withBasePath("/#articles"), class: LINK_CLASS }, "article list"),
          ".",
        ),
      ),
      answer.reportable && reportOffer(() => context.prepareReport(answer.run), context.contact),
    ),
  ];
}

function related(answer: LookupAnswer): Node[] {
  const found = answer.result.related;
  if (found.length === 0) return [];
  return [
    h("h3", { class: "mt-6 mb-2 text-lg font-semibold" }, "Related entries, worth a look"),
    cards(found, answer),
  ];
}

export function renderAnswer(answer: LookupAnswer, context: RenderContext): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const shared = answer.shared && sharedNote(answer.shared, answer.result.matches.length);
  fragment.append(
    ...[shared, truncated(answer), ...matches(answer, context), ...related(answer)].filter(
      (n) => n !== null && n !== undefined,
    ),
  );
  return fragment;
}
