import { SiteLink } from "@/components/site-link";
import type { LookupResult } from "@/lib/lookup";
import { formatCount } from "@/lib/site/format";
import { LookupHitCard } from "./lookup-hit-card";

export type LookupResultsProps = {
  result: LookupResult;
  text: string;
  /** Description and steps by entry id, as fetched for the entries shown. */
  details?: Map<string, { description: string; resolution: string[] }>;
};

function lineTextsFor(result: LookupResult, text: string): Map<number, string> {
  const wanted = new Set(
    [...result.matches, ...result.related].flatMap((h) => h.lines.slice(0, 3)),
  );
  const map = new Map<number, string>();
  if (wanted.size === 0) return map;
  const lines = text.split(/\r\n|\r|\n/);
  for (const line of wanted) map.set(line, lines[line - 1] ?? "");
  return map;
}

/** The answer to a paste: confident matches, then related entries, or an honest "nothing". */
export function LookupResults({ result, text, details }: LookupResultsProps) {
  const lineTexts = lineTextsFor(result, text);
  return (
    <>
      {result.linesRead < result.linesTotal ? (
        <p
          role="status"
          className="mb-3 rounded border border-amber-500 bg-amber-50 p-3 dark:bg-amber-950"
        >
          Paste too large: showing results for the first {formatCount(result.linesRead)} of{" "}
          {formatCount(result.linesTotal)} lines. Paste the rest separately to check it.
        </p>
      ) : null}
      {result.matches.length > 0 ? (
        <>
          <h3 className="mb-2 text-lg font-semibold">
            {result.matches.length === 1
              ? "1 documented error found"
              : `${result.matches.length} documented errors found`}
          </h3>
          <ul className="space-y-4">
            {result.matches.map((hit) => (
              <LookupHitCard
                key={hit.entry.id}
                hit={hit}
                lineTexts={lineTexts}
                details={details?.get(hit.entry.id)}
              />
            ))}
          </ul>
        </>
      ) : (
        <div className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
          <h3 className="text-lg font-semibold">No documented error matches</h3>
          <p className="mt-1">
            Nothing in this paste matches a documented error closely enough. You can:
          </p>
          <ul className="mt-1 list-disc pl-6">
            <li>paste the whole line or message, exactly as the software printed it;</li>
            <li>
              browse the{" "}
              <SiteLink href="/#articles" className="text-blue-700 underline dark:text-blue-300">
                article list
              </SiteLink>
              .
            </li>
          </ul>
        </div>
      )}
      {result.related.length > 0 ? (
        <>
          <h3 className="mt-6 mb-2 text-lg font-semibold">Related entries, worth a look</h3>
          <ul className="space-y-4">
            {result.related.map((hit) => (
              <LookupHitCard
                key={hit.entry.id}
                hit={hit}
                lineTexts={lineTexts}
                details={details?.get(hit.entry.id)}
              />
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
