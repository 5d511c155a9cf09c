"use client";

import { useEffect } from "react";
import { withBasePath } from "@/lib/site/paths";

export const LOOKUP_INPUT_ID = "error-lookup-input";

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

/** `/` or Ctrl/Cmd+K focuses the error lookup from any page. */
export function KeyboardShortcuts() {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
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
      if (input) {
        input.focus();
      } else {
        window.location.assign(withBasePath("/#lookup"));
      }
    }
    window.addEventListener("keydown", onKey);
    // Lets tests (and scripts) know the shortcuts are live.
    document.documentElement.dataset.shortcuts = "ready";
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return null;
}
