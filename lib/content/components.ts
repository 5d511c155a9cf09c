/**
 * The registry of components an article may use: for each, its props schema, where it may stand
 * and what its body must be. The parse layer enforces it; `components/mdx-content.tsx` renders
 * every name it lists (its map is typed by `ComponentName`, so a component cannot be registered
 * without a renderer, nor rendered without being checked). Adding a component is one entry here
 * and one renderer there.
 */
import type { z } from "zod";
import {
  emptyPropsSchema,
  entryLifecyclePropsSchema,
  entryPropsSchema,
  entryTablePropsSchema,
  translatedPropsSchema,
} from "./schema";

/** Where a component may stand: in the article's flow, inside an `<ErrorEntry>`, or either. */
export type Placement = "article" | "entry" | "anywhere";

/**
 * What its body holds: nothing (self-closing), free Markdown, exactly one ordered list of steps,
 * or an entry (a description, then one `<Resolution>`).
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

export const COMPONENT_NAMES: readonly ComponentName[] = [
  "ErrorEntry",
  "Resolution",
  "EntryTable",
  "Note",
  "Translated",
  "Lifecycle",
];

export function isComponentName(name: string): name is ComponentName {
  return COMPONENT_NAMES.some((n) => n === name);
}

/** Components that annotate an entry rather than describe it: not part of its description. */
export const ENTRY_ANNOTATIONS: ReadonlySet<string> = new Set(["Translated", "Lifecycle"]);
