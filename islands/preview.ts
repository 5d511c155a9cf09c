/**
 * Island of the preview (`npm run dev` only): listens to the preview server's events and keeps
 * the page in step with the content. When a save changes the content, the page reloads, keeping
 * its scroll position; when the content has problems, it lists them over the page exactly as the
 * build prints them, each with the lines around it, until the next save fixes them.
 */
import { withBasePath } from "@/lib/site/paths";
import {
  CONTENT_VERSION_ATTR,
  PREVIEW_EVENTS_PATH,
  PREVIEW_OVERLAY_ID,
  PREVIEW_STATUS_ATTR,
  type PreviewIssue,
  type PreviewState,
  readPreviewState,
} from "@/lib/site/preview";
import { h } from "./lookup/dom";

type Status = "connecting" | "connected" | "problems" | "disconnected";

const DISCONNECTED_ID = "preview-disconnected";

/**
 * The island's own styles, added to the page by the island. A build never loads it, so its look
 * stays out of the site's stylesheet (`app/globals.css` tells Tailwind not to read this file).
 */
const STYLE = `
.kb-preview-dialog { margin: auto; max-height: 90vh; width: min(60rem, 95vw); overflow: auto;
  border: 0; border-top: 4px solid #dc2626; border-radius: 0.5rem; padding: 1.5rem;
  background: #fff; color: #0f172a; box-shadow: 0 25px 50px -12px rgb(0 0 0 / 0.4); }
.kb-preview-dialog::backdrop { background: rgb(2 6 23 / 0.6); }
.kb-preview-dialog h2 { margin: 0; font-size: 1.25rem; font-weight: 700; color: #b91c1c; }
.kb-preview-dialog p { margin: 0.5rem 0 0; font-size: 0.875rem; }
.kb-preview-dialog ol { margin: 1rem 0 0; padding-left: 1.5rem; }
.kb-preview-dialog li + li { margin-top: 1rem; }
.kb-preview-dialog li > p { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  overflow-wrap: anywhere; }
.kb-preview-dialog pre { margin: 0.5rem 0 0; overflow-x: auto; border-radius: 0.25rem;
  padding: 0.75rem; background: #f1f5f9; font-size: 0.75rem; line-height: 1.25rem; }
.kb-preview-dialog pre span { display: block; }
.kb-preview-dialog pre .kb-preview-marked { background: #fee2e2; }
.kb-preview-dialog .kb-preview-actions { margin-top: 1.5rem; display: flex; justify-content: flex-end; }
.kb-preview-dialog button { border: 1px solid #cbd5e1; border-radius: 0.25rem; padding: 0.25rem 0.75rem;
  background: transparent; color: inherit; font: inherit; font-size: 0.875rem; cursor: pointer; }
#${DISCONNECTED_ID} { position: fixed; right: 1rem; bottom: 1rem; z-index: 50; margin: 0;
  border-radius: 0.25rem; padding: 0.5rem 0.75rem; background: #0f172a; color: #fff;
  font-size: 0.875rem; }
@media (prefers-color-scheme: dark) {
  .kb-preview-dialog { background: #0f172a; color: #f1f5f9; }
  .kb-preview-dialog h2 { color: #fca5a5; }
  .kb-preview-dialog pre { background: #1e293b; }
  .kb-preview-dialog pre .kb-preview-marked { background: #450a0a; }
  #${DISCONNECTED_ID} { background: #f1f5f9; color: #0f172a; }
}`;

function addStyle(): void {
  if (document.getElementById("kb-preview-style")) return;
  document.head.append(h("style", { id: "kb-preview-style" }, STYLE));
}

function setStatus(status: Status): void {
  document.documentElement.setAttribute(PREVIEW_STATUS_ATTR, status);
}

function frameOf(issue: PreviewIssue): HTMLElement | null {
  if (issue.frame.length === 0) return null;
  const width = String(issue.frame.at(-1)?.line ?? 0).length;
  const lines = issue.frame.map((l) =>
    h(
      "span",
      l.marked ? { class: "kb-preview-marked" } : {},
      `${l.marked ? ">" : " "} ${String(l.line).padStart(width)} | ${l.text}`,
    ),
  );
  return h("pre", {}, h("code", {}, ...lines));
}

function overlayOf(state: PreviewState): HTMLDialogElement {
  const titleId = `${PREVIEW_OVERLAY_ID}-title`;
  const close = h("button", { type: "button" }, "Hide until the next save");
  const dialog = h(
    "dialog",
    { id: PREVIEW_OVERLAY_ID, "aria-labelledby": titleId, class: "kb-preview-dialog" },
    h("h2", { id: titleId }, state.heading),
    h(
      "p",
      {},
      "The build stops on these, and the terminal running npm run dev lists them too. The page " +
        "behind shows the content as it was before them; fix the file and save, and the page " +
        "updates by itself.",
    ),
    h(
      "ol",
      {},
      ...state.issues.map((issue) =>
        h("li", { "data-content-problem": "" }, h("p", {}, issue.text), frameOf(issue)),
      ),
    ),
    h("div", { class: "kb-preview-actions" }, close),
  );
  close.addEventListener("click", () => dialog.close());
  return dialog;
}

function showProblems(state: PreviewState): void {
  document.getElementById(PREVIEW_OVERLAY_ID)?.remove();
  const dialog = overlayOf(state);
  document.body.append(dialog);
  dialog.showModal();
}

function hideProblems(): void {
  document.getElementById(PREVIEW_OVERLAY_ID)?.remove();
}

function showDisconnected(shown: boolean): void {
  const notice = document.getElementById(DISCONNECTED_ID);
  if (!shown) {
    notice?.remove();
    return;
  }
  if (notice) return;
  document.body.append(
    h(
      "p",
      { id: DISCONNECTED_ID, role: "status" },
      "The preview server stopped. This page updates when it runs again (npm run dev).",
    ),
  );
}

function start(): void {
  addStyle();
  const rendered = document.body.getAttribute(CONTENT_VERSION_ATTR) ?? "";
  const events = new EventSource(withBasePath(PREVIEW_EVENTS_PATH));
  setStatus("connecting");
  events.onmessage = (event: MessageEvent<string>) => {
    const state = readPreviewState(event.data);
    if (!state) return;
    showDisconnected(false);
    if (state.version !== rendered) {
      // The content changed since this page was rendered: show it as it is now.
      window.location.reload();
      return;
    }
    if (state.issues.length > 0) {
      showProblems(state);
      setStatus("problems");
    } else {
      hideProblems();
      setStatus("connected");
    }
  };
  events.onerror = () => {
    // The browser reconnects by itself; the first message after that tells what changed.
    if (events.readyState !== EventSource.OPEN) {
      setStatus("disconnected");
      showDisconnected(true);
    }
  };
}

start();
