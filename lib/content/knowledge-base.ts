import { z } from "zod";
import {
  type KbEntry,
  LIFECYCLE_SCOPES,
  LIFECYCLE_STATUSES,
  type Product,
  TONES,
} from "@/lib/kb/model";
import { contactSchema, frontmatterSchema, vocabularySchema } from "./schema";

/** The built knowledge base, as the pipeline writes it and the site reads it. */
export const kbEntrySchema = z.strictObject({
  id: z.string(),
  article: z.string(),
  articleTitle: z.string(),
  product: z.string(),
  url: z.string(),
  name: z.string(),
  appears: z.string(),
  messages: z.array(z.string()),
  aliases: z.array(z.string()),
  formerly: z.array(z.string()),
  translations: z.array(z.strictObject({ lang: z.string(), names: z.array(z.string()) })),
  lifecycle: z
    .strictObject({
      status: z.enum(LIFECYCLE_STATUSES),
      since: z.string().optional(),
      note: z.string().optional(),
      scope: z.enum(LIFECYCLE_SCOPES).optional(),
    })
    .optional(),
  reviewed: z.string(),
  description: z.string(),
  resolution: z.array(z.string()),
  descriptionMarkdown: z.string(),
  resolutionMarkdown: z.array(z.string()),
}) satisfies z.ZodType<KbEntry>;

export const builtProductSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  terms: z.array(z.string()),
  surfaces: z.array(
    z.strictObject({
      id: z.string(),
      label: z.string(),
      tone: z.enum(TONES),
      chrome: z.array(z.string()),
    }),
  ),
}) satisfies z.ZodType<Product>;

export const builtArticleSchema = z.strictObject({
  slug: z.string(),
  /** Id of the article's product. */
  product: z.string(),
  frontmatter: frontmatterSchema,
  code: z.string(),
  headings: z.array(
    z.strictObject({
      depth: z.union([z.literal(2), z.literal(3)]),
      text: z.string(),
      slug: z.string(),
      entryIds: z.array(z.string()),
    }),
  ),
  entryIds: z.array(z.string()),
});
export type BuiltArticle = z.infer<typeof builtArticleSchema>;

export const knowledgeBaseSchema = z.strictObject({
  articles: z.array(builtArticleSchema),
  products: z.array(builtProductSchema),
  entries: z.array(kbEntrySchema),
  /** Where undocumented errors are reported, from `knowledge-base.yaml`. */
  contact: contactSchema.optional(),
  /** The knowledge base's additions to the matcher's vocabulary, from `knowledge-base.yaml`. */
  vocabulary: vocabularySchema.optional(),
});
export type KnowledgeBase = z.infer<typeof knowledgeBaseSchema>;
