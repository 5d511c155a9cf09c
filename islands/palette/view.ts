/** The palette's markup: a modal dialog holding a combobox and its listbox (WAI-ARIA 1.2). */
import { h } from "../lookup/dom";

export const PALETTE_TITLE = "Go to an error or article";

export type PaletteView = {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  listbox: HTMLUListElement;
  status: HTMLElement;
  /** Where a paste is offered by hand when the clipboard refuses it; hidden otherwise. */
  fallback: HTMLElement;
};

export function buildPaletteView(): PaletteView {
  const input = h("input", {
    id: "palette-input",
    type: "text",
    role: "combobox",
    "aria-labelledby": "palette-title",
    "aria-describedby": "palette-hint",
    "aria-expanded": "false",
    "aria-controls": "palette-listbox",
    "aria-autocomplete": "list",
    autocomplete: "off",
    spellcheck: "false",
    placeholder: "Error name, message, id or article",
    class:
      "w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100",
  });
  const listbox = h("ul", {
    id: "palette-listbox",
    role: "listbox",
    "aria-label": "Errors and articles",
    class: "mt-2 max-h-[50vh] overflow-y-auto",
  });
  listbox.hidden = true;
  const status = h("p", {
    role: "status",
    class: "mt-2 min-h-5 text-sm text-slate-700 dark:text-slate-300",
  });
  const fallback = h("div", { class: "mt-2", "data-palette-fallback": "" });
  fallback.hidden = true;
  const dialog = h(
    "dialog",
    {
      "aria-labelledby": "palette-title",
      "data-palette": "",
      class:
        "no-print mx-auto mt-[10vh] w-[min(40rem,calc(100%-2rem))] rounded-lg border border-slate-300 bg-white p-4 text-slate-900 shadow-xl backdrop:bg-slate-950/60 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100",
    },
    h("h2", { id: "palette-title", class: "mb-2 text-lg font-semibold" }, PALETTE_TITLE),
    input,
    status,
    fallback,
    listbox,
    h(
      "p",
      { id: "palette-hint", class: "mt-3 text-sm text-slate-700 dark:text-slate-300" },
      "Arrow keys move, Enter opens, Esc closes. A whole error message or log belongs in the lookup (/), which reads a paste in full.",
    ),
  );
  return { dialog, input, listbox, status, fallback };
}

export type OptionContent = { id: string; title: string; detail: string; active: boolean };

/** One option of the listbox; the active one is marked selected, as the combobox pattern asks. */
export function optionElement({ id, title, detail, active }: OptionContent): HTMLLIElement {
  return h(
    "li",
    {
      id,
      role: "option",
      "aria-selected": String(active),
      class: `cursor-pointer rounded px-3 py-2 ${
        active ? "bg-blue-700 text-white" : "hover:bg-slate-100 dark:hover:bg-slate-800"
      }`,
    },
    h("span", { class: "block font-medium" }, title),
    h(
      "span",
      {
        class: `block text-sm ${active ? "text-white" : "text-slate-700 dark:text-slate-300"}`,
      },
      detail,
    ),
  );
}
