/**
 * Island on every page: `/` focuses the error lookup (or goes to it), and Ctrl/Cmd+K opens the
 * command palette. The palette's code and data are not part of this file: the first Ctrl+K (or a
 * click on the header's button) imports the palette island, whose URL the page gives on `<body>`.
 */
import {
  LOOKUP_INPUT_ID,
  PALETTE_BUTTON_ID,
  PALETTE_MODULE_ATTR,
  PALETTE_OPEN_EVENT,
} from "@/lib/site/dom";
import { withBasePath } from "@/lib/site/paths";

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

let loading: Promise<unknown> | undefined;
/** Characters typed between Ctrl+K and the palette's opening, handed to it when it opens. */
let typed: string | undefined;

/** Loads the palette once, then asks it to open; without it, the lookup is the way in. */
function openPalette(): void {
  const url = document.body.getAttribute(PALETTE_MODULE_ATTR);
  if (!url) return;
  typed ??= "";
  loading ??= import(url);
  loading.then(
    () => {
      document.dispatchEvent(new CustomEvent(PALETTE_OPEN_EVENT, { detail: typed }));
      typed = undefined;
    },
    () => {
      loading = undefined;
      typed = undefined;
      window.location.assign(withBasePath("/#lookup"));
    },
  );
}

window.addEventListener("keydown", (event) => {
  if (typed !== undefined && event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
    event.preventDefault();
    typed += event.key;
    return;
  }
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "k") {
    event.preventDefault();
    openPalette();
    return;
  }
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
  if (isTyping(event.target)) return;
  event.preventDefault();
  const input = document.getElementById(LOOKUP_INPUT_ID);
  if (input) input.focus();
  else window.location.assign(withBasePath("/#lookup"));
});

const button = document.getElementById(PALETTE_BUTTON_ID);
if (button) {
  button.addEventListener("click", openPalette);
  button.classList.remove("invisible");
}
// Lets tests (and scripts) know the shortcuts are live.
document.documentElement.dataset.shortcuts = "ready";
