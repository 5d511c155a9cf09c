import type { ComponentPropsWithoutRef } from "react";
import { withBasePath } from "@/lib/site/paths";

export type SiteLinkProps = ComponentPropsWithoutRef<"a"> & { href: string };

/**
 * A link to a page of this site, base path included. A plain anchor: pages are static files, so a
 * full load is fast, and it keeps Next.js's client router code out of every page's JavaScript.
 */
export function SiteLink({ href, children, ...rest }: SiteLinkProps) {
  return (
    <a href={withBasePath(href)} {...rest}>
      {children}
    </a>
  );
}
