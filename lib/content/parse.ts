/**
 * Parse layer: MDX source → frontmatter, entries, headings and links, checked statically.
 * Pure: no filesystem, no bundler. The CLI uses this alone, so it runs without a build.
 */
import type { Root, RootContent } from "mdast";
import "mdast-util-mdx";
import { slug as githubSlug } from "github-slugger";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import {
  type CheckedProps,
  COMPONENT_NAMES,
  COMPONENTS,
  type ComponentName,
  componentsWithBody,
  isComponentName,
  type Placement,
  propsSchemaOf,
} from "./components";
import { type EntryFrame, finishEntry, labelOf, type ParsedEntry, readSteps } from "./entry";
import type { ContentIssue } from "./errors";
import {
  type Ctx,
  describeZodIssues,
  isJsx,
  type JsxElement,
  plainText,
  readProps,
  report,
} from "./mdx-read";
import { type Frontmatter, frontmatterSchema } from "./schema";

export { plainText } from "./mdx-read";
export type { ParsedEntry } from "./entry";

const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkGfm);

/** A section heading, with the ids of the entries that follow it. */
export type ParsedHeading = {
  depth: 2 | 3;
  text: string;
  slug: string;
  line: number;
  entryIds: string[];
};
export type ParsedLink = { url: string; line: number };
/** An `<EntryTable>`, with the surface it filters on. */
export type ParsedTable = { appears?: string; line: number };

export type ParsedArticle = {
  slug: string;
  file: string;
  frontmatter: Frontmatter;
  entries: ParsedEntry[];
  headings: ParsedHeading[];
  links: ParsedLink[];
  tables: ParsedTable[];
  /** Line of the frontmatter's `product:` field, for messages about the product. */
  productLine: number;
};

export type ParseResult =
  { ok: true; article: ParsedArticle } | { ok: false; issues: ContentIssue[] };

type Walk = {
  entries: ParsedEntry[];
  headings: ParsedHeading[];
  links: ParsedLink[];
  tables: ParsedTable[];
  frontmatter?: Frontmatter;
  productLine: number;
};

function readFrontmatter(
  ctx: Ctx,
  node: { value: string } & Parameters<typeof report>[1],
  out: Walk,
) {
  let data: unknown;
  try {
    data = parseYaml(node.value);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    report(ctx, node, `frontmatter is not valid YAML: ${reason}`);
    return;
  }
  const parsed = frontmatterSchema.safeParse(data);
  const productAt = node.value.split("\n").findIndex((l) => /^product\s*:/.test(l));
  out.productLine = (node?.position?.start.line ?? 1) + 1 + Math.max(productAt, 0);
  if (parsed.success) out.frontmatter = parsed.data;
  else for (const m of describeZodIssues(parsed.error)) report(ctx, node, `frontmatter: ${m}`);
}

function readHeading(ctx: Ctx, node: Extract<RootContent, { type: "heading" }>, out: Walk) {
  if (node.depth === 1) {
    report(ctx, node, "do not use a level-1 heading (#); the title comes from the frontmatter");
  } else if (node.depth === 2 || node.depth === 3) {
    const text = plainText(node);
    out.headings.push({
      depth: node.depth,
      text,
      slug: githubSlug(text),
      line: node.position?.start.line ?? 1,
      entryIds: [],
    });
  }
}

/** Where the walk stands: in the article's flow, or inside an entry, directly or deeper. */
type Scope = { entry?: EntryFrame; direct: boolean };

const ARTICLE: Scope = { direct: false };

/**
 * What the article or the entry takes from a component's checked props, for the components that
 * give something beyond their body. Typed by the registry: a renamed prop fails here.
 */
type Collectors = {
  [N in ComponentName]?: (
    props: CheckedProps<N>,
    at: { ctx: Ctx; node: JsxElement; out: Walk; entry?: EntryFrame },
  ) => void;
};

const COLLECT: Collectors = {
  EntryTable: ({ appears }, { node, out }) => {
    out.tables.push({ appears, line: node.position?.start.line ?? 1 });
  },
  Translated: (props, { entry }) => {
    entry?.translations.push(props);
  },
  Lifecycle: (props, { ctx, node, entry }) => {
    if (!entry) return;
    if (entry.lifecycle) report(ctx, node, `${entry.label}: give at most one <Lifecycle>`);
    else entry.lifecycle = props;
  },
};

/** A component's props checked with `schema`; what is wrong is reported with the element's label. */
function checked<S extends z.ZodType>(
  ctx: Ctx,
  node: JsxElement,
  schema: S,
): z.output<S> | undefined {
  const raw = readProps(ctx, node);
  if (!raw) return undefined;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const m of describeZodIssues(parsed.error)) report(ctx, node, `${labelOf(node)}: ${m}`);
  return undefined;
}

/** Checks a component's props with its registry schema, and collects what they give. */
function collect<N extends ComponentName>(
  ctx: Ctx,
  node: JsxElement,
  name: N,
  out: Walk,
  entry: EntryFrame | undefined,
): void {
  const props = checked(ctx, node, propsSchemaOf(name));
  if (props !== undefined) COLLECT[name]?.(props, { ctx, node, out, entry });
}

/** The components an entry is written with, for messages: "<ErrorEntry>". */
const ENTRY_COMPONENTS = componentsWithBody("entry")
  .map((n) => `<${n}>`)
  .join(" or ");

/** Reports a component standing where the registry does not allow it. */
function misplaced(ctx: Ctx, node: JsxElement, placement: Placement, scope: Scope): boolean {
  const name = node.name ?? "";
  if (placement === "entry" && !scope.entry) {
    report(ctx, node, `<${name}> belongs inside an ${ENTRY_COMPONENTS}`);
  } else if (placement === "entry" && !scope.direct) {
    report(ctx, node, `<${name}> must stand on lines of its own, directly inside its entry`);
  } else if (placement === "article" && scope.entry) {
    report(ctx, node, `<${name}> cannot be nested inside an ${ENTRY_COMPONENTS}`);
  } else {
    return false;
  }
  return true;
}

/**
 * Checks a component against the registry (known name, placement, props, body) for every
 * component alike, records what the article needs from it, and walks into its children.
 */
function readComponent(ctx: Ctx, node: JsxElement, out: Walk, scope: Scope): void {
  const name = node.name ?? "";
  if (!isComponentName(name)) {
    const known = COMPONENT_NAMES.map((c) => `<${c}>`).join(", ");
    report(ctx, node, `unknown component <${name || "fragment"}>; articles may use ${known}`);
    return;
  }
  const rule = COMPONENTS[name];
  const wrongPlace = misplaced(ctx, node, rule.placement, scope);
  if (rule.body === "entry") {
    const props = checked(ctx, node, rule.props);
    const frame: EntryFrame = { label: labelOf(node), steps: [], translations: [] };
    for (const child of node.children) walk(ctx, child, out, { entry: frame, direct: true });
    const entry = finishEntry(ctx, node, props, frame);
    if (entry && !wrongPlace) {
      out.entries.push(entry);
      out.headings.at(-1)?.entryIds.push(entry.id);
    }
    return;
  }
  collect(ctx, node, name, out, scope.entry);
  if (rule.body === "empty" && node.children.some((c) => plainText(c).trim() !== "")) {
    report(ctx, node, `<${name}> takes no content: write it as <${name} ... />`);
  } else if (rule.body === "steps" && !wrongPlace) {
    scope.entry?.steps.push({ node, steps: readSteps(ctx, node, scope.entry.label) });
  }
  const inner: Scope = { ...scope, direct: false };
  for (const child of node.children) walk(ctx, child, out, inner);
}

function walk(ctx: Ctx, node: Root | RootContent, out: Walk, scope: Scope): void {
  switch (node.type) {
    case "yaml":
      readFrontmatter(ctx, node, out);
      return;
    case "mdxjsEsm":
      report(
        ctx,
        node,
        "imports and exports are not allowed in articles; use the built-in components",
      );
      return;
    case "mdxFlowExpression":
    case "mdxTextExpression":
      if (node.data?.estree && node.data.estree.body.length > 0) {
        report(
          ctx,
          node,
          `expressions such as {${node.value.trim()}} are not allowed; write plain text`,
        );
      }
      return;
    case "heading":
      if (!scope.entry || node.depth === 1) readHeading(ctx, node, out);
      break;
    case "link":
    case "definition":
      out.links.push({ url: node.url, line: node.position?.start.line ?? 1 });
      break;
    case "html":
      report(ctx, node, "raw HTML is not allowed; use Markdown or a built-in component");
      return;
    default:
      break;
  }
  if (isJsx(node)) {
    readComponent(ctx, node, out, scope);
    return;
  }
  if ("children" in node) {
    const inner: Scope = { ...scope, direct: false };
    for (const child of node.children) walk(ctx, child, out, inner);
  }
}

/**
 * What to do about the MDX parser's commonest complaints, which say what is wrong but not how to
 * mend it. Matched against the parser's own words, which stay in the message as they are.
 */
const SYNTAX_HINTS: { reason: RegExp; hint: (m: RegExpExecArray) => string }[] = [
  {
    reason: /^Expected a closing tag for `<(\w+)>`/,
    hint: (m) => `close it with </${m[1]}> on a line of its own where it ends`,
  },
  {
    reason: /^Unexpected closing tag `<\/(\w+)>`, expected corresponding closing tag for `<(\w+)>`/,
    hint: (m) => `close <${m[2]}> before </${m[1]}>, or remove the extra </${m[1]}>`,
  },
  {
    reason: /^Unexpected closing slash `\/` in tag, expected an open tag first/,
    hint: () => "remove the closing tag that has no opening tag",
  },
  {
    reason: /^Unexpected end of file in expression, expected a corresponding closing brace/,
    hint: () => "close the { with a }, or write \\{ for a literal brace",
  },
];

/** The parser's error as a problem with its place: from the error, or from its "(12:1-14:3)". */
function syntaxIssue(file: string, error: unknown): ContentIssue {
  const field = (name: string): unknown =>
    error && typeof error === "object" ? Reflect.get(error, name) : undefined;
  const line = field("line");
  const column = field("column");
  const reasonField = field("reason");
  const reason = typeof reasonField === "string" ? reasonField : String(error);
  const quoted = /\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(reason);
  const place =
    typeof line === "number"
      ? { line, column: typeof column === "number" ? column : undefined }
      : quoted
        ? { line: Number(quoted[1]), column: Number(quoted[2]) }
        : {};
  const known = SYNTAX_HINTS.map(({ reason: pattern, hint }) => {
    const m = pattern.exec(reason);
    return m ? hint(m) : undefined;
  }).find((h) => h !== undefined);
  return { file, ...place, message: `MDX syntax error: ${reason}${known ? `; ${known}` : ""}` };
}

/** Parses and checks one article. Every problem found is returned, each with its line. */
export function parseArticle(source: string, file: string, slug: string): ParseResult {
  const ctx: Ctx = { file, issues: [] };
  let tree: Root;
  try {
    tree = processor.parse(source);
  } catch (error) {
    return { ok: false, issues: [syntaxIssue(file, error)] };
  }
  const out: Walk = { entries: [], headings: [], links: [], tables: [], productLine: 1 };
  walk(ctx, tree, out, ARTICLE);
  if (!tree.children.some((node) => node.type === "yaml")) {
    ctx.issues.push({
      file,
      line: 1,
      message: "frontmatter is missing: start the file with a --- block",
    });
  }
  const seen = new Map<string, number>();
  for (const anchor of [
    ...out.entries.map((e) => ({ id: e.id, line: e.line })),
    ...out.entries.flatMap((e) => e.formerly.map((id) => ({ id, line: e.line }))),
    ...out.headings.map((h) => ({ id: h.slug, line: h.line })),
  ]) {
    const first = seen.get(anchor.id);
    if (first !== undefined) {
      ctx.issues.push({
        file,
        line: anchor.line,
        message: `anchor "${anchor.id}" is used twice in this article (first on line ${first}); rename one`,
      });
    } else {
      seen.set(anchor.id, anchor.line);
    }
  }
  if (ctx.issues.length > 0 || !out.frontmatter) return { ok: false, issues: ctx.issues };
  return {
    ok: true,
    article: {
      slug,
      file,
      frontmatter: out.frontmatter,
      entries: out.entries,
      headings: out.headings,
      links: out.links,
      tables: out.tables,
      productLine: out.productLine,
    },
  };
}
