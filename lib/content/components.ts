/**
 * The registry of components an article may use: for each, its props schema, where it may stand
 * and what its body must be. It is the one source of what a writer may write:
 *
 * - the parse layer (`parse.ts`) enforces every rule for every component alike;
 * - the model's types (`lib/kb/model.ts`) and each renderer's props (`components/mdx-content.tsx`)
 *   are inferred from the schemas, so renaming a prop here fails the type check wherever it is used;
 * - the render map is typed by `ComponentName`, so a component cannot be registered without a
 *   renderer, nor rendered without being checked.
 *
 * Adding a component is one entry here and one renderer there.
 */
import type { ReactNode } from "react";
import type { z } from "zod";
import {
  emptyPropsSchema,
  entryLifecyclePropsSchema,
  entryPropsSchema,
  entryTablePropsSchema,
  translatedPropsSchema,
} from "./schema";

/**
 * Where a component may stand: in the article's flow, directly inside an `<ErrorEntry>`, or
 * either. A component that stands only in entries is part of the entry's structure (its steps, or
 * an annotation such as its translated names), never part of its description.
 */
export type Placement = "article" | "entry" | "anywhere";

/**
 * What its body holds: nothing (self-closing), free Markdown, exactly one ordered list of steps,
 * or an entry (a description, then exactly one component whose body is steps).
 */
export type Body = "empty" | "markdown" | "steps" | "entry";

export type ComponentRule = { props: z.ZodType; placement: Placement; body: Body };

export const COMPONENTS = {
  ErrorEntry: { props: entryPropsSchema, placement: "article", body: "entry" },
  Resolution: { props: emptyPropsSchema, placement: "entry", body: "steps" },
  EntryTable: { props: entryTablePropsSchema, placement: "article", body: "empty" },
  Note: { props: emptyPropsSchema, placement: "anywhere", body: "markdown" },
  Translated: { props: translatedPropsSchema, placement: "entry", body: "empty" },
  Lifecycle: { props: entryLifecyclePropsSchema, placement: "entry", body: "empty" },
} as const satisfies Record<string, ComponentRule>;

export type ComponentName = keyof typeof COMPONENTS;
type RuleOf<N extends ComponentName> = (typeof COMPONENTS)[N];

export function isComponentName(name: string): name is ComponentName {
  return Object.hasOwn(COMPONENTS, name);
}

export const COMPONENT_NAMES: readonly ComponentName[] =
  Object.keys(COMPONENTS).filter(isComponentName);

/** The components whose body is `body`, in registry order. */
export function componentsWithBody(body: Body): ComponentName[] {
  return COMPONENT_NAMES.filter((name) => COMPONENTS[name].body === body);
}

/** Props as the article writes them, before defaults: what the MDX renderer receives. */
export type WrittenProps<N extends ComponentName> = z.input<RuleOf<N>["props"]>;

/** Props once checked, defaults filled in: what the parse layer reads. */
export type CheckedProps<N extends ComponentName> = z.output<RuleOf<N>["props"]>;

/** What a component's renderer receives: its written props, and its body unless it takes none. */
export type RendererProps<N extends ComponentName> = WrittenProps<N> &
  (RuleOf<N>["body"] extends "empty" ? Record<never, never> : { children: ReactNode });

/** The registry seen through its inferred types, so a lookup by a generic name keeps its type. */
type Registry = {
  readonly [N in ComponentName]: { readonly props: z.ZodType<CheckedProps<N>, WrittenProps<N>> };
};
const REGISTRY: Registry = COMPONENTS;

/** A component's props schema, typed by that component's name even when the name is generic. */
export function propsSchemaOf<N extends ComponentName>(
  name: N,
): z.ZodType<CheckedProps<N>, WrittenProps<N>> {
  return REGISTRY[name].props;
}
