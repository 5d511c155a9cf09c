/** Island on every page: `/` or Ctrl/Cmd+K focuses the error lookup, or goes to it. */
import { LOOKUP_INPUT_ID } from "@/lib/site/dom";
import { withBasePath } from "@/lib/site/paths";

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

window.addEventListener("keydown", (event) => {
  const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k";
  const slash =
    event.key === "/" &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !isTyping(event.target);
  if (!commandK && !slash) return;
  event.preventDefault();
  const input = document.getElementById(LOOKUP_INPUT_ID);
  if (input) input.focus();
  else window.location.assign(withBasePath("/#lookup"));
});
// Lets tests (and scripts) know the shortcuts are live.
document.documentElement.dataset.shortcuts = "ready";
