"use client";

import { useState } from "react";

export type CopyLinkButtonProps = {
  /** Site-relative path with its anchor, such as `/articles/x/#id` (base path included). */
  href: string;
  label: string;
};

/** Copies the absolute URL of an entry, so support staff can paste it into a ticket. */
export function CopyLinkButton({ href, label }: CopyLinkButtonProps) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    const url = new URL(href, window.location.origin).toString();
    try {
      await navigator.clipboard.writeText(url);
      setState("copied");
    } catch {
      setState("failed");
    }
    window.setTimeout(() => setState("idle"), 2500);
  }

  return (
    <button
      type="button"
      onClick={copy}
      className="no-print rounded border border-slate-300 px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
      aria-label={`Copy link to ${label}`}
    >
      <span aria-live="polite">
        {state === "copied" ? "Link copied" : state === "failed" ? "Copy failed" : "Copy link"}
      </span>
    </button>
  );
}
