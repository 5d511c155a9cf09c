/**
 * `npm run bench:loghub`: every raw line of Loghub-2.0's 2k sets pasted alone into a knowledge
 * base of their templates (one entry per template). Per system, in one run: exactly right (the
 * confident matches are exactly the line's template), right beside the very same template of
 * another system (an honest ambiguity), right among other confident matches, no
 * confident match, wrong (confident matches without the right one), and the regular-expression
 * baseline; then milliseconds per line. Templates the build refuses as match-anything are counted
 * apart and their lines not pasted. Each system's log surface declares its line format
 * (`LOGHUB_LINE_FORMATS`); `--without-line-formats` measures the templates alone.
 */
import { performance } from "node:perf_hooks";
import { findIndistinct } from "@/lib/content/distinctive";
import { buildLookupIndex, lookup, lookupSource } from "@/lib/lookup";
import { fitText } from "@/lib/lookup/fit";
import {
  LOGHUB_FILE,
  loghubAvailable,
  loghubKnowledgeBase,
  readLoghub,
  RegexBaseline,
  templateId,
} from "./loghub/loghub";

const TALLY_KEYS = ["lines", "exact", "twin", "among", "none", "wrong", "regex"] as const;
type Tally = Record<(typeof TALLY_KEYS)[number], number>;

const pct = (n: number, d: number) => (d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`);

function main(): number {
  if (!loghubAvailable()) {
    console.error(`No Loghub data at ${LOGHUB_FILE} (set LOGHUB_FILE to its path).`);
    return 2;
  }
  const verbose = process.argv.includes("--verbose");
  const data = readLoghub();
  const lineFormats = !process.argv.includes("--without-line-formats");
  const { entries, products } = loghubKnowledgeBase(data, { lineFormats });
  const refused = new Set(findIndistinct(entries, products).map((found) => found.entry));
  const started = performance.now();
  const index = buildLookupIndex(lookupSource(entries, products));
  console.log(
    `${entries.length} templates of ${Object.keys(data.systems).length} systems, ${lineFormats ? "with" : "without"} their line formats; index built in ${Math.round(performance.now() - started)} ms; ${refused.size} refused as match-anything`,
  );
  const baseline = new RegexBaseline(
    entries
      .filter((e) => !refused.has(e.id))
      .map((e) => ({ id: e.id, template: e.messages[0] ?? "" })),
  );
  // Several systems log some events with the very same template ("session closed for user <*>"
  // is both Linux's and Thunderbird's): a line of one is honestly both, reported as one ambiguity.
  const textOf = new Map(entries.map((e) => [e.id, fitText(e.messages[0] ?? "")]));
  const times: number[] = [];
  const total: Tally = { lines: 0, exact: 0, twin: 0, among: 0, none: 0, wrong: 0, regex: 0 };
  const rows: string[] = [];
  let skipped = 0;
  for (const [system, { lines }] of Object.entries(data.systems)) {
    const t: Tally = { lines: 0, exact: 0, twin: 0, among: 0, none: 0, wrong: 0, regex: 0 };
    for (const [line, event] of lines) {
      const expected = templateId(system, event);
      if (refused.has(expected)) {
        skipped += 1;
        continue;
      }
      t.lines += 1;
      const before = performance.now();
      const result = lookup(index, line);
      times.push(performance.now() - before);
      const matched = result.matches.map((h) => h.entry.id);
      const same = (id: string) => textOf.get(id) === textOf.get(expected);
      if (matched.length === 1 && matched[0] === expected) t.exact += 1;
      else if (matched.includes(expected) && matched.every(same)) t.twin += 1;
      else if (matched.includes(expected)) t.among += 1;
      else if (matched.length === 0) t.none += 1;
      else t.wrong += 1;
      if (baseline.best(line) === expected) t.regex += 1;
      if (verbose && !(matched.length === 1 && matched[0] === expected)) {
        console.log(`  ${system} ${event}: got [${matched}] for ${line.slice(0, 200)}`);
      }
    }
    for (const k of TALLY_KEYS) total[k] += t[k];
    rows.push(row(system, t));
  }
  console.log(
    "| system | lines | exactly right | right, beside the same template of another system | right among others | none | wrong | regex baseline |\n|---|---|---|---|---|---|---|---|",
  );
  for (const r of rows) console.log(r);
  console.log(row("**all**", total));
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  console.log(
    `\n${skipped} lines of refused templates not pasted. Per line: median ${at(0.5).toFixed(3)} ms, p95 ${at(0.95).toFixed(3)} ms, max ${at(1).toFixed(1)} ms.`,
  );
  return 0;
}

function row(name: string, t: Tally): string {
  return `| ${name} | ${t.lines} | ${pct(t.exact, t.lines)} | ${pct(t.twin, t.lines)} | ${pct(t.among, t.lines)} | ${pct(t.none, t.lines)} | ${pct(t.wrong, t.lines)} | ${pct(t.regex, t.lines)} |`;
}

process.exit(main());
