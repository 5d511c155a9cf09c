import { COPY_LINK_ATTR } from "@/lib/site/dom";
import { COPY_LINK_CLASS } from "@/lib/site/styles";

export type CopyLinkButtonProps = {
  /** Site-relative path with its anchor, such as `/articles/x/#id` (base path included). */
  href: string;
  label: string;
};

/**
 * Copies the absolute URL of an entry, so support staff can paste it into a ticket. The
 * copy-link island (`islands/copy-link.ts`) gives it its behaviour.
 */
export function CopyLinkButton({ href, label }: CopyLinkButtonProps) {
  return (
    <button
      type="button"
      {...{ [COPY_LINK_ATTR]: href }}
      className={COPY_LINK_CLASS}
      aria-label={`Copy link to ${label}`}
    >
      <span aria-live="polite">Copy link</span>
    </button>
  );
}
