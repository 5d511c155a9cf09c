import { z } from "zod";
import { lineFormatProblem } from "@/lib/lookup/line-format";
import type { VocabularyExtension } from "@/lib/lookup/word-rules";
import { LIFECYCLE_STATUSES, TONES } from "@/lib/kb/model";

/** Lower-case words joined by single hyphens: safe as a URL segment and as an anchor. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case letters, digits and single hyphens");

/** A date as precise as it is known: "2025-06-19", or "2025-11" for a month. */
const lifecycleDateSchema = z
  .string()
  .regex(
    /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/,
    "write the date as YYYY-MM-DD, or YYYY-MM when only the month is known",
  );

/** Where a product stands: current, deprecated (still works, going away) or retired. */
export const lifecycleSchema = z.strictObject({
  status: z.enum(LIFECYCLE_STATUSES),
  dates: z
    .array(z.strictObject({ date: lifecycleDateSchema, event: z.string().min(1) }))
    .default([]),
  replacedBy: z
    .array(
      z.strictObject({
        title: z.string().min(1),
        url: z
          .string()
          .regex(/^(?:https?:\/\/|\/)/, "give a full https:// address or a site path")
          .optional(),
        for: z.string().min(1).optional(),
      }),
    )
    .default([]),
  note: z.string().min(1).optional(),
});
export type Lifecycle = z.infer<typeof lifecycleSchema>;

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
  lifecycle: lifecycleSchema.optional(),
});
export type Frontmatter = z.infer<typeof frontmatterSchema>;

export const entryPropsSchema = z.strictObject({
  /** Permanent id, unique across the knowledge base: the anchor support staff link to. */
  id: slugSchema,
  name: z.string().min(1),
  /** Id of one of the product's surfaces; checked against the product once products are known. */
  appears: slugSchema,
  /** The exact messages the software shows, verbatim. */
  messages: z.array(z.string().min(1)).min(1, "list at least one message, verbatim"),
  /** Other ways people or the software phrase the same error. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Former ids that now lead to this entry. */
  formerly: z.array(slugSchema).default([]),
  /** When the entry was last checked against the product; the article's `updated` otherwise. */
  reviewed: z.iso.date({ error: "write the date as YYYY-MM-DD" }).optional(),
});
export type EntryProps = z.infer<typeof entryPropsSchema>;

export const entryTablePropsSchema = z.strictObject({
  appears: slugSchema.optional(),
});

/** `<Translated lang="ja" names={["接続エラー"]} />`: the entry's name as a localised UI shows it. */
export const translatedPropsSchema = z.strictObject({
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "use a BCP 47 language tag such as ja or zh-Hant"),
  names: z.array(z.string().min(1)).min(1, "list at least one name, verbatim"),
});

/** `<Lifecycle status="retired" since="2025-11" />` inside an entry: that entry alone. */
export const entryLifecyclePropsSchema = z.strictObject({
  status: z.enum(LIFECYCLE_STATUSES),
  since: lifecycleDateSchema.optional(),
  note: z.string().min(1).optional(),
});

export const emptyPropsSchema = z.strictObject({});

/** A place where a product shows an error: an id for `appears`, a label, a badge tone, and chrome. */
export const surfaceSchema = z.strictObject({
  id: slugSchema,
  label: z.string().min(1),
  tone: z.enum(TONES).default("gray"),
  /**
   * Lines of user-interface chrome that a copy from this surface drags along and that are never
   * errors ("Dismiss", "View details"). The lookup drops them.
   */
  chrome: z.array(z.string().min(1)).default([]),
  /**
   * How a log or console writes each line, the message as `<message>` and every other field as
   * `<name>`: `<date> <time> <level> [<thread>] <logger>: <message>`. A field is one run of
   * characters without white space; the rest is literal. A documented message that is a line's
   * whole message, in its product's format, is a confident match even when it is one word.
   */
  lineFormats: z
    .array(
      z.string().superRefine((format, ctx) => {
        const problem = lineFormatProblem(format);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    )
    .default([]),
});

export const productSchema = z.strictObject({
  /** Display name; an article's frontmatter `product` gives it (or one of its aliases). */
  name: z.string().min(1),
  /** Other names a paste may use for the product: "Cloud App Security", "MCAS". */
  aliases: z.array(z.string().min(1)).default([]),
  /** Components, binaries, jar, process or config names that imply the product in a paste. */
  terms: z.array(z.string().min(1)).default([]),
  /** Where its errors appear; a product that lists none gets the default surfaces. */
  surfaces: z.array(surfaceSchema).min(1).optional(),
});

/**
 * Where readers report an error the knowledge base does not document: an e-mail address, the
 * new-issue page of an issue tracker, or both. The lookup prefills a link to each with the
 * redacted report.
 */
export const contactSchema = z
  .strictObject({
    email: z.email({ error: "give an e-mail address, such as kb-writers@example.com" }).optional(),
    issues: z
      .url({
        protocol: /^https?$/,
        error:
          "give the full http(s):// address of the tracker's new-issue page, such as https://github.com/org/kb/issues/new",
      })
      .optional(),
  })
  .refine((c) => c.email !== undefined || c.issues !== undefined, {
    error: "give `email`, `issues` or both, or remove `contact`",
  });
export type Contact = z.infer<typeof contactSchema>;

const words = z.array(z.string().trim().min(1)).optional();
const wordMap = z.record(z.string().trim().min(1), z.string().trim().min(1)).optional();

/**
 * A knowledge base's additions to the matcher's vocabulary (`lib/lookup/vocabulary/`): words of
 * its domain that say nothing (`stopwords`, `smallTalk`), words that mean a canonical one
 * (`synonyms`), two-word forms of one token (`pairs`), and words that label a field.
 */
export const vocabularySchema = z.strictObject({
  stopwords: words,
  smallTalk: words,
  synonyms: wordMap,
  pairs: z
    .record(
      z.string().regex(/^\S+ \S+$/, { error: "a pair is two words separated by one space" }),
      z.string().trim().min(1),
    )
    .optional(),
  fieldLabels: words,
}) satisfies z.ZodType<VocabularyExtension>;

/** `knowledge-base.yaml` in the content folder: optional. */
export const kbConfigSchema = z.strictObject({
  products: z.array(productSchema).default([]),
  contact: contactSchema.optional(),
  vocabulary: vocabularySchema.optional(),
});
export type KbConfig = z.infer<typeof kbConfigSchema>;

/** The committed record of published slugs and ids (`published.json` in the content folder). */
export const publishedRecordSchema = z.strictObject({
  articles: z.record(slugSchema, z.array(slugSchema)),
});
export type PublishedRecord = z.infer<typeof publishedRecordSchema>;
