import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const FIXTURE_KB = path.resolve("tests/fixtures/kb/two-articles");

/** A throw-away copy of the two-article fixture knowledge base, optionally edited. */
export function fixtureCopy(
  edit: (dir: string) => void = () => {},
  from = FIXTURE_KB,
): {
  dir: string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(path.join(tmpdir(), "kb-fixture-"));
  cpSync(from, dir, { recursive: true });
  edit(dir);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function replaceIn(dir: string, file: string, from: string | RegExp, to: string): void {
  const full = path.join(dir, file);
  const before = readFileSync(full, "utf8");
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit did nothing in ${file}: ${String(from)}`);
  writeFileSync(full, after);
}
