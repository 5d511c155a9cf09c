/**
 * Reading a file the build generates (`.generated/kb.json`, `.generated/islands.json`) and
 * saying what went wrong in words that lead to the fix: a missing file is one the build has not
 * written yet; any other failure is reported with its cause, never as "missing". Server-only.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

/** Why reading failed, as the reader should hear it. */
function readFailure(file: string, made: string, error: unknown): Error {
  const code = typeof error === "object" && error !== null ? Reflect.get(error, "code") : undefined;
  const cause = error instanceof Error ? error.message : String(error);
  if (code === "ENOENT")
    return new Error(`${file} is missing: run "npm run build", which ${made}`, { cause: error });
  return new Error(
    `${file} could not be read (${cause}); check that it is a readable file, or run "npm run build" again`,
    { cause: error },
  );
}

/** The text of a generated file; `made` says which build step writes it. */
export function readGeneratedFile(file: string, made: string): string {
  try {
    return readFileSync(path.resolve(file), "utf8");
  } catch (error) {
    throw readFailure(file, made, error);
  }
}

/** A generated JSON file, parsed; a file that is not JSON says so, with where it broke. */
export function readGeneratedJson(file: string, made: string): unknown {
  return parseGeneratedJson(file, readGeneratedFile(file, made));
}

/** The text of a generated JSON file, parsed; text that is not JSON says so, with where it broke. */
export function parseGeneratedJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`${file} is not valid JSON (${cause}); run "npm run build" again`, {
      cause: error,
    });
  }
}
