/**
 * A count (a non-negative number, rounded to a whole one) with its thousands grouped by commas,
 * as `toLocaleString("en")` writes it: 25001 → "25,001". Written out because the first use of
 * `Intl` in a page loads its locale data, which blocked the page for about 30 ms at the very
 * moment a large paste lands.
 */
export function formatCount(value: number): string {
  const digits = String(Math.round(Math.max(0, value)));
  let grouped = "";
  for (let end = digits.length; end > 0; end -= 3) {
    grouped = digits.slice(Math.max(0, end - 3), end) + (grouped ? `,${grouped}` : "");
  }
  return grouped;
}

/** A language's English name from its BCP 47 tag ("ja" → "Japanese"), or the tag when unknown. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A count with its noun: "1 article", "2,745 errors". */
export function countOf(value: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(value)} ${value === 1 ? singular : plural}`;
}
