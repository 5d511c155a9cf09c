"use client";

import { useEffect } from "react";

export type FormerIdRedirectProps = {
  /** Former anchor → current anchor. */
  redirects: Record<string, string>;
};

/** Sends an old `#former-id` to the entry that replaced it, keeping published links alive. */
export function FormerIdRedirect({ redirects }: FormerIdRedirectProps) {
  useEffect(() => {
    function follow() {
      const current = decodeURIComponent(window.location.hash.slice(1));
      const target = Object.hasOwn(redirects, current) ? redirects[current] : undefined;
      if (!target) return;
      window.location.replace(`#${target}`);
    }
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, [redirects]);
  return null;
}
