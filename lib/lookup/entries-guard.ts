import { APPEARS, type Appears, type KbEntry } from "./types";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

function isAppears(value: unknown): value is Appears {
  return APPEARS.some((a) => a === value);
}

function toEntry(value: unknown): KbEntry | undefined {
  if (!isRecord(value)) return undefined;
  const {
    id,
    article,
    articleTitle,
    url,
    name,
    appears,
    messages,
    aliases,
    formerly,
    description,
    resolution,
  } = value;
  if (
    typeof id !== "string" ||
    typeof article !== "string" ||
    typeof articleTitle !== "string" ||
    typeof url !== "string" ||
    typeof name !== "string" ||
    !isAppears(appears) ||
    !isStringArray(messages) ||
    !isStringArray(aliases) ||
    !isStringArray(formerly) ||
    typeof description !== "string" ||
    !isStringArray(resolution)
  ) {
    return undefined;
  }
  return {
    id,
    article,
    articleTitle,
    url,
    name,
    appears,
    messages,
    aliases,
    formerly,
    description,
    resolution,
  };
}

/**
 * Reads `{ entries: [...] }` as fetched from /lookup-index.json. A light guard instead of a schema
 * library keeps the page's JavaScript small.
 */
export function parseEntryIndex(data: unknown): KbEntry[] {
  if (!isRecord(data) || !Array.isArray(data.entries)) {
    throw new Error("the lookup index is not in the expected shape");
  }
  return data.entries.map((value, i) => {
    const entry = toEntry(value);
    if (!entry) throw new Error(`entry ${i} of the lookup index is not in the expected shape`);
    return entry;
  });
}
