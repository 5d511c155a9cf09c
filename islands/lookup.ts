/**
 * Island on the home page: the error lookup. It enhances the server-rendered box and results
 * container; matching runs in a Web Worker, started when someone shows intent to use it, so
 * neither a page load nor a megabyte paste waits on it. The text stays in this page and its
 * worker: nothing is sent or stored. A shared result's link (`/#match=a,b`) holds entry ids only.
 */
import { readSharedFragment } from "@/lib/site/shared-link";
import {
  LOOKUP_ANNOUNCE_ID,
  LOOKUP_CONTACT_EMAIL_ATTR,
  LOOKUP_CONTACT_ISSUES_ATTR,
  LOOKUP_INPUT_ID,
  LOOKUP_PRODUCT_ID,
  LOOKUP_REDACT_ATTR,
  LOOKUP_RESULTS_ID,
  LOOKUP_WORKER_ATTR,
} from "@/lib/site/dom";
import { h } from "./lookup/dom";
import { hideLargePaste, LARGE_PASTE_CHARS, showLargePaste } from "./lookup/large-paste";
import type { LookupAnswer } from "./lookup/protocol";
import { type RenderContext, renderAnswer } from "./lookup/render-results";
import { WorkerClient } from "./lookup/worker-client";

type Status = "idle" | "searching" | "done" | "error";

type Modules = { worker: string; redact: string };

function setup(
  box: HTMLTextAreaElement,
  results: HTMLElement,
  modules: Modules,
  contact: RenderContext["contact"],
): void {
  const client = new WorkerClient(modules.worker);
  const context: RenderContext = {
    contact,
    prepareReport: (run) => client.report(run, modules.redact),
  };
  const announce = document.getElementById(LOOKUP_ANNOUNCE_ID);
  const filter = document.getElementById(LOOKUP_PRODUCT_ID);
  // A menu of the products, or past a hundred of them a text box for a product's name.
  const product = () =>
    ((filter instanceof HTMLSelectElement || filter instanceof HTMLInputElement) &&
      filter.value.trim()) ||
    undefined;
  let generation = 0;
  let last = "";

  function show(status: Status, length: number, content?: Node, shared = false): void {
    if (content) results.replaceChildren(content);
    results.setAttribute("aria-busy", String(status === "searching"));
    results.dataset.lookupLength = String(length);
    results.dataset.lookupStatus = status;
    if (shared) results.dataset.lookupShared = "";
    else if (content) delete results.dataset.lookupShared;
  }

  /** Runs one request to the worker and shows its answer, unless a newer one superseded it. */
  async function answer(length: number, ask: () => Promise<LookupAnswer | undefined>) {
    generation += 1;
    const mine = generation;
    results.querySelector("[data-searching]")?.remove();
    results.prepend(
      h(
        "p",
        { "data-searching": "", class: "text-sm text-slate-600 dark:text-slate-400" },
        "Searching…",
      ),
    );
    show("searching", Number(results.dataset.lookupLength ?? 0));
    try {
      const found = await ask();
      if (!found || mine !== generation) return;
      const { matches, related } = found.result;
      if (announce)
        announce.textContent = found.shared
          ? `Shared result: ${matches.length} entries`
          : `${matches.length} documented errors found, ${related.length} related`;
      show("done", length, renderAnswer(found, context), found.shared !== undefined);
    } catch (error) {
      if (mine !== generation) return;
      const message = error instanceof Error ? error.message : String(error);
      show(
        "error",
        length,
        h(
          "p",
          { role: "alert", class: "text-red-700 dark:text-red-300" },
          `The lookup could not run: ${message}. Reload the page to try again.`,
        ),
      );
    }
  }

  /**
   * A shared link's entries; its ids are all the page reads from the address. What the page
   * dropped (too many ids, parts that are no id) is added to the worker's note, so it says so.
   */
  function openShared(): void {
    const link = readSharedFragment(window.location.hash);
    if (!link || box.value) return;
    const { ids, overLimit, notIds } = link;
    void answer(0, async () => {
      const found = await client.shared(ids);
      return found?.shared ? { ...found, shared: { ...found.shared, overLimit, notIds } } : found;
    });
  }

  /** A new paste replaces a shared result: the address stops claiming one. It never takes text. */
  function leaveShared(): void {
    if (readSharedFragment(window.location.hash) === undefined) return;
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, "", `${pathname}${search}`);
  }

  async function search(text: string): Promise<void> {
    last = text;
    if (text) leaveShared();
    if (!text.trim()) {
      generation += 1;
      if (announce) announce.textContent = "";
      show("done", text.length, document.createDocumentFragment());
      return;
    }
    await answer(text.length, () => client.run(text, product()));
  }

  const warm = () => client.warm();
  box.addEventListener("focus", warm);
  box.addEventListener("pointerenter", warm);
  box.addEventListener("input", () => void search(box.value));
  filter?.addEventListener("change", () => void search(last));
  box.addEventListener("paste", (event) => {
    const pasted = event.clipboardData?.getData("text/plain") ?? "";
    const whole =
      box.value.slice(0, box.selectionStart) + pasted + box.value.slice(box.selectionEnd);
    if (whole.length < LARGE_PASTE_CHARS) return;
    event.preventDefault();
    showLargePaste(box, whole, () => {
      hideLargePaste(box);
      box.value = "";
      void search("");
      box.focus();
    });
    void search(whole);
  });

  // Honour /#lookup from the keyboard shortcut on other pages. The browser's own scroll to the
  // fragment can land after the first attempt, so it tries again until the box has focus.
  let tries = 0;
  const focus = () => {
    if (window.location.hash !== "#lookup" || document.activeElement === box) return;
    box.focus();
    if (++tries < 10) window.setTimeout(focus, 100);
  };
  focus();
  window.addEventListener("hashchange", () => {
    tries = 0;
    focus();
    openShared();
  });
  // Text typed before this script ran is looked up now; else a shared link's entries are shown.
  if (box.value) void search(box.value);
  else openShared();
}

const box = document.getElementById(LOOKUP_INPUT_ID);
const results = document.getElementById(LOOKUP_RESULTS_ID);
const root = document.querySelector(`[${LOOKUP_WORKER_ATTR}]`);
const worker = root?.getAttribute(LOOKUP_WORKER_ATTR);
const redact = root?.getAttribute(LOOKUP_REDACT_ATTR);
const contact = {
  email: root?.getAttribute(LOOKUP_CONTACT_EMAIL_ATTR) ?? undefined,
  issues: root?.getAttribute(LOOKUP_CONTACT_ISSUES_ATTR) ?? undefined,
};
if (box instanceof HTMLTextAreaElement && results && worker && redact)
  setup(box, results, { worker, redact }, contact);
