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

function setStatus(status: Status): void {
  document.documentElement.setAttribute(PREVIEW_STATUS_ATTR, status);
}

function frameOf(issue: PreviewIssue): HTMLElement | null {
  if (issue.frame.length === 0) return null;
  const width = String(issue.frame.at(-1)?.line ?? 0).length;
  const lines = issue.frame.map((l) =>
    h(
      "span",
      { class: l.marked ? "block bg-red-100 dark:bg-red-950" : "block" },
      `${l.marked ? ">" : " "} ${String(l.line).padStart(width)} | ${l.text}`,
    ),
  );
  return h(
    "pre",
    {
      class:
        "mt-2 overflow-x-auto rounded bg-slate-100 p-3 text-xs leading-5 dark:bg-slate-800 dark:text-slate-100",
    },
    h("code", {}, ...lines),
  );
}

function overlayOf(state: PreviewState): HTMLDialogElement {
  const titleId = `${PREVIEW_OVERLAY_ID}-title`;
  const close = h(
    "button",
    {
      type: "button",
      class:
        "rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800",
    },
    "Hide until the next save",
  );
  const dialog = h(
    "dialog",
    {
      id: PREVIEW_OVERLAY_ID,
      "aria-labelledby": titleId,
      class:
        "m-auto max-h-[90vh] w-[min(60rem,95vw)] overflow-auto rounded-lg border-t-4 border-red-600 bg-white p-6 text-slate-900 shadow-2xl backdrop:bg-slate-950/60 dark:bg-slate-900 dark:text-slate-100",
    },
    h(
      "h2",
      { id: titleId, class: "text-xl font-bold text-red-700 dark:text-red-300" },
      state.heading,
    ),
    h(
      "p",
      { class: "mt-2 text-sm text-slate-700 dark:text-slate-300" },
      "The build stops on these, and the terminal running npm run dev lists them too. The page " +
        "behind shows the content as it was before them; fix the file and save, and the page " +
        "updates by itself.",
    ),
    h(
      "ol",
      { class: "mt-4 space-y-4" },
      ...state.issues.map((issue) =>
        h(
          "li",
          { "data-content-problem": "" },
          h("p", { class: "font-mono text-sm break-words" }, issue.text),
          frameOf(issue),
        ),
      ),
    ),
    h("div", { class: "mt-6 flex justify-end" }, close),
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
      {
        id: DISCONNECTED_ID,
        role: "status",
        class:
          "fixed right-4 bottom-4 z-50 rounded bg-slate-900 px-3 py-2 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900",
      },
      "The preview server stopped. This page updates when it runs again (npm run dev).",
    ),
  );
}

function start(): void {
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
