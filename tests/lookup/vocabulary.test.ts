/** The matcher's vocabulary is data: one reviewable file per language, of one shape. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { LITERAL_PREFIX, MASK } from "@/lib/lookup/text";
import { VOCABULARIES } from "@/lib/lookup/word-rules";

const DIR = path.resolve("lib/lookup/vocabulary");
const words = z.array(z.string().min(1));
const vocabularySchema = z.strictObject({
  name: z.string(),
  about: z.string(),
  stopwords: words,
  logWords: words.optional(),
  calendar: words.optional(),
  smallTalk: words.optional(),
  synonyms: z.record(z.string(), z.string()).optional(),
  pairs: z.record(z.string().regex(/^\S+ \S+$/), z.string()).optional(),
  fieldLabels: words,
});

describe("vocabulary files", () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith(".json"));
  it.each(files)("%s has the vocabulary's shape and no word twice", (file) => {
    const data = vocabularySchema.parse(JSON.parse(readFileSync(path.join(DIR, file), "utf8")));
    const lists = [data.stopwords, data.logWords, data.calendar, data.smallTalk, data.fieldLabels];
    const all = lists.flatMap((l) => l ?? []);
    expect(all.filter((w, i) => all.indexOf(w) !== i)).toEqual([]);
  });
  it("every file is read, one per language", () => {
    expect(Object.keys(VOCABULARIES).sort()).toEqual(
      files.map((f) => f.replace(/\.json$/, "")).sort(),
    );
  });
});

describe("token kinds", () => {
  it("no kind's name is a prefix of another's", () => {
    const names = [...Object.values(MASK), LITERAL_PREFIX];
    for (const a of names)
      for (const b of names) if (a !== b) expect(b.startsWith(a), `${a} / ${b}`).toBe(false);
  });
});
