import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { parseContentDir } from "@/lib/content/load";
import { buildLookupIndex, type LookupIndex, lookup, lookupSource } from "@/lib/lookup";

const pasteSchema = z.strictObject({
  name: z.string(),
  expect: z.array(z.string()),
  related: z.array(z.string()).optional(),
  text: z.string(),
});
export type Paste = z.infer<typeof pasteSchema>;

export const CORPUS_DIR = path.resolve("tests/fixtures/pastes");

export function readCorpus(name: "tuning" | "held-out"): Paste[] {
  return z
    .array(pasteSchema)
    .parse(parse(readFileSync(path.join(CORPUS_DIR, `${name}.yaml`), "utf8")));
}

export async function realIndex(): Promise<LookupIndex> {
  const { entries, products } = await parseContentDir(path.resolve("content"));
  return buildLookupIndex(lookupSource(entries, products));
}

export type Verdict = { paste: Paste; matched: string[]; related: string[]; ok: boolean };

export function judge(index: LookupIndex, paste: Paste): Verdict {
  const result = lookup(index, paste.text);
  const matched = result.matches.map((h) => h.entry.id);
  const related = result.related.map((h) => h.entry.id);
  const ok =
    matched.join(",") === paste.expect.join(",") &&
    (paste.related ?? []).every((id) => related.includes(id));
  return { paste, matched, related, ok };
}
