import { getMDXComponent } from "mdx-bundler/client";
import { SiteLink } from "@/components/site-link";
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import type { Appears, KbEntry } from "@/lib/lookup/types";
import { withBasePath } from "@/lib/site/paths";
import { EntryTable } from "./entry-table";
import { ErrorEntryCard } from "./error-entry-card";
import { HeadingAnchor } from "./heading-anchor";
import { Note } from "./note";
import { Resolution } from "./resolution";

export type MdxContentProps = {
  code: string;
  /** Path of the article page without the base path, such as `/articles/x/`. */
  articlePath: string;
  entries: KbEntry[];
};

type ErrorEntryMdxProps = {
  id: string;
  name: string;
  appears: Appears;
  messages: string[];
  formerly?: string[];
  children: ReactNode;
};

function MdxLink({ href = "", children, ...rest }: ComponentPropsWithoutRef<"a">) {
  if (href.startsWith("/")) {
    return (
      <SiteLink href={href} {...rest}>
        {children}
      </SiteLink>
    );
  }
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}

/**
 * Render layer: a component map for the compiled MDX. It runs on the server only, so no MDX
 * code reaches the browser.
 */
export function MdxContent({ code, articlePath, entries }: MdxContentProps) {
  const Content = getMDXComponent(code);
  return (
    <div className="prose max-w-none">
      {/* A server component renders once, so a component made here has no state to lose. */}
      {/* eslint-disable-next-line react-hooks/static-components */}
      <Content
        components={{
          a: MdxLink,
          h2: (props: ComponentPropsWithoutRef<"h2">) => <HeadingAnchor level={2} {...props} />,
          h3: (props: ComponentPropsWithoutRef<"h3">) => <HeadingAnchor level={3} {...props} />,
          Note,
          Resolution,
          EntryTable: ({ appears }: { appears?: Appears }) => (
            <EntryTable entries={entries.filter((e) => !appears || e.appears === appears)} />
          ),
          ErrorEntry: (props: ErrorEntryMdxProps) => (
            <ErrorEntryCard {...props} articlePath={withBasePath(articlePath)} />
          ),
        }}
      />
    </div>
  );
}
