/** Where the software shows an error to the person running it. */
export const APPEARS = ["agent-console", "portal-notification", "agent-status"] as const;
export type Appears = (typeof APPEARS)[number];

export const APPEARS_LABEL: Record<Appears, string> = {
  "agent-console": "Agent console",
  "portal-notification": "Portal notification",
  "agent-status": "Agent status",
};

/** One documented error, as the build extracts it from an article. */
export type KbEntry = {
  /** Permanent id, also the anchor on the article page. */
  id: string;
  /** Slug of the article that documents the entry. */
  article: string;
  articleTitle: string;
  /** Site-relative URL of the entry, ending in `#id`. */
  url: string;
  name: string;
  appears: Appears;
  /** The exact messages the software shows, verbatim. */
  messages: string[];
  /** Other ways people or the software phrase the same error. */
  aliases: string[];
  /** Former ids that now lead to this entry. */
  formerly: string[];
  description: string;
  /** Resolution steps as plain text, in order. */
  resolution: string[];
};
