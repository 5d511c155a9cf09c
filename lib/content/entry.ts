/**
 * The body rules of the component registry that need more than "nothing" or "any Markdown":
 * `steps` (exactly one ordered list) and `entry` (a description and exactly one steps component),
 * and the entry they make. The walk in `parse.ts` calls them for whichever component the registry
 * gives that body; nothing here names a component.
 */
import type { List, RootContent } from "mdast";
import { blockMarkdown } from "./inline-markdown";
import { COMPONENTS, type CheckedProps, componentsWithBody, isComponentName } from "./components";
import { type Ctx, type JsxElement, plainText, report } from "./mdx-read";

/** An entry's steps, as text and as one line of Markdown each. */
export type Steps = { text: string[]; markdown: string[] };

export type ParsedEntry = CheckedProps<"ErrorEntry"> & {
  line: number;
  description: string;
  resolution: string[];
  /** The description as Markdown: code spans, bold, emphasis and links kept. */
  descriptionMarkdown: string;
  /** Each step as one line of Markdown. */
  resolutionMarkdown: string[];
  translations: CheckedProps<"Translated">[];
  lifecycle?: CheckedProps<"Lifecycle">;
};

/**
 * What the walk gathers inside one entry-bodied component: the steps of its steps component(s)
 * and its annotations. `steps` holds one item per steps component met, `undefined` for one whose
 * body was wrong (already reported).
 */
export type EntryFrame = {
  label: string;
  steps: { node: JsxElement; steps: Steps | undefined }[];
  translations: CheckedProps<"Translated">[];
  lifecycle?: CheckedProps<"Lifecycle">;
};

/** `<Name id="…">` when the element has a literal id, for messages about it. */
export function labelOf(element: JsxElement): string {
  const id = element.attributes.find(
    (a) => a.type === "mdxJsxAttribute" && a.name === "id" && typeof a.value === "string",
  );
  return id && typeof id.value === "string"
    ? `<${element.name} id="${id.value}">`
    : `<${element.name}>`;
}

const stepsNames = () =>
  componentsWithBody("steps")
    .map((n) => `<${n}>`)
    .join(" or ");

/** The `steps` body: exactly one ordered list and nothing else, with at least one step. */
export function readSteps(ctx: Ctx, element: JsxElement, label: string): Steps | undefined {
  const lists = element.children.filter(
    (child): child is List => child.type === "list" && child.ordered === true,
  );
  const [list] = lists;
  if (!list || lists.length > 1 || element.children.length !== 1) {
    report(
      ctx,
      element,
      `${label}: <${element.name}> must hold exactly one ordered list (1. … 2. …) and nothing else`,
    );
    return undefined;
  }
  const items = list.children.filter((item) => plainText(item));
  if (items.length === 0) {
    report(ctx, element, `${label}: the resolution has no steps`);
    return undefined;
  }
  return {
    text: items.map((item) => plainText(item)),
    markdown: items.map((item) => blockMarkdown(item.children, " ")),
  };
}

/** A child that is part of the entry's structure (placed only in entries), not its description. */
function isEntryPart(child: RootContent): boolean {
  if (child.type !== "mdxJsxFlowElement") return false;
  const name = child.name ?? "";
  return isComponentName(name) && COMPONENTS[name].placement === "entry";
}

/**
 * The `entry` body, once the walk has been through the element's children: a description (every
 * child that is not an entry part) and exactly one steps component. Returns the entry when its
 * props and body are both sound.
 */
export function finishEntry(
  ctx: Ctx,
  element: JsxElement,
  props: CheckedProps<"ErrorEntry"> | undefined,
  frame: EntryFrame,
): ParsedEntry | undefined {
  const { label } = frame;
  const described = element.children.filter((child) => !isEntryPart(child));
  const description = described
    .map((node) => plainText(node))
    .join(" ")
    .trim();
  if (!description) report(ctx, element, `${label}: add a description before ${stepsNames()}`);
  const [first, second] = frame.steps;
  if (!first) {
    report(ctx, element, `${label}: add a ${stepsNames()} with an ordered list of steps`);
  } else if (second) {
    report(ctx, second.node, `${label}: has more than one <${second.node.name}>; merge them`);
  }
  const steps = first && !second ? first.steps : undefined;
  if (!props || !description || !steps) return undefined;
  return {
    ...props,
    line: element.position?.start.line ?? 1,
    description,
    resolution: steps.text,
    descriptionMarkdown: blockMarkdown(described),
    resolutionMarkdown: steps.markdown,
    translations: frame.translations,
    lifecycle: frame.lifecycle,
  };
}
