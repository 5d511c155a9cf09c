/**
 * Reading MDX nodes statically: their text, their props (string and array literals only), and
 * problems reported with their line. Pure helpers for the parse layer.
 */
import type { Expression, Program } from "estree";
import type { Nodes } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import "mdast-util-mdx";
import type { z } from "zod";
import type { ContentIssue } from "./errors";

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function isJsx(node: Nodes): node is JsxElement {
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

export function describeZodIssues(error: z.ZodError): string[] {
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

export type Ctx = { file: string; issues: ContentIssue[] };

export function report(
  ctx: Ctx,
  node: { position?: { start: { line: number; column: number } } } | undefined,
  message: string,
) {
  const start = node?.position?.start;
  ctx.issues.push({ file: ctx.file, line: start?.line, column: start?.column, message });
}

/** Reads a JSX element's attributes statically. */
export function readProps(ctx: Ctx, element: JsxElement): Record<string, unknown> | undefined {
  const props: Record<string, unknown> = {};
  let ok = true;
  for (const attribute of element.attributes) {
    if (attribute.type === "mdxJsxExpressionAttribute") {
      report(ctx, element, `<${element.name}> cannot take spread props: write each prop out`);
      ok = false;
      continue;
    }
    const { name, value } = attribute;
    if (Object.hasOwn(props, name)) {
      report(ctx, element, `<${element.name}> gives \`${name}\` twice; keep one`);
      ok = false;
      continue;
    }
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
