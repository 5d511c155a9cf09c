/**
 * `tsx scripts/windows-codes/extract.ts <folder> --commit <sha> --date <YYYY-MM-DD>`: reads the
 * `system-error-codes--*.md` pages from a local copy of MicrosoftDocs/win32's
 * `desktop-src/Debug` folder and writes `system-error-codes.tsv` (or `--out FILE`). The commit and
 * its date are recorded in the file's header: they say which version of the pages it holds.
 *
 *     git clone --depth 1 https://github.com/MicrosoftDocs/win32
 *     npx tsx scripts/windows-codes/extract.ts win32/desktop-src/Debug \
 *       --commit "$(git -C win32 rev-parse HEAD)" --date "$(git -C win32 log -1 --format=%cs)"
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  CODES_FILE,
  type CodeRow,
  formatCodesFile,
  parsePage,
  rangeBounds,
  rangeOfFile,
  sourceSchema,
} from "./codes";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

function main(): void {
  const folder = process.argv[2];
  const source = sourceSchema.safeParse({ commit: option("--commit"), date: option("--date") });
  if (!folder || folder.startsWith("--") || !source.success) {
    console.error(
      "usage: tsx scripts/windows-codes/extract.ts <desktop-src/Debug folder> --commit <40-hex sha> --date <YYYY-MM-DD> [--out FILE]",
    );
    if (!source.success) console.error(source.error.issues.map((i) => i.message).join("\n"));
    process.exit(2);
  }
  const pages = readdirSync(folder)
    .map((name) => ({ name, range: rangeOfFile(name) }))
    .filter((p): p is { name: string; range: string } => p.range !== undefined)
    .sort((a, b) => rangeBounds(a.range)[0] - rangeBounds(b.range)[0]);
  if (pages.length === 0) {
    console.error(`${folder} holds no system-error-codes--N-M-.md pages`);
    process.exit(1);
  }
  const rows: CodeRow[] = [];
  for (const { name, range } of pages) {
    const page = parsePage(readFileSync(path.join(folder, name), "utf8"), range);
    for (const s of page.skipped) console.error(`${name}:${s.line}: skipped ${s.message}`);
    console.error(`${name}: ${page.rows.length} codes`);
    rows.push(...page.rows);
  }
  const seen = new Map<string, number>();
  for (const row of rows) {
    for (const key of [`code ${row.code}`, `constant ${row.constant}`]) {
      if (seen.has(key)) throw new Error(`${key} is documented twice`);
      seen.set(key, row.code);
    }
  }
  const out = option("--out") ?? CODES_FILE;
  writeFileSync(out, formatCodesFile({ source: source.data, rows }));
  console.error(`${out}: ${rows.length} codes from ${pages.length} pages`);
}

main();
