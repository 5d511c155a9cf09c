/** The matcher's vocabulary is data: one reviewable file per language, of one shape. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { LITERAL_PREFIX, MASK } from "@/lib/lookup/text";
import { lookup, fromWire, toWire, lookupSource } from "@/lib/lookup";
import { VOCABULARIES } from "@/lib/lookup/word-rules";
import { kbConfigSchema } from "@/lib/content/schema";
import { memoryIndex } from "../support/memory-kb";

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

describe("a knowledge base's own vocabulary (knowledge-base.yaml `vocabulary:`)", () => {
  const entries = [{ id: "widget-bad-credential", name: "Invalid token", product: "Widget" }];
  const matched = (words: Parameters<typeof memoryIndex>[1], text: string) =>
    lookup(memoryIndex(entries, words), text).matches.map((h) => h.entry.id);

  it("adds synonyms, pairs, small talk and field labels to the defaults", () => {
    expect(matched(undefined, "Busted token")).toEqual([]);
    expect(matched({ synonyms: { busted: "invalid" } }, "Busted token")).toEqual([
      "widget-bad-credential",
    ]);
    expect(matched({ pairs: { "no good": "invalid" } }, "token no good")).toEqual([]);
    expect(matched({ pairs: { "no good": "invalid" } }, "no good token")).toEqual([
      "widget-bad-credential",
    ]);
    expect(matched(undefined, "Gizmo invalid token")).toEqual([]);
    expect(matched({ smallTalk: ["gizmo"] }, "Gizmo invalid token")).toEqual([
      "widget-bad-credential",
    ]);
    expect(matched({ fieldLabels: ["Zustand"] }, "Zustand invalid token")).toEqual([
      "widget-bad-credential",
    ]);
  });

  it("travels to the browser in the lookup index", () => {
    const index = memoryIndex(entries, { synonyms: { busted: "invalid" } });
    const source = lookupSource([], [], { synonyms: { busted: "invalid" } });
    const back = fromWire(JSON.parse(JSON.stringify(toWire(source))), (s, id) => `/${s}#${id}`);
    expect(back.words).toEqual({ synonyms: { busted: "invalid" } });
    expect(index.rules.synonyms.get("busted")).toBe("invalid");
  });

  it("is checked where it is written", () => {
    expect(kbConfigSchema.safeParse({ vocabulary: { pairs: { one: "x" } } }).success).toBe(false);
    expect(kbConfigSchema.safeParse({ vocabulary: { stopword: ["x"] } }).success).toBe(false);
    expect(kbConfigSchema.safeParse({ vocabulary: { smallTalk: ["kindly"] } }).success).toBe(true);
  });
});
