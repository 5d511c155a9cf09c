/**
 * Content maintenance: when each article and entry was last reviewed, and what needs a writer's
 * attention. Pure: `scripts/check-content.ts` prints it.
 */
import type { KbEntry } from "@/lib/kb/model";
import type { ParsedArticle } from "./parse";

export type ReviewRow = { article: string; id?: string; reviewed: string; ageDays: number };
export type ReviewWarning = { file: string; line?: number; message: string };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days from `date` (YYYY-MM-DD) to `today`. */
export function ageInDays(date: string, today: Date): number {
  return Math.floor((today.getTime() - Date.parse(`${date}T00:00:00Z`)) / DAY_MS);
}

export function reviewReport(
  articles: ParsedArticle[],
  entries: KbEntry[],
  today: Date,
  staleAfterDays: number,
): { rows: ReviewRow[]; warnings: ReviewWarning[] } {
  const rows: ReviewRow[] = [];
  const warnings: ReviewWarning[] = [];
  for (const article of articles) {
    const { updated, lifecycle } = article.frontmatter;
    rows.push({ article: article.slug, reviewed: updated, ageDays: ageInDays(updated, today) });
    for (const entry of entries.filter((e) => e.article === article.slug)) {
      const ageDays = ageInDays(entry.reviewed, today);
      rows.push({ article: article.slug, id: entry.id, reviewed: entry.reviewed, ageDays });
      if (ageDays > staleAfterDays) {
        const line = article.entries.find((e) => e.id === entry.id)?.line;
        warnings.push({
          file: article.file,
          line,
          message: `entry "${entry.id}" was last reviewed ${ageDays} days ago (${entry.reviewed}); check it against the product and set reviewed="YYYY-MM-DD"`,
        });
      }
    }
    if (lifecycle && lifecycle.status !== "current") {
      const linked = lifecycle.replacedBy.filter((r) => r.url);
      if (linked.length === 0) {
        warnings.push({
          file: article.file,
          message: `the article is ${lifecycle.status} but names no replacement with a link; add lifecycle.replacedBy with a url so readers know where to go`,
        });
      }
    }
  }
  return { rows, warnings };
}
