/** Class names shared by server components and the browser islands that render the same parts. */
import type { Appears } from "@/lib/lookup";

/** Badge colours per place an error appears. */
export const APPEARS_TONE: Record<Appears, string> = {
  "agent-console": "bg-violet-100 text-violet-900 dark:bg-violet-900 dark:text-violet-100",
  "portal-notification": "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  "agent-status": "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
};

export const APPEARS_BADGE_CLASS = "inline-block rounded px-2 py-0.5 text-xs font-medium";

export const COPY_LINK_CLASS =
  "no-print rounded border border-slate-300 px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800";

export const LINK_CLASS = "text-blue-700 underline dark:text-blue-300";
