/**
 * Island: copy-link buttons put the absolute URL of an entry on the clipboard, so support staff
 * can paste it into a ticket. One listener on the document serves the buttons the server
 * rendered and those the lookup renders later.
 */
import { COPY_LINK_ATTR } from "@/lib/site/dom";

const LABELS = { idle: "Copy link", copied: "Link copied", failed: "Copy failed" } as const;

function show(button: HTMLElement, state: keyof typeof LABELS): void {
  const live = button.querySelector("[aria-live]") ?? button;
  live.textContent = LABELS[state];
}

document.addEventListener("click", (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const button = target?.closest<HTMLElement>(`button[${COPY_LINK_ATTR}]`);
  const href = button?.getAttribute(COPY_LINK_ATTR);
  if (!button || !href) return;
  const url = new URL(href, window.location.origin).toString();
  navigator.clipboard.writeText(url).then(
    () => show(button, "copied"),
    () => show(button, "failed"),
  );
  window.setTimeout(() => show(button, "idle"), 2500);
});
