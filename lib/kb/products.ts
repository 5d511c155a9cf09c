/**
 * Products when the knowledge base declares none, and the ids products get from their names.
 */
import type { Product, Surface } from "./model";

/** UI lines that come along with a copy from a portal or a desktop app. */
const COMMON_CHROME = [
  "Dismiss",
  "Dismiss all",
  "Close",
  "View details",
  "Mark as read",
  "Mark as unread",
  "Learn more",
  "Show more",
  "Show less",
  "More info",
  "Copy",
  "Actions",
  "Action",
  "X",
  "×",
  "✕",
];

/**
 * Surfaces a product gets when it declares none: where any agent, service or app shows errors.
 * A product's own places (its portal's notification panel, its agent's console) are declared in
 * `knowledge-base.yaml`.
 */
export const DEFAULT_SURFACES: Surface[] = [
  { id: "console", label: "Console output", tone: "gray", chrome: [], lineFormats: [] },
  { id: "log", label: "Log file", tone: "gray", chrome: [], lineFormats: [] },
  { id: "status", label: "Status", tone: "red", chrome: [], lineFormats: [] },
  {
    id: "notification",
    label: "Notification",
    tone: "amber",
    chrome: ["Notifications", "Notification", ...COMMON_CHROME],
    lineFormats: [],
  },
  { id: "dialog", label: "Error dialog", tone: "violet", chrome: COMMON_CHROME, lineFormats: [] },
  { id: "http-response", label: "HTTP response", tone: "blue", chrome: [], lineFormats: [] },
  { id: "event-log", label: "Windows event log", tone: "blue", chrome: [], lineFormats: [] },
];

/** A product's id: its name as a lower-case slug ("Fluent Bit" → "fluent-bit"). */
export function productId(name: string): string {
  return (
    name
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "") || "product"
  );
}

/** A product declared by an article's frontmatter alone: its name, the components it applies to. */
export function implicitProduct(name: string, appliesTo: string[]): Product {
  return {
    id: productId(name),
    name,
    aliases: [],
    terms: appliesTo.filter((a) => a !== name),
    surfaces: DEFAULT_SURFACES,
  };
}
