/**
 * The palette's behaviour: the combobox's keyboard (arrows move, Enter opens, Esc closes, as a
 * modal dialog does), the options it lists, and the offer to carry a paste to the lookup.
 */
import type { PaletteItem } from "@/lib/palette/data";
import { looksLikePaste, type PaletteSearch } from "@/lib/palette/search";
import { withBasePath } from "@/lib/site/paths";
import { LINK_CLASS } from "@/lib/site/styles";
import { h } from "../lookup/dom";
import { carryLabel, carryToLookup, lookupAddress, lookupBox } from "./carry";
import { optionElement, type PaletteView } from "./view";

type Choice = { kind: "go"; item: PaletteItem } | { kind: "carry"; text: string };

/** What a paste into the palette shows in its one-line box: its first line, cut. */
const PREVIEW_CHARS = 80;

function describe(item: PaletteItem): string {
  return item.kind === "entry"
    ? `Error · ${item.article} · #${item.id}`
    : `Article · ${item.product}`;
}

export class PaletteController {
  private search: PaletteSearch | undefined;
  private failed = false;
  /** A paste held in memory while the box shows its first line; never stored anywhere. */
  private carried: string | undefined;
  private choices: Choice[] = [];
  /** Counts the queries asked, so that a late answer to an older one is dropped. */
  private asked = 0;
  /** The query the list answers; behind `asked` while an answer is on its way. */
  private answered = 0;
  /** Enter pressed while the answer to what was typed was on its way: it opens that answer. */
  private enterWaiting = false;
  /** The reader moved through the list with the arrows since the last keystroke. */
  private moved = false;
  private active = 0;

  constructor(private readonly view: PaletteView) {
    const { dialog, input, listbox } = view;
    input.addEventListener("input", () => {
      this.carried = undefined;
      this.enterWaiting = false;
      this.moved = false;
      this.hideFallback();
      this.update();
    });
    input.addEventListener("paste", (event) => this.onPaste(event));
    input.addEventListener("keydown", (event) => this.onKey(event));
    // Options are chosen with the pointer too; the box keeps focus meanwhile.
    listbox.addEventListener("mousedown", (event) => event.preventDefault());
    listbox.addEventListener("click", (event) => {
      const option = event.target instanceof Element ? event.target.closest("[role=option]") : null;
      const index = option ? [...listbox.children].indexOf(option) : -1;
      const choice = this.choices[index];
      if (choice) void this.choose(choice);
    });
    dialog.addEventListener("click", (event) => {
      if (event.target === dialog) dialog.close();
    });
    dialog.addEventListener("close", () => {
      input.value = "";
      this.carried = undefined;
      this.enterWaiting = false;
      this.hideFallback();
      this.update();
    });
  }

  /** Opens the palette, with `typed` added to the box. */
  open(typed = ""): void {
    if (!this.view.dialog.open) this.view.dialog.showModal();
    this.view.input.value += typed;
    this.view.input.focus();
    this.update();
  }

  ready(search: PaletteSearch): void {
    this.search = search;
    this.update();
  }

  fail(): void {
    this.failed = true;
    this.update();
  }

  private onPaste(event: ClipboardEvent): void {
    const text = event.clipboardData?.getData("text/plain") ?? "";
    if (!looksLikePaste(text)) return;
    event.preventDefault();
    this.carried = text;
    const first = text.split("\n").find((line) => line.trim()) ?? "";
    this.view.input.value = first.trim().slice(0, PREVIEW_CHARS);
    this.update();
  }

  private onKey(event: KeyboardEvent): void {
    const count = this.choices.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (count === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      this.active = (this.active + step + count) % count;
      this.moved = true;
      this.render();
    } else if (event.key === "Enter") {
      event.preventDefault();
      // The list on screen may answer an older prefix: wait for the answer to what was typed.
      if (this.answered !== this.asked) {
        this.enterWaiting = true;
        return;
      }
      const choice = this.choices[this.active];
      if (choice) void this.choose(choice);
    }
  }

  private async choose(choice: Choice): Promise<void> {
    if (choice.kind === "go") {
      this.view.dialog.close();
      window.location.assign(withBasePath(choice.item.path));
      return;
    }
    // On the home page the lookup takes the text in place, once the dialog has given focus back.
    // Elsewhere the palette stays open until the text is on the clipboard: if the clipboard
    // refuses it, the text is still here, and the reader is told how to take it there by hand.
    if (lookupBox()) {
      this.view.dialog.close();
      await carryToLookup(choice.text);
      return;
    }
    const carried = await carryToLookup(choice.text);
    if (carried.done) this.view.dialog.close();
    else this.showFallback(choice.text, carried.reason);
  }

  /** The text, selected for Ctrl+C, with what happened and the way to the lookup. */
  private showFallback(text: string, reason: string): void {
    const { fallback } = this.view;
    const copy = h("textarea", {
      readonly: "",
      rows: String(Math.min(8, Math.max(2, text.split("\n").length))),
      "aria-label": "Your text, to copy by hand",
      class:
        "w-full rounded border border-slate-400 bg-white p-2 font-mono text-xs text-slate-900 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100",
    });
    copy.value = text;
    fallback.replaceChildren(
      h(
        "p",
        { role: "alert", class: "mb-2 text-sm" },
        `Copying failed: ${reason}. Your text is below, selected: copy it with Ctrl+C (Cmd+C on a ` +
          "Mac), open the error lookup, and paste it there with Ctrl+V.",
      ),
      copy,
      h(
        "a",
        { href: lookupAddress(), class: `${LINK_CLASS} mt-2 inline-block` },
        "Open the error lookup",
      ),
    );
    fallback.hidden = false;
    copy.focus();
    copy.select();
  }

  private hideFallback(): void {
    this.view.fallback.hidden = true;
    this.view.fallback.replaceChildren();
  }

  /** Lists what the box asks for: the offer to carry a paste, or the search's answer. */
  private update(): void {
    const text = this.carried ?? this.view.input.value;
    const query = text.trim();
    const asked = ++this.asked;
    if (this.carried !== undefined || looksLikePaste(text)) {
      this.show([{ kind: "carry", text }], query, asked);
    } else if (!query) {
      this.show([], query, asked);
    } else if (!this.search) {
      // Not answered yet: `ready` asks again once the search has loaded.
      this.show([], query);
    } else {
      // Answers can come back out of order: only the latest query's is shown.
      this.search(query).then(
        (items) => {
          if (asked !== this.asked) return;
          this.failed = false;
          this.show(
            items.map((item) => ({ kind: "go", item })),
            query,
            asked,
          );
        },
        () => {
          if (asked !== this.asked) return;
          this.failed = true;
          this.show([], query, asked);
        },
      );
    }
  }

  /** Shows `choices`; `answers` is the number of the query they answer, if they answer one. */
  private show(choices: Choice[], query: string, answers?: number): void {
    // An option the reader moved to with the arrows since the last keystroke stays active if the
    // new list still holds it: the arrival of an answer on its way does not undo the move.
    const before = this.moved ? this.choices[this.active] : undefined;
    const kept =
      before?.kind === "go"
        ? choices.findIndex((c) => c.kind === "go" && c.item.path === before.item.path)
        : -1;
    this.choices = choices;
    this.active = Math.max(0, kept);
    this.moved = kept >= 0;
    this.render();
    if (answers !== undefined) {
      this.answered = answers;
      // Which query the list answers, for tests and benchmarks to wait on.
      this.view.listbox.dataset.answers = query;
    }
    this.view.status.textContent = !query
      ? ""
      : this.choices[0]?.kind === "carry"
        ? "This looks like a whole error message or log: the lookup reads it in full."
        : this.failed
          ? "The list of errors could not load. Reload the page to try again."
          : !this.search
            ? "Loading the list of errors…"
            : this.choices.length === 0
              ? "Nothing matches. Try fewer letters, or paste the whole message into the lookup."
              : `${this.choices.length} ${this.choices.length === 1 ? "result" : "results"}`;
    if (this.enterWaiting && this.answered === this.asked) {
      this.enterWaiting = false;
      const choice = this.choices[this.active];
      if (choice) void this.choose(choice);
    }
  }

  private render(): void {
    const { input, listbox } = this.view;
    const options = this.choices.map((choice, i) =>
      optionElement({
        id: `palette-option-${i}`,
        active: i === this.active,
        ...(choice.kind === "go"
          ? { title: choice.item.name, detail: describe(choice.item) }
          : {
              title: carryLabel(choice.text.split("\n").length),
              detail: "The text stays in this browser: it is not sent or stored.",
            }),
      }),
    );
    listbox.replaceChildren(...options);
    listbox.hidden = options.length === 0;
    input.setAttribute("aria-expanded", String(options.length > 0));
    const active = options[this.active];
    if (active) {
      input.setAttribute("aria-activedescendant", active.id);
      active.scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }
}
