import { z } from "zod";
import { APPEARS } from "@/lib/lookup/types";

/** Lower-case words joined by single hyphens: safe as a URL segment and as an anchor. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case letters, digits and single hyphens");

export const frontmatterSchema = z.strictObject({
  title: z.string().min(1),
  summary: z.string().min(1),
  product: z.string().min(1),
  appliesTo: z.array(z.string().min(1)).min(1),
  updated: z.iso.date({ error: "write the date as YYYY-MM-DD, for example 2026-01-31" }),
  /** Optional ordering on the home page; lower comes first, then title. */
  order: z.number().int().optional(),
  tags: z.array(z.string().min(1)).default([]),
  /** Slugs this article was published under before; they keep working. */
  formerSlugs: z.array(slugSchema).default([]),
});
export type Frontmatter = z.infer<typeof frontmatterSchema>;

export const entryPropsSchema = z.strictObject({
  id: slugSchema,
  name: z.string().min(1),
  appears: z.enum(APPEARS),
  messages: z.array(z.string().min(1)).min(1, "list at least one message, verbatim"),
  aliases: z.array(z.string().min(1)).default([]),
  formerly: z.array(slugSchema).default([]),
});
export type EntryProps = z.infer<typeof entryPropsSchema>;

export const entryTablePropsSchema = z.strictObject({
  appears: z.enum(APPEARS).optional(),
});

/** The committed record of published slugs and ids (`published.json` in the content folder). */
export const publishedRecordSchema = z.strictObject({
  articles: z.record(slugSchema, z.array(slugSchema)),
});
export type PublishedRecord = z.infer<typeof publishedRecordSchema>;
