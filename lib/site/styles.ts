/** Class names shared by server components and the browser islands that render the same parts. */
import type { Tone } from "@/lib/kb/model";

/**
 * Badge colours, one per tone a surface may declare in the content. The class names are written
 * out whole so that Tailwind finds them.
 */
export const TONE_CLASS: Record<Tone, string> = {
  gray: "bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-100",
  blue: "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  green: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  amber: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  red: "bg-rose-100 text-rose-900 dark:bg-rose-900 dark:text-rose-100",
  violet: "bg-violet-100 text-violet-900 dark:bg-violet-900 dark:text-violet-100",
};

export const APPEARS_BADGE_CLASS = "inline-block rounded px-2 py-0.5 text-xs font-medium";

export const COPY_LINK_CLASS =
  "no-print rounded border border-slate-300 px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800";

export const LINK_CLASS = "text-blue-700 underline dark:text-blue-300";
