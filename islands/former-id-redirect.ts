/**
 * Island on articles with retired entry ids: sends `#former-id` to the entry that replaced it,
 * keeping published links alive. Without JavaScript the former id still lands inside the right
 * entry: its placeholder anchor sits at the top of the entry's card.
 */
import { FORMER_ID_ATTR } from "@/lib/site/dom";

function follow(): void {
  const current = decodeURIComponent(window.location.hash.slice(1));
  if (!current) return;
  const target = document.getElementById(current)?.getAttribute(FORMER_ID_ATTR);
  if (target) window.location.replace(`#${target}`);
}

follow();
window.addEventListener("hashchange", follow);
