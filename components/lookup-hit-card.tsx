import { SiteLink } from "@/components/site-link";
import type { LookupHit } from "@/lib/lookup";
import { AppearsBadge } from "./appears-badge";
import { CopyLinkButton } from "./copy-link-button";
import { withBasePath } from "@/lib/site/paths";

export type LookupHitCardProps = {
  hit: LookupHit;
  lineTexts: Map<number, string>;
  details?: { description: string; resolution: string[] };
};

/** One lookup result: its tier, the entry, the fix, and the lines of the paste it came from. */
export function LookupHitCard({ hit, lineTexts, details }: LookupHitCardProps) {
  const { entry } = hit;
  const match = hit.tier === "match";
  const tierProps = match ? { "data-match-id": entry.id } : { "data-related-id": entry.id };
  const titleId = `lookup-${hit.tier}-${entry.id}`;
  return (
    <li
      {...tierProps}
      aria-labelledby={titleId}
      className={`rounded-lg border p-4 ${match ? "border-emerald-600 dark:border-emerald-500" : "border-slate-300 dark:border-slate-700"}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <span
          className={`rounded px-2 py-0.5 text-xs font-semibold uppercase tracking-wide ${
            match
              ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100"
              : "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100"
          }`}
        >
          {match ? "Match" : "Related"}
        </span>
        <h3 id={titleId} className="text-lg font-semibold">
          <SiteLink href={entry.url} className="text-blue-700 hover:underline dark:text-blue-300">
            {entry.name}
          </SiteLink>
        </h3>
        <AppearsBadge appears={entry.appears} />
      </div>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        In{" "}
        <SiteLink href={entry.url.split("#")[0] ?? "/"} className="underline">
          {entry.articleTitle}
        </SiteLink>{" "}
        · found on line {hit.lines.slice(0, 5).join(", ")}
        {hit.lines.length > 5 ? ` and ${hit.lines.length - 5} more` : ""}
      </p>
      {hit.lines.slice(0, 3).map((line) => (
        <pre
          key={line}
          className="mt-2 overflow-x-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-900"
        >
          <span className="select-none text-slate-700 dark:text-slate-300">{line}: </span>
          <mark className="bg-amber-200 text-slate-900 dark:bg-amber-700 dark:text-white">
            {(lineTexts.get(line) ?? "").slice(0, 400)}
          </mark>
        </pre>
      ))}
      {details ? (
        <>
          <p className="mt-3">{details.description}</p>
          <p className="mt-3 font-semibold">How to fix it</p>
          <ol className="mt-1 list-decimal space-y-1 pl-6">
            {details.resolution.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      ) : (
        <p className="mt-3">Open the entry for what it means and how to fix it.</p>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <SiteLink href={entry.url} className="text-blue-700 underline dark:text-blue-300">
          Open the entry <span className="sr-only">{entry.name}</span>
        </SiteLink>
        <CopyLinkButton href={withBasePath(entry.url)} label={entry.name} />
      </div>
    </li>
  );
}
