/**
 * Island on the home page: the error lookup. It enhances the server-rendered box and results
 * container; matching runs in a Web Worker, started when someone shows intent to use it, so
 * neither a page load nor a megabyte paste waits on it. The text stays in this page and its
 * worker: nothing is sent or stored.
 */
import {
  LOOKUP_ANNOUNCE_ID,
  LOOKUP_INPUT_ID,
  LOOKUP_PRODUCT_ID,
  LOOKUP_RESULTS_ID,
  LOOKUP_WORKER_ATTR,
} from "@/lib/site/dom";
import { h } from "./lookup/dom";
import { hideLargePaste, LARGE_PASTE_CHARS, showLargePaste } from "./lookup/large-paste";
import { renderAnswer } from "./lookup/render-results";
import { WorkerClient } from "./lookup/worker-client";

type Status = "idle" | "searching" | "done" | "error";

function setup(box: HTMLTextAreaElement, results: HTMLElement, workerUrl: string): void {
  const client = new WorkerClient(workerUrl);
  const announce = document.getElementById(LOOKUP_ANNOUNCE_ID);
  const filter = document.getElementById(LOOKUP_PRODUCT_ID);
  const product = () => (filter instanceof HTMLSelectElement && filter.value) || undefined;
  let generation = 0;
  let last = "";

  function show(status: Status, length: number, content?: Node): void {
    if (content) results.replaceChildren(content);
    results.setAttribute("aria-busy", String(status === "searching"));
    results.dataset.lookupLength = String(length);
    results.dataset.lookupStatus = status;
  }

  async function search(text: string): Promise<void> {
    last = text;
    generation += 1;
    const mine = generation;
    if (!text.trim()) {
      if (announce) announce.textContent = "";
      show("done", text.length, document.createDocumentFragment());
      return;
    }
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
      const answer = await client.run(text, product());
      if (!answer || mine !== generation) return;
      const { matches, related } = answer.result;
      if (announce)
        announce.textContent = `${matches.length} documented errors found, ${related.length} related`;
      show("done", text.length, renderAnswer(answer));
    } catch (error) {
      if (mine !== generation) return;
      const message = error instanceof Error ? error.message : String(error);
      show(
        "error",
        text.length,
        h(
          "p",
          { role: "alert", class: "text-red-700 dark:text-red-300" },
          `The lookup could not run: ${message}. Reload the page to try again.`,
        ),
      );
    }
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
  });
  // Text typed before this script ran is looked up now.
  if (box.value) void search(box.value);
}

const box = document.getElementById(LOOKUP_INPUT_ID);
const results = document.getElementById(LOOKUP_RESULTS_ID);
const workerUrl = document
  .querySelector(`[${LOOKUP_WORKER_ATTR}]`)
  ?.getAttribute(LOOKUP_WORKER_ATTR);
if (box instanceof HTMLTextAreaElement && results && workerUrl) setup(box, results, workerUrl);
