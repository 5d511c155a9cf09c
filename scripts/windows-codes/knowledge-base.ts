/**
 * The Windows system error codes as a knowledge base: one product, "Windows", one article per
 * page of Microsoft's documentation (0-499, 500-999, …), one `<ErrorEntry>` per code. Pure: rows
 * in, file contents out; `generate.ts` writes them.
 *
 * Names, messages and constants are Microsoft's, to the letter (CC BY 4.0, credited in every
 * article and in `knowledge-base.yaml`); the descriptions and steps are this project's own words.
 */
import {
  type CodeRow,
  type CodesSource,
  PUBLISHED_BASE,
  rangeBounds,
  SOURCE_LICENSE,
  SOURCE_LICENSE_URL,
  SOURCE_REPOSITORY,
} from "./codes";

export const PRODUCT_NAME = "Windows";
/** The one surface of the product: the codes are what Windows functions return. */
export const SURFACE_ID = "system-error";

/** The facility code of Win32 errors inside an HRESULT: HRESULT_FROM_WIN32 sets it. */
const FACILITY_WIN32 = 7;
/** The severity bit of a failure HRESULT. */
const SEVERITY_ERROR = 0x80000000;

/**
 * The HRESULT that wraps a system error code, as `HRESULT_FROM_WIN32` makes it (WinError.h):
 * 0x80070000 | code, so 5 becomes 0x80070005. Code 0 (ERROR_SUCCESS) stays 0, which is S_OK and
 * no failure: it has no 0x8007 form.
 */
export function hresultOf(code: number): number | undefined {
  if (code === 0) return undefined;
  return (SEVERITY_ERROR | (FACILITY_WIN32 << 16) | (code & 0xffff)) >>> 0;
}

/** `0x` and eight upper-case hexadecimal digits: 5 → `0x00000005`, an HRESULT → `0x80070005`. */
export function hex8(value: number): string {
  return `0x${value.toString(16).toUpperCase().padStart(8, "0")}`;
}

/**
 * The entry's id: `win32-error-` and the constant without its `ERROR_` prefix, in lower case with
 * hyphens: ERROR_ACCESS_DENIED → `win32-error-access-denied`, WSAEINTR → `win32-error-wsaeintr`.
 * Constants are what Microsoft keeps stable across releases, so the id is as stable as the code.
 */
export function entryIdOf(constant: string): string {
  const words = constant
    .replace(/^ERROR_/, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `win32-error-${words}`;
}

/** The article of a documentation page: `0-499` → `windows-system-error-codes-0-499`. */
export function articleSlugOf(range: string): string {
  return `windows-system-error-codes-${range}`;
}

/** The published documentation of a code: its page, anchored on the constant. */
export function documentationUrl(range: string, constant?: string): string {
  return `${PUBLISHED_BASE}system-error-codes--${range}-${constant ? `#${constant}` : ""}`;
}

/**
 * Insertions in the documented messages (FormatMessage's `%1`, printf's `%hs`), mapped to the
 * placeholders the lookup reads as variable parts (README, "Writing an article"):
 *
 * - numbered inserts keep their number: `%1`, `%1!d!`, `0x%2` → `{1}`, `{2}`;
 * - numbers: `%d`, `%ld`, `%lu` → `N`;
 * - strings and hexadecimal values: `%hs`, `%ws`, `%s`, `%wZ`, `0x%08lx` → `X` (a pasted
 *   `0xC0000005` is one value, so the `0x` goes with it).
 */
const INSERT = /(?:0x)?%(?:([1-9]\d?)(?:![^!\s]{1,8}!)?|\d*(?:h|w|l|ll|I64)?([sSZdiuxX]))/g;

export function templateOf(message: string): { text: string; inserts: string[] } {
  const inserts: string[] = [];
  const text = message.replace(INSERT, (whole, n: string | undefined, conv: string | undefined) => {
    inserts.push(whole);
    if (n) return `{${n}}`;
    return conv && "diu".includes(conv) ? "N" : "X";
  });
  return { text, inserts };
}

/** Characters that mean something in MDX text: escaped where a note is quoted verbatim. */
function escapeMdx(text: string): string {
  return text.replace(/[\\`*_[\]{}<>#|]/g, (c) => `\\${c}`);
}

/** One code as an entry: its props, description and steps. */
export type CodeEntry = {
  id: string;
  name: string;
  appears: string;
  messages: string[];
  aliases: string[];
  description: string;
  steps: string[];
};

export function codeEntry(row: CodeRow): CodeEntry {
  const { text, inserts } = templateOf(row.message);
  const hresult = hresultOf(row.code);
  // A message that is nothing but an insertion (716 is `%hs`) shows only what was inserted: the
  // constant stands in for it, as it is the one fixed text the code has.
  const onlyInserts = text.replace(/\{\d+\}|\b[XN]\b/g, "").replace(/[\s.:]/g, "") === "";
  const messages = onlyInserts ? [row.constant] : [text];
  const aliases = [
    `System error ${row.code}`,
    `error ${row.code}`,
    row.hex,
    hex8(row.code),
    ...(hresult === undefined ? [] : [hex8(hresult)]),
    ...row.alsoNamed,
  ].filter((alias, i, all) => all.indexOf(alias) === i && alias !== row.constant);

  const description = [
    `\`${row.constant}\` is Windows system error ${row.code} (\`${row.hex}\`). Windows functions report it through \`GetLastError\`;` +
      (hresult === undefined
        ? " as an HRESULT it is `S_OK` (`0x00000000`), a success, so it never appears as a `0x8007` code."
        : ` .NET, COM, PowerShell and installers report it wrapped in the HRESULT \`${hex8(hresult)}\`.`),
  ];
  if (onlyInserts)
    description.push(
      `Its message is only the text Windows inserts (\`${inserts.join("`, `")}\`), so nothing of it is fixed.`,
    );
  else if (inserts.length > 0) {
    const shown = [...new Set(text.match(/\{\d+\}|\b[XN]\b/g) ?? [])];
    description.push(
      `In the message, ${shown.map((s) => `\`${s}\``).join(", ")} ${shown.length === 1 ? "stands" : "stand"} for what Windows inserts (\`${inserts.join("`, `")}\` in its message table).`,
    );
  }
  if (row.alsoNamed.length > 0)
    description.push(`Older headers name it ${row.alsoNamed.map((c) => `\`${c}\``).join(" or ")}.`);
  if (row.note) description.push(`Microsoft's documentation adds: "${escapeMdx(row.note)}"`);

  const steps = [
    "Find what returned the code: the command, the program or the log line just before it.",
    ...(inserts.length > 0 && !onlyInserts
      ? [
          "Read the values Windows put in the message where the documented text has a placeholder: they name the file, drive, service or value concerned.",
        ]
      : []),
    `Look up \`${row.constant}\` in the documentation of that function or tool, and in Microsoft's list, [System Error Codes (${row.range})](${documentationUrl(row.range, row.constant)}).`,
    `On the machine that showed it, \`net helpmsg ${row.code}\` prints the message in the system's language.`,
  ];
  return {
    id: entryIdOf(row.constant),
    name: row.constant,
    appears: SURFACE_ID,
    messages,
    aliases,
    description: description.join(" "),
    steps,
  };
}

/** A JavaScript string literal for an MDX prop: JSON's escapes are valid JavaScript. */
const literal = (text: string) => JSON.stringify(text);

function entryMdx(entry: CodeEntry): string {
  return `<ErrorEntry
  id=${literal(entry.id)}
  name=${literal(entry.name)}
  appears=${literal(entry.appears)}
  messages={[${entry.messages.map(literal).join(", ")}]}
  aliases={[${entry.aliases.map(literal).join(", ")}]}
>

${entry.description}

<Resolution>

${entry.steps.map((step, i) => `${i + 1}. ${step}`).join("\n")}

</Resolution>

</ErrorEntry>`;
}

/** Codes of one article grouped by hundreds, for its headings and table of contents. */
function byHundreds(rows: CodeRow[]): Map<number, CodeRow[]> {
  const groups = new Map<number, CodeRow[]>();
  for (const row of rows) {
    const start = Math.floor(row.code / 100) * 100;
    groups.set(start, [...(groups.get(start) ?? []), row]);
  }
  return groups;
}

export type GeneratedArticle = { slug: string; range: string; entries: CodeEntry[]; mdx: string };

/** The article of one documentation page. `order` places it on the home page. */
export function articleOf(
  range: string,
  rows: CodeRow[],
  source: CodesSource,
  order: number,
): GeneratedArticle {
  const [low, high] = rangeBounds(range);
  const sorted = [...rows].sort((a, b) => a.code - b.code);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) throw new Error(`no codes in ${range}`);
  const sections: string[] = [];
  const entries: CodeEntry[] = [];
  for (const [start, group] of byHundreds(sorted)) {
    const block = group.map(codeEntry);
    entries.push(...block);
    sections.push(
      `## Codes ${start} to ${Math.min(start + 99, high)}\n\n${block.map(entryMdx).join("\n\n")}`,
    );
  }
  const mdx = `---
title: Windows system error codes ${low} to ${high}
summary: The ${rows.length} Windows system error codes from ${first.code} (${first.constant}) to ${last.code} (${last.constant}), each with its constant, message, hexadecimal form and HRESULT.
product: ${PRODUCT_NAME}
appliesTo:
  - ${PRODUCT_NAME}
updated: ${source.date}
order: ${order}
tags: [Win32, GetLastError, HRESULT]
---

These are the codes that Windows functions return through \`GetLastError\` when they fail, from
${low} to ${high}. Each entry gives the constant from \`WinError.h\`, the message Windows shows, the
code in decimal and hexadecimal, and the HRESULT that wraps it, which is how .NET, COM, PowerShell
and installers report it (\`0x8007\` followed by the code in hexadecimal).

Constants, codes and messages are from Microsoft's
[System Error Codes (${range})](${documentationUrl(range)}), part of the
[Win32 documentation](${SOURCE_REPOSITORY}) (commit \`${source.commit.slice(0, 7)}\`), licensed under
[${SOURCE_LICENSE}](${SOURCE_LICENSE_URL}). The descriptions and steps are this knowledge base's own.

${sections.join("\n\n")}
`;
  return { slug: articleSlugOf(range), range, entries, mdx };
}

export const KNOWLEDGE_BASE_YAML = `# The Windows system error codes, generated by scripts/windows-codes/generate.ts from
# Microsoft's documentation (${SOURCE_REPOSITORY}, desktop-src/Debug/system-error-codes*.md),
# licensed under ${SOURCE_LICENSE} (${SOURCE_LICENSE_URL}).
products:
  - name: ${PRODUCT_NAME}
    aliases:
      - Microsoft Windows
      - Win32
    # Words that say a paste comes from Windows' error reporting.
    terms:
      - GetLastError
      - FormatMessage
      - HRESULT
      - WinError.h
      - net helpmsg
    surfaces:
      - id: ${SURFACE_ID}
        label: System error code
        tone: blue
`;

/** Every article of the knowledge base, one per documentation page, in the order of the codes. */
export function windowsKnowledgeBase(
  rows: CodeRow[],
  source: CodesSource,
  ranges?: readonly string[],
): GeneratedArticle[] {
  const pages = new Map<string, CodeRow[]>();
  for (const row of rows) pages.set(row.range, [...(pages.get(row.range) ?? []), row]);
  const wanted = ranges ?? [...pages.keys()];
  const unknown = wanted.filter((r) => !pages.has(r));
  if (unknown.length > 0)
    throw new Error(
      `no codes documented in range ${unknown.join(", ")}; the ranges are ${[...pages.keys()].join(", ")}`,
    );
  const ordered = [...pages.keys()].sort((a, b) => rangeBounds(a)[0] - rangeBounds(b)[0]);
  const articles = ordered
    .map((range, i) => ({ range, order: i + 1 }))
    .filter(({ range }) => wanted.includes(range))
    .map(({ range, order }) => articleOf(range, pages.get(range) ?? [], source, order));
  const ids = new Map<string, string>();
  for (const article of articles)
    for (const entry of article.entries) {
      const other = ids.get(entry.id);
      if (other) throw new Error(`${entry.name} and ${other} both make the id ${entry.id}`);
      ids.set(entry.id, entry.name);
    }
  return articles;
}
