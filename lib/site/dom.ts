/**
 * The markup contract between the server-rendered pages and the browser islands that enhance
 * them: element ids and data attributes both sides use. Changing one here changes both.
 */

/** The lookup's text box. */
export const LOOKUP_INPUT_ID = "error-lookup-input";
/** Its help text, always part of the box's description. */
export const LOOKUP_HELP_ID = "lookup-help";
/** The note shown while a large paste is in the box, with its Clear button. */
export const LOOKUP_LARGE_ID = "lookup-large";
/** The polite live region that announces result counts. */
export const LOOKUP_ANNOUNCE_ID = "lookup-announce";
/** The product filter beside the box, shown when the knowledge base has several products. */
export const LOOKUP_PRODUCT_ID = "lookup-product";
/** The container the results render into; carries `data-lookup-status` and `-length`. */
export const LOOKUP_RESULTS_ID = "lookup-results";
/** On the lookup's root: URL of the worker script (base path included). */
export const LOOKUP_WORKER_ATTR = "data-lookup-worker";
/**
 * On the lookup's root: URL of the redaction module (base path included), which the worker
 * imports when the reader first prepares a report.
 */
export const LOOKUP_REDACT_ATTR = "data-lookup-redact";

/** On a copy-link button: the site path (base path included) with its anchor. */
export const COPY_LINK_ATTR = "data-copy-link";
/** On the placeholder anchor of a former entry id: the id that replaced it. */
export const FORMER_ID_ATTR = "data-former-id-of";
/** On the link of a moved article's stub page: its new address (base path included). */
export const MOVED_TO_ATTR = "data-moved-to";

/** On `<body>`: URL of the command palette's script (base path included), loaded on first use. */
export const PALETTE_MODULE_ATTR = "data-palette-module";
/** The header's button that opens the palette; hidden until the shortcuts island runs. */
export const PALETTE_BUTTON_ID = "palette-open";
/** Event on `document` that asks the palette, once loaded, to open. */
export const PALETTE_OPEN_EVENT = "kb:palette-open";
/**
 * On a "Copy as Markdown" button: the entry as JSON, `{name, url, descriptionMarkdown,
 * resolutionMarkdown}` (`MarkdownEntry`); the copy-markdown island turns it into Markdown.
 */
export const COPY_MARKDOWN_ATTR = "data-copy-markdown";
/** On the lookup's root: the knowledge base's contact for undocumented errors, when declared. */
export const LOOKUP_CONTACT_EMAIL_ATTR = "data-contact-email";
export const LOOKUP_CONTACT_ISSUES_ATTR = "data-contact-issues";
/** A shared lookup result's address: `/#match=id,id` (entry ids only, never pasted text). */
export const SHARED_MATCH_PREFIX = "#match=";
