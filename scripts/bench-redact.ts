/**
 * `npm run bench:redact`: runs the report's redaction over the corpus in
 * `tests/fixtures/redaction/*.yaml` and prints, per file and in all, how many marked secrets
 * survived (target 0) and how many details a writer needs were masked (target 0), with every
 * failure and the line it came out as. `tests/lookup/redact-corpus.test.ts` asserts both are 0.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { redactText } from "@/lib/lookup/redact";

export const REDACTION_CORPUS_DIR = path.join("tests", "fixtures", "redaction");

const caseSchema = z.strictObject({
  /** The text as pasted: one line, or several. */
  text: z.string().min(1),
  /** Substrings that must not survive redaction. */
  secrets: z.array(z.string().min(1)).default([]),
  /** Substrings a writer needs, which must survive it. */
  keep: z.array(z.string().min(1)).default([]),
  /**
   * "line start" when the text is recognised by where it stands (a syslog header names its host
   * first): the property test then varies only what follows it.
   */
  position: z.literal("line start").optional(),
});

const fileSchema = z.strictObject({
  source: z.string().min(1),
  licence: z.string().min(1),
  cases: z.array(caseSchema).min(1),
});

export type RedactionCase = z.infer<typeof caseSchema> & { file: string };

export function redactionCorpus(dir = REDACTION_CORPUS_DIR): RedactionCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .flatMap((file) => {
      const parsed = fileSchema.safeParse(
        parse(readFileSync(path.join(dir, file), "utf8"), { schema: "failsafe" }),
      );
      if (!parsed.success)
        throw new Error(`${path.join(dir, file)}: ${z.prettifyError(parsed.error)}`);
      return parsed.data.cases.map((c) => ({ ...c, file }));
    });
}

export type RedactionOutcome = {
  case: RedactionCase;
  redacted: string;
  /** Marked secrets found in the redacted text. */
  leaked: string[];
  /** Needed details missing from it. */
  lost: string[];
};

export function scoreRedaction(cases: RedactionCase[]): RedactionOutcome[] {
  return cases.map((c) => {
    const redacted = redactText(c.text);
    return {
      case: c,
      redacted,
      leaked: c.secrets.filter((s) => redacted.includes(s)),
      lost: c.keep.filter((k) => !redacted.includes(k)),
    };
  });
}

function main(): void {
  const outcomes = scoreRedaction(redactionCorpus());
  const files = [...new Set(outcomes.map((o) => o.case.file))];
  const sum = (list: RedactionOutcome[], f: (o: RedactionOutcome) => number) =>
    list.reduce((n, o) => n + f(o), 0);
  console.log("redaction corpus (tests/fixtures/redaction)");
  console.log(
    `  ${"file".padEnd(16)} ${"cases".padStart(5)} ${"secrets".padStart(8)} ${"leaked".padStart(7)} ${"keep".padStart(5)} ${"masked".padStart(7)}`,
  );
  const row = (name: string, list: RedactionOutcome[]) =>
    console.log(
      `  ${name.padEnd(16)} ${String(list.length).padStart(5)} ${String(sum(list, (o) => o.case.secrets.length)).padStart(8)} ${String(sum(list, (o) => o.leaked.length)).padStart(7)} ${String(sum(list, (o) => o.case.keep.length)).padStart(5)} ${String(sum(list, (o) => o.lost.length)).padStart(7)}`,
    );
  for (const file of files)
    row(
      file,
      outcomes.filter((o) => o.case.file === file),
    );
  row("all", outcomes);
  const failures = outcomes.filter((o) => o.leaked.length > 0 || o.lost.length > 0);
  for (const o of failures) {
    console.log(`\n${o.case.file}: ${o.case.text.split("\n")[0]?.slice(0, 100)}`);
    if (o.leaked.length) console.log(`  leaked: ${o.leaked.join(" | ")}`);
    if (o.lost.length) console.log(`  wrongly masked: ${o.lost.join(" | ")}`);
    console.log(`  came out as: ${o.redacted.replace(/\n/g, "\n               ")}`);
  }
  console.log(
    `\nsecrets leaked: ${sum(outcomes, (o) => o.leaked.length)} (target 0); details wrongly masked: ${sum(outcomes, (o) => o.lost.length)} (target 0)`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve("scripts/bench-redact.ts"))
  main();
