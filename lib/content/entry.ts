/**
 * Reads one `<ErrorEntry>`: its props, its description, its `<Resolution>` steps, and the
 * annotations inside it (`<Translated>` names, an entry's own `<Lifecycle>`).
 */
import type { List, RootContent } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { ENTRY_ANNOTATIONS } from "./components";
import {
  type Ctx,
  describeZodIssues,
  type JsxElement,
  plainText,
  readProps,
  report,
} from "./mdx-read";
import {
  type EntryProps,
  entryLifecyclePropsSchema,
  entryPropsSchema,
  translatedPropsSchema,
} from "./schema";
import type { z } from "zod";
import { blockMarkdown } from "./inline-markdown";

export type Translation = { lang: string; names: string[] };
export type EntryLifecycle = z.infer<typeof entryLifecyclePropsSchema>;

export type ParsedEntry = EntryProps & {
  line: number;
  description: string;
  resolution: string[];
  /** The description as Markdown: code spans, bold, emphasis and links kept. */
  descriptionMarkdown: string;
  /** Each step as one line of Markdown. */
  resolutionMarkdown: string[];
  translations: Translation[];
  lifecycle?: EntryLifecycle;
};

function childElements(element: JsxElement, name: string): MdxJsxFlowElement[] {
  return element.children.filter(
    (child): child is MdxJsxFlowElement =>
      child.type === "mdxJsxFlowElement" && child.name === name,
  );
}

/** Props of the annotations of one kind, quietly: the walk reports their problems. */
function annotations<T>(element: JsxElement, name: string, schema: z.ZodType<T>): T[] {
  const quiet: Ctx = { file: "", issues: [] };
  return childElements(element, name).flatMap((child) => {
    const parsed = schema.safeParse(readProps(quiet, child));
    return parsed.success ? [parsed.data] : [];
  });
}

type Steps = { text: string[]; markdown: string[] };

function readSteps(ctx: Ctx, element: JsxElement, label: string): Steps {
  const none = { text: [], markdown: [] };
  const resolutions = childElements(element, "Resolution");
  const [resolution] = resolutions;
  if (!resolution) {
    report(ctx, element, `${label}: add a <Resolution> with an ordered list of steps`);
    return none;
  }
  if (resolutions.length > 1) {
    report(ctx, resolutions[1], `${label}: has more than one <Resolution>; merge them`);
    return none;
  }
  const lists = resolution.children.filter(
    (child): child is List => child.type === "list" && child.ordered === true,
  );
  const [list] = lists;
  if (!list || lists.length > 1 || resolution.children.length !== 1) {
    report(
      ctx,
      resolution,
      `${label}: <Resolution> must hold exactly one ordered list (1. … 2. …) and nothing else`,
    );
    return none;
  }
  const items = list.children.filter((item) => plainText(item));
  if (items.length === 0) report(ctx, resolution, `${label}: the resolution has no steps`);
  return {
    text: items.map((item) => plainText(item)),
    markdown: items.map((item) => blockMarkdown(item.children, " ")),
  };
}

const isDescription = (child: RootContent) =>
  !(
    child.type === "mdxJsxFlowElement" &&
    (child.name === "Resolution" || ENTRY_ANNOTATIONS.has(child.name ?? ""))
  );

export function readEntry(ctx: Ctx, element: JsxElement): ParsedEntry | undefined {
  const raw = readProps(ctx, element);
  if (!raw) return undefined;
  const parsed = entryPropsSchema.safeParse(raw);
  const label = typeof raw.id === "string" ? `<ErrorEntry id="${raw.id}">` : "<ErrorEntry>";
  if (!parsed.success) {
    for (const message of describeZodIssues(parsed.error))
      report(ctx, element, `${label}: ${message}`);
  }
  const described = element.children.filter(isDescription);
  const description = described
    .map((node) => plainText(node))
    .join(" ")
    .trim();
  if (!description) report(ctx, element, `${label}: add a description before <Resolution>`);
  const steps = readSteps(ctx, element, label);
  const lifecycles = annotations(element, "Lifecycle", entryLifecyclePropsSchema);
  if (lifecycles.length > 1) report(ctx, element, `${label}: give at most one <Lifecycle>`);
  if (!parsed.success || !description || steps.text.length === 0) return undefined;
  return {
    ...parsed.data,
    line: element.position?.start.line ?? 1,
    description,
    resolution: steps.text,
    descriptionMarkdown: blockMarkdown(described),
    resolutionMarkdown: steps.markdown,
    translations: annotations(element, "Translated", translatedPropsSchema),
    lifecycle: lifecycles[0],
  };
}
