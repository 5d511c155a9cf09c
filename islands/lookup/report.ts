/**
 * "Prepare a report for the knowledge-base writers", offered when nothing matches: the paste's
 * error lines, redacted in the worker (which loads the redaction module on this first use), in a
 * box the reader reviews, may edit, and copies. Nothing is sent; when the knowledge base declares
 * a contact, a mailto: or new-issue link is prefilled with the report's text only.
 */
import type { Report } from "@/lib/lookup";
import { COPY_LINK_CLASS, LINK_CLASS } from "@/lib/site/styles";
import { h } from "./dom";

export type Contact = { email?: string; issues?: string };

/** Characters of the report a prefilled link carries: mail clients and trackers cap URLs. */
const LINK_BODY_CHARS = { email: 1800, issues: 6000 };
const TITLE = "Undocumented error";
const INTRO = "This error is not documented in the knowledge base:\n\n";

function body(text: string, max: number): string {
  const whole = `${INTRO}${text}`;
  return whole.length <= max ? whole : `${whole.slice(0, max)}\n[cut]`;
}

function contactLinks(contact: Contact, box: HTMLTextAreaElement): Node[] {
  const links: [HTMLAnchorElement, (text: string) => string][] = [];
  const { email, issues } = contact;
  if (email) {
    const link = h("a", { class: LINK_CLASS, "data-report-email": "" }, "Send it by e-mail");
    links.push([
      link,
      (text) =>
        `mailto:${email}?subject=${encodeURIComponent(TITLE)}&body=${encodeURIComponent(body(text, LINK_BODY_CHARS.email))}`,
    ]);
  }
  if (issues) {
    const link = h(
      "a",
      { class: LINK_CLASS, target: "_blank", rel: "noopener noreferrer", "data-report-issue": "" },
      "Open an issue",
    );
    const join = issues.includes("?") ? "&" : "?";
    links.push([
      link,
      (text) =>
        `${issues}${join}title=${encodeURIComponent(TITLE)}&body=${encodeURIComponent(body(text, LINK_BODY_CHARS.issues))}`,
    ]);
  }
  const update = () => {
    for (const [link, href] of links) link.href = href(box.value);
  };
  update();
  box.addEventListener("input", update);
  return links.map(([link]) => link);
}

function copyButton(box: HTMLTextAreaElement): HTMLButtonElement {
  const label = h("span", { "aria-live": "polite" }, "Copy the report");
  const button = h("button", { type: "button", class: COPY_LINK_CLASS }, label);
  button.addEventListener("click", () => {
    navigator.clipboard.writeText(box.value).then(
      () => (label.textContent = "Report copied"),
      () => (label.textContent = "Copy failed"),
    );
    window.setTimeout(() => (label.textContent = "Copy the report"), 2500);
  });
  return button;
}

/** What a report masks, in the words the panel uses. */
const MASKED =
  "passwords, keys and tokens, private keys, user, machine, domain and tenant names, e-mail " +
  "addresses, IP and MAC addresses, phone numbers and the credentials in addresses";

function reportPanel(report: Report, contact: Contact, id: string): HTMLElement {
  const boxId = `${id}-text`;
  const box = h("textarea", {
    id: boxId,
    rows: String(Math.min(12, Math.max(3, report.kept + 1))),
    spellcheck: "false",
    class:
      "mt-1 w-full rounded border border-slate-400 bg-white p-2 font-mono text-xs text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100",
  });
  box.value = report.text;
  const kept = report.truncated
    ? `the first ${report.kept} lines that look like errors`
    : `${report.kept} of ${report.total} lines`;
  return h(
    "section",
    { id, "aria-labelledby": `${id}-title`, class: "mt-3", "data-report": "" },
    h("h4", { id: `${id}-title`, class: "font-semibold" }, "Report for the knowledge-base writers"),
    h(
      "p",
      { class: "mt-1 text-sm" },
      `Nothing has been sent. It keeps ${kept}, with ${MASKED} masked. Review it, edit it if ` +
        "you like (a name the rules missed, say), then copy it.",
    ),
    h("label", { for: boxId, class: "mt-2 block text-sm font-medium" }, "Report"),
    box,
    h(
      "div",
      { class: "mt-2 flex flex-wrap items-center gap-3" },
      copyButton(box),
      ...contactLinks(contact, box),
    ),
  );
}

/** The panel while the worker prepares the report, or when it could not. */
function placeholder(id: string, text: string, failed: boolean): HTMLElement {
  return h(
    "section",
    { id, class: "mt-3", "data-report": "", "aria-busy": String(!failed) },
    h(
      "p",
      failed
        ? { role: "alert", class: "text-sm text-red-700 dark:text-red-300" }
        : { role: "status", class: "text-sm" },
      text,
    ),
  );
}

/**
 * The button that prepares the report, and the panel it opens below itself. `prepare` asks the
 * worker for the report; it runs on the first click only.
 */
export function reportOffer(prepare: () => Promise<Report>, contact: Contact): HTMLDivElement {
  const id = "lookup-report";
  const button = h(
    "button",
    {
      type: "button",
      class: `${COPY_LINK_CLASS} mt-3`,
      "aria-expanded": "false",
      "aria-controls": id,
    },
    "Prepare a report for the knowledge-base writers",
  );
  const holder = h("div", {}, button);
  let prepared: Promise<Report> | undefined;
  const show = (panel: HTMLElement) => {
    holder.querySelector("[data-report]")?.remove();
    holder.append(panel);
  };
  button.addEventListener("click", () => {
    const open = button.getAttribute("aria-expanded") === "true";
    button.setAttribute("aria-expanded", String(!open));
    if (open) {
      button.removeAttribute("aria-controls");
      holder.querySelector("[data-report]")?.remove();
      return;
    }
    button.setAttribute("aria-controls", id);
    show(placeholder(id, "Preparing the report…", false));
    prepared ??= prepare();
    prepared.then(
      (report) => {
        if (button.getAttribute("aria-expanded") !== "true") return;
        const panel = reportPanel(report, contact, id);
        show(panel);
        panel.querySelector("textarea")?.focus();
      },
      (error: unknown) => {
        prepared = undefined;
        if (button.getAttribute("aria-expanded") !== "true") return;
        const message = error instanceof Error ? error.message : String(error);
        show(
          placeholder(
            id,
            `The report could not be prepared: ${message}. Close this and try again, or reload the page.`,
            true,
          ),
        );
      },
    );
  });
  return holder;
}
