/**
 * `npm run check`: checks the content as the build does, records new slugs and ids in
 * `published.json` as the build does (in CI, fails when some are missing instead), then reports
 * when each article and entry was last reviewed and what needs a writer's attention.
 * `--stale-after DAYS` (default 365) sets when a review is overdue; `--strict` exits 1 on any
 * warning.
 */
import { ContentBuildError, formatIssue } from "@/lib/content/errors";
import { applyRecord, contentDir, parseContentDir } from "@/lib/content/load";
import { reviewReport } from "@/lib/content/review";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf("--stale-after");
  const staleAfter = at >= 0 ? Number(args[at + 1]) : 365;
  if (!Number.isFinite(staleAfter) || staleAfter < 0) {
    process.stderr.write("check: --stale-after needs a number of days\n");
    process.exit(2);
  }
  const dir = contentDir();
  let content;
  try {
    content = await parseContentDir(dir);
    await applyRecord(dir, content.articles, process.env.CI ? "check" : "update", (message) =>
      console.log(`content: ${message}`),
    );
  } catch (error) {
    process.stderr.write(`${error instanceof ContentBuildError ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const { rows, warnings } = reviewReport(
    content.articles,
    content.entries,
    new Date(),
    staleAfter,
  );
  const width = Math.max(...rows.map((r) => (r.id ?? r.article).length + (r.id ? 2 : 0)));
  console.log(`${"article / entry".padEnd(width)}  last reviewed  age (days)`);
  for (const row of rows) {
    const label = row.id ? `  ${row.id}` : row.article;
    console.log(`${label.padEnd(width)}  ${row.reviewed.padEnd(13)}  ${row.ageDays}`);
  }
  console.log(
    `\n${content.articles.length} articles, ${content.entries.length} entries, ${warnings.length} warning(s)`,
  );
  for (const w of warnings) console.log(`warning: ${formatIssue(w)}`);
  process.exit(args.includes("--strict") && warnings.length > 0 ? 1 : 0);
}

void main();
