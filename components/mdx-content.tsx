import { getMDXComponent } from "mdx-bundler/client";
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { SiteLink } from "@/components/site-link";
import type { ComponentName, RendererProps } from "@/lib/content/components";
import { type KbEntry, type Product, surfaceOf } from "@/lib/kb/model";
import { withBasePath } from "@/lib/site/paths";
import { EntryLifecycle } from "./entry-lifecycle";
import { EntryTable } from "./entry-table";
import { ErrorEntryCard } from "./error-entry-card";
import { HeadingAnchor } from "./heading-anchor";
import { Note } from "./note";
import { Resolution } from "./resolution";
import { TranslatedNames } from "./translated-names";

export type MdxContentProps = {
  code: string;
  /** Path of the article page without the base path, such as `/articles/x/`. */
  articlePath: string;
  entries: KbEntry[];
  /** The article's product: its surfaces label the entries. */
  product: Product | undefined;
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
 * A renderer for every component of the registry (`lib/content/components.ts`), and no other, each
 * taking the props its schema lets an article write (and its body, unless it takes none).
 */
type Renderers = { [N in ComponentName]: (props: RendererProps<N>) => ReactNode };

/**
 * Render layer: a component map for the compiled MDX. It runs on the server only, so no MDX
 * code reaches the browser.
 */
export function MdxContent({ code, articlePath, entries, product }: MdxContentProps) {
  const Content = getMDXComponent(code);
  const renderers = {
    Note,
    Resolution,
    EntryTable: ({ appears }) => (
      <EntryTable entries={entries.filter((e) => !appears || e.appears === appears)} />
    ),
    ErrorEntry: ({ id, name, appears, messages, formerly, children }) => (
      <ErrorEntryCard
        id={id}
        name={name}
        messages={messages}
        formerly={formerly}
        surface={surfaceOf(product, appears)}
        articlePath={withBasePath(articlePath)}
        markdown={entries.find((e) => e.id === id)}
      >
        {children}
      </ErrorEntryCard>
    ),
    Translated: TranslatedNames,
    Lifecycle: EntryLifecycle,
  } satisfies Renderers;
  return (
    <div className="prose max-w-none">
      {/* A server component renders once, so a component made here has no state to lose. */}
      {/* eslint-disable-next-line react-hooks/static-components */}
      <Content
        components={{
          a: MdxLink,
          h2: (props: ComponentPropsWithoutRef<"h2">) => <HeadingAnchor level={2} {...props} />,
          h3: (props: ComponentPropsWithoutRef<"h3">) => <HeadingAnchor level={3} {...props} />,
          ...renderers,
        }}
      />
    </div>
  );
}
