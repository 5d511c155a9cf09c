import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/content/parse";
import { slugSchema } from "@/lib/content/schema";
import { readCorpus } from "../../scripts/corpus/corpus";
import {
  CODES_FILE,
  formatCodesFile,
  markdownText,
  parseCodesFile,
  parsePage,
  rangeOfFile,
} from "../../scripts/windows-codes/codes";
import { checkTarget, writeWindowsKnowledgeBase } from "../../scripts/windows-codes/generate";
import {
  codeEntry,
  entryIdOf,
  hex8,
  hresultOf,
  templateOf,
  windowsKnowledgeBase,
} from "../../scripts/windows-codes/knowledge-base";

const text = readFileSync(CODES_FILE, "utf8");
const { source, rows } = parseCodesFile(text);
const all = windowsKnowledgeBase(rows, source);
const byName = new Map(rows.map((r) => [r.constant, r]));

function row(constant: string) {
  const found = byName.get(constant);
  if (!found) throw new Error(`${constant} is not in ${CODES_FILE}`);
  return found;
}

describe("the committed data", () => {
  it("names its source commit and date", () => {
    expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(text).toContain("CC BY 4.0");
  });

  it("holds each documented code once, in order, within 0-15999", () => {
    const codes = rows.map((r) => r.code);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(rows.map((r) => r.constant)).size).toBe(rows.length);
    expect(codes[0]).toBe(0);
    expect(codes.at(-1)).toBeLessThanOrEqual(15999);
    for (const r of rows) expect(Number.parseInt(r.hex, 16), r.constant).toBe(r.code);
  });

  it("has as many codes per page as the documentation lists", () => {
    const counts: Record<string, number> = {};
    for (const r of rows) counts[r.range] = (counts[r.range] ?? 0) + 1;
    expect(counts).toEqual({
      "0-499": 244,
      "500-999": 270,
      "1000-1299": 219,
      "1300-1699": 232,
      "1700-3999": 224,
      "4000-5999": 282,
      "6000-8199": 228,
      "8200-8999": 408,
      "9000-11999": 223,
      "12000-15999": 415,
    });
  });

  it("keeps the messages, earlier names and notes of the documentation", () => {
    expect(row("ERROR_ACCESS_DENIED")).toMatchObject({
      code: 5,
      hex: "0x5",
      message: "Access is denied.",
    });
    expect(row("ERROR_DIR_NOT_EMPTY")).toMatchObject({ code: 145, hex: "0x91" });
    expect(row("ERROR_CLUSTER_NODE_DRAIN_IN_PROGRESS").alsoNamed).toEqual([
      "ERROR_CLUSTER_NODE_EVACUATION_IN_PROGRESS",
    ]);
    expect(row("ERROR_INCOMPATIBLE_SERVICE_SID_TYPE").note).toMatch(
      /^On Windows Server 2003 and Windows XP, an unrestricted service/,
    );
    expect(row("ERROR_META_EXPANSION_TOO_LONG").message).toBe(
      "The global filename characters, * or ?, are entered incorrectly or too many global filename characters are specified.",
    );
  });

  it("reads back to the same file, byte for byte", () => {
    expect(formatCodesFile({ source, rows })).toBe(text);
  });

  it("says which line is wrong in a damaged file", () => {
    const broken = text.replace("\t5\t0x5\t", "\tfive\t0x5\t");
    expect(() => parseCodesFile(broken)).toThrow(/^line \d+: not a code row/);
    expect(() => parseCodesFile(text.replace(/^# commit: .*$/m, "# commit: none"))).toThrow(
      /commit/,
    );
  });
});

describe("reading a documentation page", () => {
  // The shape of Microsoft's pages, with three of their codes and a range row.
  const page = `# System Error Codes (4000-5999)

 

<span id="ERROR_CLUSTER_NODE_DRAIN_IN_PROGRESS"></span><span id="error_cluster_node_drain_in_progress"></span>**ERROR\\_CLUSTER\\_NODE\\_DRAIN\\_IN\\_PROGRESS**
   

5962 (0x174A)
 



A node drain is already in progress.

This value was also named **ERROR\\_CLUSTER\\_NODE\\_EVACUATION\\_IN\\_PROGRESS**


   

<span id="ERROR_INTERNET__"></span><span id="error_internet__"></span>**ERROR\\_INTERNET\\_\\***
   

4000 - 4001 (0xFA0)
 



See [Internet Error Codes](../wininet/wininet-errors.md) and WinInet.h.


   

<span id="ERROR_X"></span>**ERROR\\_X**
   

5000 (0x1388)
 



The caller of [**SetMonitorColorTemperature**](/windows/x) used \\[%2\\]\u00a0on <https://go.microsoft.com/fwlink/p/?linkid=1>.


   

## Requirements

| Requirement | Value |
`;

  it("reads codes, messages and earlier names, and skips ranges", () => {
    const { rows: read, skipped } = parsePage(page, "4000-5999");
    expect(read).toEqual([
      {
        range: "4000-5999",
        code: 5962,
        hex: "0x174A",
        constant: "ERROR_CLUSTER_NODE_DRAIN_IN_PROGRESS",
        message: "A node drain is already in progress.",
        alsoNamed: ["ERROR_CLUSTER_NODE_EVACUATION_IN_PROGRESS"],
        note: "",
      },
      {
        range: "4000-5999",
        code: 5000,
        hex: "0x1388",
        constant: "ERROR_X",
        message:
          "The caller of SetMonitorColorTemperature used [%2] on https://go.microsoft.com/fwlink/p/?linkid=1.",
        alsoNamed: [],
        note: "",
      },
    ]);
    expect(skipped.map((s) => s.message)).toEqual([
      'ERROR_INTERNET_*: value "4000 - 4001 (0xFA0)" is no code',
    ]);
  });

  it("refuses a code outside its page or a hex that disagrees", () => {
    expect(() => parsePage(page, "0-499")).toThrow(/outside the page's range/);
    expect(() => parsePage(page.replace("(0x174A)", "(0x174B)"), "4000-5999")).toThrow(
      /5962 is not 0x174B/,
    );
  });

  it("undoes Markdown escapes without reading escaped characters as markup", () => {
    expect(markdownText("Invalid GW\\_\\* command.")).toBe("Invalid GW_* command.");
    expect(markdownText("The user %s\\\\\\\\%s is")).toBe("The user %s\\\\%s is");
    expect(markdownText("a **NULL** string")).toBe("a NULL string");
    expect(markdownText("error \\[%2\\] (x)")).toBe("error [%2] (x)");
  });

  it("knows a page's range from its file name", () => {
    expect(rangeOfFile("system-error-codes--12000-15999-.md")).toBe("12000-15999");
    expect(rangeOfFile("system-error-codes.md")).toBeUndefined();
  });
});

describe("codes as entries", () => {
  it("wraps a code in its HRESULT as HRESULT_FROM_WIN32 does", () => {
    expect(hex8(hresultOf(5) ?? 0)).toBe("0x80070005");
    expect(hex8(hresultOf(0x91) ?? 0)).toBe("0x80070091");
    expect(hex8(hresultOf(1722) ?? 0)).toBe("0x800706BA");
    expect(hex8(hresultOf(15999) ?? 0)).toBe("0x80073E7F");
    expect(hresultOf(0)).toBeUndefined();
    for (const r of rows.filter((r) => r.code > 0))
      expect(hresultOf(r.code), r.constant).toBe(0x80070000 + r.code);
  });

  it("gives each code its decimal, hexadecimal and HRESULT forms", () => {
    expect(codeEntry(row("ERROR_ACCESS_DENIED"))).toMatchObject({
      id: "win32-error-access-denied",
      name: "ERROR_ACCESS_DENIED",
      messages: ["Access is denied."],
      aliases: ["System error 5", "error 5", "0x5", "0x00000005", "0x80070005"],
    });
    expect(codeEntry(row("ERROR_SUCCESS")).aliases).toEqual([
      "System error 0",
      "error 0",
      "0x0",
      "0x00000000",
    ]);
    expect(codeEntry(row("DNS_ERROR_NSEC3_INCOMPATIBLE_WITH_RSA_SHA1")).aliases).toContain(
      "DNS_ERROR_INVALID_NSEC3_PARAMETERS",
    );
  });

  it("maps insertions to the lookup's placeholders", () => {
    expect(templateOf("Insert %2 (Volume Serial Number: %3) into drive %1.").text).toBe(
      "Insert {2} (Volume Serial Number: {3}) into drive {1}.",
    );
    expect(templateOf("message number 0x%1 in the message file for %2.").text).toBe(
      "message number {1} in the message file for {2}.",
    );
    expect(templateOf("A syntax error occurred at position %1!d!.").text).toBe(
      "A syntax error occurred at position {1}.",
    );
    expect(
      templateOf("The exception %s (0x%08lx) occurred in the application at location 0x%08lx.")
        .text,
    ).toBe("The exception X (X) occurred in the application at location X.");
    expect(templateOf("failed (%lx). The requested size was %ld.").text).toBe(
      "failed (X). The requested size was N.",
    );
    expect(templateOf("Checking file system on %wZ.").text).toBe("Checking file system on X.");
    expect(codeEntry(row("ERROR_BAD_EXE_FORMAT")).messages).toEqual([
      "{1} is not a valid Win32 application.",
    ]);
    for (const entry of all.flatMap((a) => a.entries))
      for (const message of entry.messages) expect(message, entry.id).not.toMatch(/%\w/);
  });

  it("lets the constant stand in for a message that is only an insertion", () => {
    const only = rows.find((r) => r.message === "%hs");
    expect(only).toBeDefined();
    if (only) expect(codeEntry(only).messages).toEqual([only.constant]);
  });

  it("gives every code a valid, unique id made from its constant", () => {
    expect(entryIdOf("ERROR_ACCESS_DENIED")).toBe("win32-error-access-denied");
    expect(entryIdOf("WSAEINTR")).toBe("win32-error-wsaeintr");
    expect(entryIdOf("RPC_S_SERVER_UNAVAILABLE")).toBe("win32-error-rpc-s-server-unavailable");
    expect(entryIdOf("ERROR_ITERATED_DATA_EXCEEDS_64k")).toBe(
      "win32-error-iterated-data-exceeds-64k",
    );
    const ids = all.flatMap((a) => a.entries.map((e) => e.id));
    expect(ids).toHaveLength(rows.length);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(slugSchema.safeParse(id).success, id).toBe(true);
  });
});

describe("the generated knowledge base", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "kb-windows-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const ranges = ["0-499", "12000-15999"];

  it("writes one article per page, which the build reads entry by entry", () => {
    const articles = writeWindowsKnowledgeBase(dir, ranges);
    expect(articles.map((a) => a.slug)).toEqual([
      "windows-system-error-codes-0-499",
      "windows-system-error-codes-12000-15999",
    ]);
    for (const article of articles) {
      const file = path.join(dir, `${article.slug}.mdx`);
      const result = parseArticle(readFileSync(file, "utf8"), file, article.slug);
      if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("\n"));
      const expected = rows.filter((r) => r.range === article.range);
      expect(result.article.entries).toHaveLength(expected.length);
      expect(result.article.frontmatter).toMatchObject({ product: "Windows" });
      for (const [i, entry] of result.article.entries.entries()) {
        const wanted = codeEntry(expected[i] ?? row("ERROR_SUCCESS"));
        expect(entry).toMatchObject({
          id: wanted.id,
          name: wanted.name,
          appears: "system-error",
          messages: wanted.messages,
          aliases: wanted.aliases,
        });
        expect(entry.resolution.length).toBeGreaterThanOrEqual(3);
      }
      // Microsoft's documentation is credited, with its licence, in every article.
      expect(article.mdx).toContain("licensed under\n[CC BY 4.0]");
      expect(
        result.article.links.some((l) => l.url.includes(`system-error-codes--${article.range}-`)),
      ).toBe(true);
    }
    const yaml = readFileSync(path.join(dir, "knowledge-base.yaml"), "utf8");
    expect(yaml).toContain("CC BY 4.0");
    expect(yaml).toContain("- id: system-error");
  });

  it("is the same, byte for byte, each time", () => {
    const first = windowsKnowledgeBase(rows, source, ranges).map((a) => a.mdx);
    const second = windowsKnowledgeBase(rows, source, ranges).map((a) => a.mdx);
    expect(second).toEqual(first);
    expect(first[0]).toBe(
      readFileSync(path.join(dir, "windows-system-error-codes-0-499.mdx"), "utf8"),
    );
  });

  it("keeps the hand-written content folder out of reach and names unknown ranges", () => {
    expect(() => checkTarget("content")).toThrow(/content folder/);
    expect(() => checkTarget("content/sub")).toThrow(/content folder/);
    expect(checkTarget(dir)).toBe(dir);
    expect(() => windowsKnowledgeBase(rows, source, ["500-599"])).toThrow(/500-599/);
  });
});

describe("the paste corpus", () => {
  const pastes = readCorpus("windows-codes");
  const ids = new Set(all.flatMap((a) => a.entries.map((e) => e.id)));

  it("names only entries the generator makes", () => {
    for (const paste of pastes)
      for (const id of [...paste.expect, ...(paste.related ?? [])])
        expect(ids.has(id), `${paste.name}: ${id}`).toBe(true);
  });

  it("holds about sixty pastes, a fifth of them negatives", () => {
    expect(pastes.length).toBeGreaterThanOrEqual(60);
    const negatives = pastes.filter((p) => p.expect.length === 0).length;
    expect(negatives / pastes.length).toBeGreaterThanOrEqual(0.18);
    expect(new Set(pastes.map((p) => p.name)).size).toBe(pastes.length);
  });
});
