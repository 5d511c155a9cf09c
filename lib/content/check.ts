/**
 * Checks across articles: unique ids, internal links and the published record.
 * Pure: the caller reads the files.
 */
import type { ContentIssue } from "./errors";
import type { ParsedArticle } from "./parse";
import type { PublishedRecord } from "./schema";

/** Site paths that exist apart from articles. */
const STATIC_PATHS = new Set(["/", "/errors.json", "/lookup/core.json"]);

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

export function anchorsOf(article: ParsedArticle): Set<string> {
  return new Set([
    ...article.entries.map((e) => e.id),
    ...article.entries.flatMap((e) => e.formerly),
    ...article.headings.map((h) => h.slug),
  ]);
}

export function checkUniqueIds(articles: ParsedArticle[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const owners = new Map<string, { file: string; line: number }>();
  for (const article of articles) {
    for (const entry of article.entries) {
      for (const id of [entry.id, ...entry.formerly]) {
        const first = owners.get(id);
        if (first) {
          issues.push({
            file: article.file,
            line: entry.line,
            message: `entry id "${id}" is already used at ${first.file}:${first.line}; ids must be unique across the knowledge base`,
          });
        } else {
          owners.set(id, { file: article.file, line: entry.line });
        }
      }
    }
  }
  const slugs = new Map<string, string>();
  for (const article of articles) {
    for (const slug of [article.slug, ...article.frontmatter.formerSlugs]) {
      const first = slugs.get(slug);
      if (first) {
        issues.push({ file: article.file, message: `slug "${slug}" is already taken by ${first}` });
      } else {
        slugs.set(slug, article.file);
      }
    }
  }
  return issues;
}

/**
 * Internal links must resolve. Links into `unreadable` articles (those that failed to parse and
 * are reported already) are not judged, so one mistake is not reported twice.
 */
export function checkLinks(
  articles: ParsedArticle[],
  unreadable: ReadonlySet<string> = new Set(),
): ContentIssue[] {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const issues: ContentIssue[] = [];
  for (const article of articles) {
    for (const link of article.links) {
      if (EXTERNAL.test(link.url)) continue;
      const target = /^\/articles\/([^/#]+)/.exec(link.url)?.[1];
      if (target && unreadable.has(target)) continue;
      const problem = resolveInternal(link.url, article, bySlug);
      if (problem) issues.push({ file: article.file, line: link.line, message: problem });
    }
  }
  return issues;
}

function resolveInternal(
  url: string,
  from: ParsedArticle,
  bySlug: Map<string, ParsedArticle>,
): string | undefined {
  const [path = "", hash] = url.split("#", 2);
  if (path === "") {
    return hash && anchorsOf(from).has(hash)
      ? undefined
      : `link "${url}" points to an anchor this article does not have`;
  }
  if (!path.startsWith("/")) {
    return `link "${url}" is relative; write it from the site root, for example /articles/<slug>/#<id>`;
  }
  if (STATIC_PATHS.has(path))
    return hash ? `link "${url}" has an anchor the page does not have` : undefined;
  const match = /^\/articles\/([^/]+)\/$/.exec(path);
  const target = match?.[1] ? bySlug.get(match[1]) : undefined;
  if (!target) {
    return `link "${url}" leads to no page; article links look like /articles/<slug>/ (with the trailing slash)`;
  }
  if (hash && !anchorsOf(target).has(hash)) {
    return `link "${url}" points to an anchor that article "${target.slug}" does not have`;
  }
  return undefined;
}

/** Ids and slugs that are published but gone, and those that are new. */
export function checkPublished(
  articles: ParsedArticle[],
  record: PublishedRecord,
  recordFile: string,
): { issues: ContentIssue[]; updated: PublishedRecord; added: number } {
  const issues: ContentIssue[] = [];
  const bySlug = new Map<string, ParsedArticle>();
  for (const article of articles) {
    for (const slug of [article.slug, ...article.frontmatter.formerSlugs])
      bySlug.set(slug, article);
  }
  for (const [slug, ids] of Object.entries(record.articles)) {
    const article = bySlug.get(slug);
    if (!article) {
      issues.push({
        file: recordFile,
        message: `published article "${slug}" is gone; restore it, or list "${slug}" in formerSlugs of the article that replaces it`,
      });
      continue;
    }
    const known = new Set([
      ...article.entries.map((e) => e.id),
      ...article.entries.flatMap((e) => e.formerly),
    ]);
    for (const id of ids) {
      if (!known.has(id)) {
        issues.push({
          file: article.file,
          message: `published entry id "${id}" (in ${recordFile}) has disappeared; restore it, or add formerly={["${id}"]} to the entry that replaces it`,
        });
      }
    }
  }
  const updated: PublishedRecord = { articles: { ...record.articles } };
  let added = 0;
  for (const article of articles) {
    const ids = new Set(updated.articles[article.slug] ?? []);
    for (const entry of article.entries) {
      if (!ids.has(entry.id)) {
        ids.add(entry.id);
        added += 1;
      }
    }
    if (!updated.articles[article.slug]) added += ids.size === 0 ? 1 : 0;
    updated.articles[article.slug] = [...ids].sort();
  }
  const sorted: PublishedRecord = {
    articles: Object.fromEntries(
      Object.entries(updated.articles).sort(([a], [b]) => a.localeCompare(b)),
    ),
  };
  return { issues, updated: sorted, added };
}
