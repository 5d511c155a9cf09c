/**
 * The one place an entry is assembled from its article and its props: the build, the CLI, the
 * synthetic benchmark knowledge base and the tests all call it.
 */
import { entryPath } from "@/lib/site/paths";
import { escapeMarkdown } from "./markdown";
import type { KbEntry } from "./model";

export type EntryArticle = { slug: string; title: string; product: string };
/** The Markdown forms default to the escaped plain text, for entries not read from MDX. */
export type EntryFields = Omit<
  KbEntry,
  "article" | "articleTitle" | "product" | "url" | "descriptionMarkdown" | "resolutionMarkdown"
> &
  Partial<Pick<KbEntry, "descriptionMarkdown" | "resolutionMarkdown">>;

export function makeEntry(article: EntryArticle, fields: EntryFields): KbEntry {
  return {
    id: fields.id,
    article: article.slug,
    articleTitle: article.title,
    product: article.product,
    url: entryPath(article.slug, fields.id),
    name: fields.name,
    appears: fields.appears,
    messages: fields.messages,
    aliases: fields.aliases,
    formerly: fields.formerly,
    translations: fields.translations,
    ...(fields.lifecycle ? { lifecycle: fields.lifecycle } : {}),
    reviewed: fields.reviewed,
    description: fields.description,
    resolution: fields.resolution,
    descriptionMarkdown: fields.descriptionMarkdown ?? escapeMarkdown(fields.description),
    resolutionMarkdown: fields.resolutionMarkdown ?? fields.resolution.map(escapeMarkdown),
  };
}
