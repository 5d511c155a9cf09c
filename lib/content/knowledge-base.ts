/**
 * The built knowledge base, as the pipeline writes it and the site reads it. Its entries and
 * products extend the schemas writers write (`schema.ts`, through the component registry), so the
 * model's types (`lib/kb/model.ts`) are inferred from the same source.
 */
import { z } from "zod";
import {
  contactSchema,
  entryLifecyclePropsSchema,
  entryPropsSchema,
  frontmatterSchema,
  productSchema,
  slugSchema,
  surfaceSchema,
  translatedPropsSchema,
  vocabularySchema,
} from "./schema";
import { LIFECYCLE_SCOPES } from "@/lib/kb/model";

/** Where a product or an entry stands, and whose lifecycle that is. */
export const lifecycleNoteSchema = entryLifecyclePropsSchema.extend({
  scope: z.enum(LIFECYCLE_SCOPES).optional(),
});

/** One documented error: an `<ErrorEntry>`'s props, with what the build adds to them. */
export const kbEntrySchema = entryPropsSchema.extend({
  /** Slug of the article that documents the entry. */
  article: slugSchema,
  articleTitle: z.string(),
  /** Id of the article's product. */
  product: z.string(),
  /** Site-relative URL of the entry, ending in `#id`. */
  url: z.string(),
  /** Its names in localised user interfaces (the entry's `<Translated>` props). */
  translations: z.array(translatedPropsSchema),
  /**
   * When the product or the entry is deprecated or retired; absent while current. The entry's own
   * `<Lifecycle>`, or its article's lifecycle in the same form.
   */
  lifecycle: lifecycleNoteSchema.optional(),
  /** When the entry was last reviewed (YYYY-MM-DD): its own date, else its article's. */
  reviewed: z.string(),
  description: z.string(),
  /** Resolution steps as plain text, in order. */
  resolution: z.array(z.string()),
  /** The description as Markdown: code spans, bold, emphasis and links kept, the rest escaped. */
  descriptionMarkdown: z.string(),
  /** Each step as one line of Markdown, in order. */
  resolutionMarkdown: z.array(z.string()),
});

/** A product as `knowledge-base.yaml` declares it, with its id and its surfaces settled. */
export const builtProductSchema = productSchema.extend({
  /** Slug of the name, stable across builds. */
  id: z.string(),
  surfaces: z.array(surfaceSchema),
});

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
