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
import { COMPONENT_NAMES, COMPONENTS, isComponentName } from "./components";
import { type ParsedEntry, readEntry } from "./entry";
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

/**
 * Checks a component against the registry (known name, placement, body, props) and records what
 * the article needs from it. Returns whether to walk into its children.
 */
function readComponent(ctx: Ctx, node: JsxElement, out: Walk, insideEntry: boolean): boolean {
  const name = node.name ?? "";
  if (!isComponentName(name)) {
    const known = COMPONENT_NAMES.map((c) => `<${c}>`).join(", ");
    report(ctx, node, `unknown component <${name || "fragment"}>; articles may use ${known}`);
    return false;
  }
  const rule = COMPONENTS[name];
  if (rule.placement === "entry" && !insideEntry) {
    report(ctx, node, `<${name}> belongs inside an <ErrorEntry>`);
  } else if (rule.placement === "article" && insideEntry) {
    report(ctx, node, `<${name}> cannot be nested inside an <ErrorEntry>`);
  }
  if (rule.body === "empty" && node.children.some((c) => plainText(c).trim() !== "")) {
    report(ctx, node, `<${name}> takes no content: write it as <${name} ... />`);
  }
  if (name === "ErrorEntry") {
    const entry = readEntry(ctx, node);
    if (entry) {
      out.entries.push(entry);
      out.headings.at(-1)?.entryIds.push(entry.id);
    }
    return true;
  }
  const props = readProps(ctx, node);
  const parsed = props && rule.props.safeParse(props);
  if (parsed && !parsed.success) {
    for (const m of describeZodIssues(parsed.error)) report(ctx, node, `<${name}>: ${m}`);
  } else if (parsed && name === "EntryTable") {
    const appears = typeof props.appears === "string" ? props.appears : undefined;
    out.tables.push({ appears, line: node.position?.start.line ?? 1 });
  }
  return true;
}

function walk(ctx: Ctx, node: Root | RootContent, out: Walk, insideEntry: boolean): void {
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
      if (!insideEntry || node.depth === 1) readHeading(ctx, node, out);
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
    if (!readComponent(ctx, node, out, insideEntry)) return;
    const inside = insideEntry || node.name === "ErrorEntry";
    for (const child of node.children) walk(ctx, child, out, inside);
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
