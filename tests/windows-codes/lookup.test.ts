/** The Windows system error codes knowledge base answers the pastes its codes take. */
import { beforeAll, describe, expect, it } from "vitest";
import { type LookupIndex, lookup } from "@/lib/lookup";
import { indexFor } from "../../scripts/corpus/corpus";

let index: LookupIndex;
beforeAll(async () => {
  index = await indexFor("windows");
}, 60_000);

const matched = (text: string) => lookup(index, text).matches.map((h) => h.entry.id);

describe("Windows system error codes", () => {
  it.each([
    ["System error 5 has occurred. Access is denied.", "win32-error-access-denied"],
    ["System error 5 has occurred.\n\nAccess is denied.", "win32-error-access-denied"],
    ["0x80070005", "win32-error-access-denied"],
    ["ERROR_FILE_NOT_FOUND", "win32-error-file-not-found"],
    ["The system cannot find the path specified.", "win32-error-path-not-found"],
    [
      "Remove-Item : Cannot remove item C:\\temp\\x: The directory is not empty. (Exception from HRESULT: 0x80070091)",
      "win32-error-dir-not-empty",
    ],
  ])("%s", (text, id) => {
    expect(matched(text)).toEqual([id]);
  });
  it("an HRESULT outside the codes matches nothing", () => {
    expect(matched("0x8007FFFF")).toEqual([]);
    expect(matched("0x80040154")).toEqual([]);
  });
});
