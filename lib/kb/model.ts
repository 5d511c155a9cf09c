/**
 * The knowledge-base model: products, the surfaces where their errors appear, and entries. Plain
 * data shared by the build, the CLI, the page and the matcher. The types are inferred from the
 * content schemas (the component registry's and the built knowledge base's), imported as types
 * only: nothing here loads zod, so the browser's islands stay small.
 */
import type { z } from "zod";
import type {
  builtProductSchema,
  kbEntrySchema,
  lifecycleNoteSchema,
} from "@/lib/content/knowledge-base";
import type { surfaceSchema, translatedPropsSchema } from "@/lib/content/schema";

/** Badge colours a surface may take. The stylesheet has one rule per tone. */
export const TONES = ["gray", "blue", "green", "amber", "red", "violet"] as const;
export type Tone = (typeof TONES)[number];

/** A place where a product shows an error to the person running it: `surfaceSchema`. */
export type Surface = z.output<typeof surfaceSchema>;

/** A product documented by one or more articles: `builtProductSchema`. */
export type Product = z.output<typeof builtProductSchema>;

/** An entry's names as a localised user interface shows them, in one language: `<Translated>`. */
export type Translation = z.output<typeof translatedPropsSchema>;

export const LIFECYCLE_STATUSES = ["current", "deprecated", "retired"] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

/** Whose lifecycle a note gives: the entry's own `<Lifecycle>`, or its article's product's. */
export const LIFECYCLE_SCOPES = ["entry", "product"] as const;
export type LifecycleScope = (typeof LIFECYCLE_SCOPES)[number];

/**
 * The short lifecycle note a lookup result carries: `<Lifecycle>`'s props, or its article's, with
 * whose it is (`lifecycleNoteSchema`). `scope` is absent where the source does not say, which
 * reads as the product's.
 */
export type LifecycleNote = z.output<typeof lifecycleNoteSchema>;

/** One documented error, as the build extracts it from an article: `kbEntrySchema`. */
export type KbEntry = z.output<typeof kbEntrySchema>;

/** An entry's description and steps: what the page fetches, per article, for the entries it shows. */
export type EntryDetails = Pick<
  KbEntry,
  "description" | "resolution" | "descriptionMarkdown" | "resolutionMarkdown"
>;

/** The surface an entry appears on, or a neutral stand-in when the product lacks it. */
export function surfaceOf(product: Product | undefined, id: string): Surface {
  return (
    product?.surfaces.find((s) => s.id === id) ?? {
      id,
      label: id,
      tone: "gray",
      chrome: [],
      lineFormats: [],
    }
  );
}
