/**
 * An entry's description and steps as Markdown, read from the MDX tree at build time: code spans,
 * bold, emphasis and links are kept, everything else becomes escaped text. Pure.
 */
import type { Nodes } from "mdast";
import { codeSpan, escapeBlockStart, escapeInline, linkDestination } from "@/lib/kb/markdown";
import { plainText } from "./mdx-read";

/** Phrasing content as Markdown on one line: soft breaks and hard breaks become spaces. */
export function inlineMarkdown(node: Nodes): string {
  switch (node.type) {
    case "text":
      return escapeInline(node.value.replace(/\s*\n\s*/g, " "));
    case "inlineCode":
      return codeSpan(node.value);
    case "break":
      return " ";
    case "strong":
      return wrap("**", node.children.map(inlineMarkdown).join(""));
    case "emphasis":
      return wrap("*", node.children.map(inlineMarkdown).join(""));
    case "delete":
      return wrap("~~", node.children.map(inlineMarkdown).join(""));
    case "link": {
      const text = node.children.map(inlineMarkdown).join("");
      return `[${text || escapeInline(node.url)}](${linkDestination(node.url)})`;
    }
    case "paragraph":
    case "heading":
    case "tableCell":
      return node.children.map(inlineMarkdown).join("");
    default:
      return "children" in node || "value" in node ? escapeInline(plainText(node)) : "";
  }
}

/** Markers around content, outside its surrounding spaces, which would stop them closing. */
function wrap(marker: string, content: string): string {
  const trimmed = content.trim();
  if (!trimmed) return content;
  const lead = content.slice(0, content.indexOf(trimmed));
  const tail = content.slice(lead.length + trimmed.length);
  return `${lead}${marker}${trimmed}${marker}${tail}`;
}

/** Block content as Markdown: each paragraph a line of its own, separated by blank lines. */
export function blockMarkdown(nodes: Nodes[], separator = "\n\n"): string {
  return nodes
    .map((node) => {
      if (node.type === "list" || node.type === "listItem" || node.type === "blockquote")
        return blockMarkdown(node.children, " ");
      if (node.type === "code") return codeSpan(node.value.replace(/\s*\n\s*/g, " "));
      if (node.type === "mdxJsxFlowElement") return blockMarkdown(node.children, separator);
      return escapeBlockStart(inlineMarkdown(node).trim());
    })
    .filter(Boolean)
    .join(separator);
}
