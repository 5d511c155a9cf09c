/**
 * Compile layer: MDX source → bundled code. Pure: it touches no files of its own.
 */
import { bundleMDX } from "mdx-bundler";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import type { ContentIssue } from "./errors";

export type CompileResult = { ok: true; code: string } | { ok: false; issues: ContentIssue[] };

export async function compileArticle(source: string, file: string): Promise<CompileResult> {
  try {
    const result = await bundleMDX({
      source,
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm];
        options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeSlug];
        return options;
      },
    });
    return { ok: true, code: result.code };
  } catch (error) {
    const esbuildErrors =
      error && typeof error === "object" && "errors" in error && Array.isArray(error.errors)
        ? error.errors
        : [];
    const issues: ContentIssue[] = esbuildErrors.map((e: unknown) => {
      const text = e && typeof e === "object" && "text" in e ? String(e.text) : String(e);
      const location =
        e &&
        typeof e === "object" &&
        "location" in e &&
        e.location &&
        typeof e.location === "object"
          ? e.location
          : undefined;
      const line =
        location && "line" in location && typeof location.line === "number"
          ? location.line
          : undefined;
      return { file, line, message: `MDX could not be compiled: ${text}` };
    });
    return {
      ok: false,
      issues:
        issues.length > 0
          ? issues
          : [{ file, message: `MDX could not be compiled: ${String(error)}` }],
    };
  }
}
