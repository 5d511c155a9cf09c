import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { gzipCopiesOf, writeDataFiles } from "../../scripts/write-data-files";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function outDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "kb-data-files-"));
  dirs.push(dir);
  return dir;
}

const files = new Map([
  ["/lookup/core.json", '{"format":3}'],
  ["/lookup/s-ab12/k0.json", '{"words":[]}'],
]);

describe("the data files' gzip copies", () => {
  it("writes each file and, beside it, a gzip copy of the same text", async () => {
    const dir = outDir();
    const { gzipBytes } = await writeDataFiles(dir, files);
    let bytes = 0;
    for (const [sitePath, text] of files) {
      const file = path.join(dir, sitePath);
      expect(readFileSync(file, "utf8")).toBe(text);
      const copy = readFileSync(`${file}.gz`);
      expect(gunzipSync(copy).toString("utf8")).toBe(text);
      bytes += copy.length;
    }
    expect(gzipBytes).toBe(bytes);
  });

  it("writes no copy when they are turned off", async () => {
    const dir = outDir();
    expect(await writeDataFiles(dir, files, { gzip: false })).toEqual({ gzipBytes: 0 });
    for (const sitePath of files.keys()) {
      expect(existsSync(path.join(dir, sitePath))).toBe(true);
      expect(existsSync(path.join(dir, `${sitePath}.gz`))).toBe(false);
    }
  });

  it("reads GZIP_COPIES as on or off, and refuses anything else", () => {
    expect(gzipCopiesOf({})).toBe(true);
    expect(gzipCopiesOf({ GZIP_COPIES: "on" })).toBe(true);
    expect(gzipCopiesOf({ GZIP_COPIES: " OFF " })).toBe(false);
    expect(() => gzipCopiesOf({ GZIP_COPIES: "0" })).toThrow(/"on" or "off", not "0"/);
  });
});
