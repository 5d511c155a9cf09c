/**
 * Parse layer: MDX source → frontmatter, entries, headings and links, checked statically.
 * Pure: no filesystem, no bundler. The CLI uses this alone, so it runs without a build.
 */
import type { Expression, Program } from "estree";
import type { List, Nodes, Root, RootContent } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import "mdast-util-mdx";
import { slug as githubSlug } from "github-slugger";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import type { ContentIssue } from "./errors";
import {
  type EntryProps,
  type Frontmatter,
  entryPropsSchema,
  entryTablePropsSchema,
  frontmatterSchema,
} from "./schema";

/** Components an article may use. Anything else is an error, never a silent gap. */
export const ALLOWED_COMPONENTS = ["ErrorEntry", "Resolution", "EntryTable", "Note"] as const;
const ALLOWED: ReadonlySet<string> = new Set(ALLOWED_COMPONENTS);

export type ParsedEntry = EntryProps & {
  line: number;
  description: string;
  resolution: string[];
};

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

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkGfm);

function isJsx(node: Nodes): node is JsxElement {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

/** Text of a node, with block children separated by a space so words never run together. */
export function plainText(node: Nodes): string {
  if ("value" in node && typeof node.value === "string" && node.type !== "yaml") {
    return node.type === "mdxFlowExpression" || node.type === "mdxTextExpression" ? "" : node.value;
  }
  if (node.type === "break") return " ";
  if (!("children" in node)) return "";
  const parts = node.children.map((child: Nodes) => plainText(child));
  const block = node.type === "root" || node.type === "list" || node.type === "listItem";
  return parts
    .join(block || node.type === "mdxJsxFlowElement" ? " " : "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Reads a literal value from an estree expression, or says why it cannot. */
function staticValue(expr: Expression): { ok: true; value: unknown } | { ok: false } {
  switch (expr.type) {
    case "Literal":
      return "regex" in expr || "bigint" in expr ? { ok: false } : { ok: true, value: expr.value };
    case "TemplateLiteral":
      return expr.expressions.length === 0
        ? { ok: true, value: expr.quasis.map((q) => q.value.cooked ?? q.value.raw).join("") }
        : { ok: false };
    case "ArrayExpression": {
      const values: unknown[] = [];
      for (const element of expr.elements) {
        if (!element || element.type === "SpreadElement") return { ok: false };
        const inner = staticValue(element);
        if (!inner.ok) return inner;
        values.push(inner.value);
      }
      return { ok: true, value: values };
    }
    default:
      return { ok: false };
  }
}

function expressionOf(program: Program | undefined): Expression | undefined {
  const statement = program?.body[0];
  return program?.body.length === 1 && statement?.type === "ExpressionStatement"
    ? statement.expression
    : undefined;
}

function describeZodIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.join(".");
    if (issue.code === "unrecognized_keys") {
      return `unknown ${issue.keys.length === 1 ? "field" : "fields"} ${issue.keys.map((k) => `\`${k}\``).join(", ")}`;
    }
    if (issue.code === "invalid_type" && issue.input === undefined) {
      return `\`${path}\` is missing`;
    }
    return `\`${path || "(value)"}\`: ${issue.message}`;
  });
}

type Ctx = { file: string; issues: ContentIssue[] };

function report(
  ctx: Ctx,
  node: { position?: { start: { line: number; column: number } } } | undefined,
  message: string,
) {
  const start = node?.position?.start;
  ctx.issues.push({ file: ctx.file, line: start?.line, column: start?.column, message });
}

/** Reads a JSX element's attributes statically. */
function readProps(ctx: Ctx, element: JsxElement): Record<string, unknown> | undefined {
  const props: Record<string, unknown> = {};
  let ok = true;
  for (const attribute of element.attributes) {
    if (attribute.type === "mdxJsxExpressionAttribute") {
      report(ctx, element, `<${element.name}> cannot take spread props: write each prop out`);
      ok = false;
      continue;
    }
    const { name, value } = attribute;
    if (value === null || value === undefined) {
      props[name] = true;
    } else if (typeof value === "string") {
      props[name] = value;
    } else {
      const expr = expressionOf(value.data?.estree ?? undefined);
      const result = expr ? staticValue(expr) : { ok: false as const };
      if (result.ok) {
        props[name] = result.value;
      } else {
        report(
          ctx,
          element,
          `<${element.name}> prop \`${name}\` must be a string or an array of string literals ` +
            `the build can read, not \`{${value.value}}\``,
        );
        ok = false;
      }
    }
  }
  return ok ? props : undefined;
}

function readEntry(ctx: Ctx, element: JsxElement): ParsedEntry | undefined {
  const raw = readProps(ctx, element);
  if (!raw) return undefined;
  const parsed = entryPropsSchema.safeParse(raw);
  const label = typeof raw.id === "string" ? `<ErrorEntry id="${raw.id}">` : "<ErrorEntry>";
  if (!parsed.success) {
    for (const message of describeZodIssues(parsed.error)) {
      report(ctx, element, `${label}: ${message}`);
    }
  }
  const resolutions = element.children.filter(
    (child): child is MdxJsxFlowElement =>
      child.type === "mdxJsxFlowElement" && child.name === "Resolution",
  );
  const descriptionNodes = element.children.filter(
    (child) => !(child.type === "mdxJsxFlowElement" && child.name === "Resolution"),
  );
  const description = descriptionNodes
    .map((node) => plainText(node))
    .join(" ")
    .trim();
  if (!description) {
    report(ctx, element, `${label}: add a description before <Resolution>`);
  }
  const [resolution] = resolutions;
  let steps: string[] = [];
  if (!resolution) {
    report(ctx, element, `${label}: add a <Resolution> with an ordered list of steps`);
  } else if (resolutions.length > 1) {
    report(ctx, resolutions[1], `${label}: has more than one <Resolution>; merge them`);
  } else {
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
    } else {
      steps = list.children.map((item) => plainText(item)).filter(Boolean);
      if (steps.length === 0) report(ctx, resolution, `${label}: the resolution has no steps`);
    }
  }
  if (!parsed.success || !description || steps.length === 0) return undefined;
  return {
    ...parsed.data,
    line: element.position?.start.line ?? 1,
    description,
    resolution: steps,
  };
}

type Walk = {
  entries: ParsedEntry[];
  headings: ParsedHeading[];
  links: ParsedLink[];
  tables: ParsedTable[];
  frontmatter?: Frontmatter;
  productLine: number;
};

function walk(ctx: Ctx, node: Root | RootContent, out: Walk, insideEntry: boolean): void {
  switch (node.type) {
    case "yaml": {
      let data: unknown;
      try {
        data = parseYaml(node.value);
      } catch (error) {
        report(
          ctx,
          node,
          `frontmatter is not valid YAML: ${error instanceof Error ? error.message : String(error)}`,
        );
        return;
      }
      const parsed = frontmatterSchema.safeParse(data);
      const productAt = node.value.split("\n").findIndex((l) => /^product\s*:/.test(l));
      out.productLine = (node.position?.start.line ?? 1) + 1 + Math.max(productAt, 0);
      if (parsed.success) out.frontmatter = parsed.data;
      else for (const m of describeZodIssues(parsed.error)) report(ctx, node, `frontmatter: ${m}`);
      return;
    }
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
      if (node.depth === 1) {
        report(ctx, node, "do not use a level-1 heading (#); the title comes from the frontmatter");
      } else if ((node.depth === 2 || node.depth === 3) && !insideEntry) {
        const text = plainText(node);
        out.headings.push({
          depth: node.depth,
          text,
          slug: githubSlug(text),
          line: node.position?.start.line ?? 1,
          entryIds: [],
        });
      }
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
    const name = node.name ?? "";
    if (!ALLOWED.has(name)) {
      report(
        ctx,
        node,
        `unknown component <${name || "fragment"}>; articles may use ${ALLOWED_COMPONENTS.map((c) => `<${c}>`).join(", ")}`,
      );
      return;
    }
    if (name === "ErrorEntry") {
      if (insideEntry) report(ctx, node, "<ErrorEntry> cannot be nested inside another entry");
      const entry = readEntry(ctx, node);
      if (entry) {
        out.entries.push(entry);
        out.headings.at(-1)?.entryIds.push(entry.id);
      }
    } else if (name === "Resolution" && !insideEntry) {
      report(ctx, node, "<Resolution> belongs inside an <ErrorEntry>");
    } else if (name === "EntryTable") {
      const props = readProps(ctx, node);
      const parsed = props && entryTablePropsSchema.safeParse(props);
      if (parsed && !parsed.success) {
        for (const m of describeZodIssues(parsed.error)) report(ctx, node, `<EntryTable>: ${m}`);
      } else if (parsed) {
        out.tables.push({ appears: parsed.data.appears, line: node.position?.start.line ?? 1 });
      }
    }
    for (const child of node.children) walk(ctx, child, out, insideEntry || name === "ErrorEntry");
    return;
  }
  if ("children" in node) {
    for (const child of node.children) walk(ctx, child, out, insideEntry);
  }
}

/** Parses and checks one article. Every problem found is returned, each with its line. */
export function parseArticle(source: string, file: string, slug: string): ParseResult {
  const ctx: Ctx = { file, issues: [] };
  let tree: Root;
  try {
    tree = processor.parse(source);
  } catch (error) {
    const place =
      error && typeof error === "object" && "line" in error && typeof error.line === "number"
        ? {
            line: error.line,
            column:
              "column" in error && typeof error.column === "number" ? error.column : undefined,
          }
        : {};
    const reason =
      error && typeof error === "object" && "reason" in error && typeof error.reason === "string"
        ? error.reason
        : String(error);
    return { ok: false, issues: [{ file, ...place, message: `MDX syntax error: ${reason}` }] };
  }
  const out: Walk = { entries: [], headings: [], links: [], tables: [], productLine: 1 };
  walk(ctx, tree, out, false);
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
