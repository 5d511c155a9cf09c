/**
 * The knowledge-base model: products, the surfaces where their errors appear, and entries. Plain
 * data with no dependencies, shared by the build, the CLI, the page and the matcher.
 */

/** Badge colours a surface may take. The stylesheet has one rule per tone. */
export const TONES = ["gray", "blue", "green", "amber", "red", "violet"] as const;
export type Tone = (typeof TONES)[number];

/** A place where a product shows an error to the person running it. */
export type Surface = {
  /** Lower-case id, used in entries' `appears`. */
  id: string;
  /** Shown on badges and in headings: "Agent status". */
  label: string;
  tone: Tone;
  /**
   * Lines of user-interface chrome that a copy from this surface drags along and that are never
   * errors ("Dismiss", "View details"). The lookup drops them.
   */
  chrome: string[];
};

/** A product documented by one or more articles. */
export type Product = {
  /** Slug of the name, stable across builds. */
  id: string;
  name: string;
  /** Other names a paste may use for the product: "Cloud App Security", "MCAS". */
  aliases: string[];
  /** Components, binaries, jar, process or config names that imply the product in a paste. */
  terms: string[];
  surfaces: Surface[];
};

/** An entry's names as a localised user interface shows them, in one language. */
export type Translation = { lang: string; names: string[] };

export const LIFECYCLE_STATUSES = ["current", "deprecated", "retired"] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

/** Whose lifecycle a note gives: the entry's own `<Lifecycle>`, or its article's product's. */
export const LIFECYCLE_SCOPES = ["entry", "product"] as const;
export type LifecycleScope = (typeof LIFECYCLE_SCOPES)[number];

/** The short lifecycle note a lookup result carries: where the product (or entry) stands. */
export type LifecycleNote = {
  status: LifecycleStatus;
  /** The latest date the article gives (YYYY-MM-DD or YYYY-MM). */
  since?: string;
  note?: string;
  /**
   * Whose it is. Absent where the source does not say (the browser's index marks only entries'
   * own, see `lib/kb/lifecycle.ts`), which reads as the product's.
   */
  scope?: LifecycleScope;
};

/** One documented error, as the build extracts it from an article. */
export type KbEntry = {
  /** Permanent id, also the anchor on the article page. */
  id: string;
  /** Slug of the article that documents the entry. */
  article: string;
  articleTitle: string;
  /** Id of the article's product. */
  product: string;
  /** Site-relative URL of the entry, ending in `#id`. */
  url: string;
  name: string;
  /** Id of one of the product's surfaces. */
  appears: string;
  /** The exact messages the software shows, verbatim. */
  messages: string[];
  /** Other ways people or the software phrase the same error. */
  aliases: string[];
  /** Former ids that now lead to this entry. */
  formerly: string[];
  /** Its names in localised user interfaces. */
  translations: Translation[];
  /** When the product or the entry is deprecated or retired; absent while current. */
  lifecycle?: LifecycleNote;
  /** When the entry was last reviewed (YYYY-MM-DD): its own date, else its article's. */
  reviewed: string;
  description: string;
  /** Resolution steps as plain text, in order. */
  resolution: string[];
  /** The description as Markdown: code spans, bold, emphasis and links kept, the rest escaped. */
  descriptionMarkdown: string;
  /** Each step as one line of Markdown, in order. */
  resolutionMarkdown: string[];
};

/** An entry's description and steps: what the page fetches, per article, for the entries it shows. */
export type EntryDetails = Pick<
  KbEntry,
  "description" | "resolution" | "descriptionMarkdown" | "resolutionMarkdown"
>;

/** The surface an entry appears on, or a neutral stand-in when the product lacks it. */
export function surfaceOf(product: Product | undefined, id: string): Surface {
  return product?.surfaces.find((s) => s.id === id) ?? { id, label: id, tone: "gray", chrome: [] };
}
