/** Island on a moved article's former address: sends the reader on, keeping the #entry anchor. */
import { MOVED_TO_ATTR } from "@/lib/site/dom";

const to = document.querySelector(`[${MOVED_TO_ATTR}]`)?.getAttribute(MOVED_TO_ATTR);
if (to) window.location.replace(`${to}${window.location.hash}`);
