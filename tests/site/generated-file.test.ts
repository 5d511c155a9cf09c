import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseBuiltKnowledgeBase } from "@/lib/content/built";
import { readIslandsManifest } from "@/lib/site/islands";

const dir = mkdtempSync(path.join(tmpdir(), "generated-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const at = (name: string) => path.join(dir, name);

describe("files the build generates, read with their cause", () => {
  it("calls a file missing only when it is", () => {
    expect(() => parseBuiltKnowledgeBase(at("none.json"))).toThrow(
      /none\.json is missing: run "npm run build", which prepares the content first/,
    );
    expect(() => readIslandsManifest(at("none.json"))).toThrow(
      /none\.json is missing: run "npm run build", which bundles the islands/,
    );
  });

  it("reports any other read error with its cause, not as missing", () => {
    mkdirSync(at("folder.json"));
    for (const read of [parseBuiltKnowledgeBase, readIslandsManifest]) {
      let message = "";
      try {
        read(at("folder.json"));
      } catch (error) {
        message = error instanceof Error ? error.message : String(error);
        expect(error instanceof Error && error.cause).toBeTruthy();
      }
      expect(message).toMatch(/folder\.json could not be read \(EISDIR: illegal operation/);
      expect(message).not.toMatch(/missing/);
    }
  });

  it("says when a file is not JSON, or not what it should hold", () => {
    writeFileSync(at("broken.json"), '{"articles": [');
    expect(() => parseBuiltKnowledgeBase(at("broken.json"))).toThrow(
      /broken\.json is not valid JSON \(.+\); run "npm run build" again/,
    );
    writeFileSync(at("wrong.json"), '{"articles": 5}');
    expect(() => parseBuiltKnowledgeBase(at("wrong.json"))).toThrow(
      /wrong\.json does not hold a built knowledge base; run "npm run build" again:\n✖ Invalid input: expected array, received number\n {2}→ at articles/,
    );
    writeFileSync(at("list.json"), "[1, 2]");
    expect(() => readIslandsManifest(at("list.json"))).toThrow(/is not an object of island paths/);
    writeFileSync(at("islands.json"), '{"lookup": "/islands/lookup-AB12.js", "odd": 5}');
    expect(readIslandsManifest(at("islands.json"))).toEqual({ lookup: "/islands/lookup-AB12.js" });
  });
});
