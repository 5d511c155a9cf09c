import { describe, expect, it } from "vitest";
import { editDistance, TypoIndex } from "@/lib/lookup/fuzzy";
import { DEFAULT_SURFACES } from "@/lib/kb/products";
import { chromeKey, splitSegments } from "@/lib/lookup/segment";
import { MAX_SEGMENT_CHARS } from "@/lib/lookup/tuning";

describe("splitSegments", () => {
  it("keeps line numbers and drops stack frames, chained-exception prefixes and portal chrome", () => {
    const text = [
      "java.lang.IllegalStateException: The token provided isn't valid.",
      "\tat com.x.Agent.run(Agent.java:12)",
      "\t... 3 more",
      "Caused by: java.net.ConnectException: refused",
      "",
      "Dismiss",
      "Notifications",
      "Data server send error",
    ].join("\n");
    const chrome = new Set(DEFAULT_SURFACES.flatMap((s) => s.chrome.map(chromeKey)));
    const { segments, lines } = splitSegments(text, Number.POSITIVE_INFINITY, chrome);
    expect(lines).toBe(8);
    expect(segments).toEqual([
      { line: 1, text: "java.lang.IllegalStateException: The token provided isn't valid." },
      { line: 4, text: "java.net.ConnectException: refused" },
      { line: 8, text: "Data server send error" },
    ]);
  });
  it("cuts very long lines into pieces on the same line", () => {
    const long = "word ".repeat(MAX_SEGMENT_CHARS);
    const { segments } = splitSegments(long);
    expect(segments.length).toBeGreaterThan(3);
    expect(segments.every((s) => s.line === 1 && s.text.length <= MAX_SEGMENT_CHARS)).toBe(true);
    expect(segments.map((s) => s.text).join("")).toBe(long.trimEnd());
  });
  it("numbers lines the same whichever line breaks the paste uses, mixed or not", () => {
    for (const text of ["a\r\nb\rc\nd", "a\rb\rc\rd", "a\r\nb\r\nc\r\nd", "a\n\rb\rc\r\r\nd"]) {
      const { segments, lines } = splitSegments(text);
      expect(segments.map((s) => s.text)).toEqual(["a", "b", "c", "d"]);
      expect(lines).toBe(segments.at(-1)?.line);
    }
    expect(splitSegments("a\n\rb\rc\r\r\nd").segments.map((s) => s.line)).toEqual([1, 3, 4, 6]);
  });
  it("stops at the line limit", () => {
    expect(splitSegments("a\nb\nc\nd", 2).segments.map((s) => s.text)).toEqual(["a", "b"]);
  });
});

describe("typo tolerance", () => {
  it("measures edits, a transposition counting as one", () => {
    expect(editDistance("token", "tokne", 2)).toBe(1);
    expect(editDistance("invalid", "invlaid", 2)).toBe(1);
    expect(editDistance("proxy", "proxies", 1)).toBe(2);
  });
  it("finds known words near an unknown one, nearest first", () => {
    const index = new TypoIndex(["token", "taken", "disconnect", "proxy"], 4, 8);
    expect(index.near("tokne").map((n) => n.word)).toEqual(["token"]);
    expect(index.near("disconect")).toEqual([{ word: "disconnect", distance: 1 }]);
    expect(index.near("dsconect").map((n) => n.word)).toEqual(["disconnect"]);
    expect(index.near("abc")).toEqual([]);
  });
});
