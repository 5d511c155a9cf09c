import type { ComponentPropsWithoutRef } from "react";

export type HeadingAnchorProps = ComponentPropsWithoutRef<"h2"> & { level: 2 | 3 };

/** A section heading that links to itself, so any section can be linked to. */
export function HeadingAnchor({ level, id, children, ...rest }: HeadingAnchorProps) {
  const Tag = level === 2 ? "h2" : "h3";
  return (
    <Tag id={id} className="group scroll-mt-4" {...rest}>
      {children}
      {id ? (
        <a
          href={`#${id}`}
          className="no-print ml-2 !text-slate-400 !no-underline opacity-60 group-hover:opacity-100 focus:opacity-100"
          aria-label="Link to this section"
        >
          #
        </a>
      ) : null}
    </Tag>
  );
}
