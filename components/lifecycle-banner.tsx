import type { Lifecycle } from "@/lib/content/schema";
import { LINK_CLASS } from "@/lib/site/styles";
import { SiteLink } from "./site-link";

export type LifecycleBannerProps = { lifecycle: Lifecycle; product: string };

const HEADLINE: Record<Lifecycle["status"], string> = {
  current: "Current",
  deprecated: "Deprecated",
  retired: "Retired",
};

const BOX: Record<Lifecycle["status"], string> = {
  current: "border-emerald-600 bg-emerald-50 dark:bg-emerald-950",
  deprecated: "border-amber-500 bg-amber-50 dark:bg-amber-950",
  retired: "border-rose-600 bg-rose-50 dark:bg-rose-950",
};

/** Where the article's product stands: its status, the dates that matter, what replaces it. */
export function LifecycleBanner({ lifecycle, product }: LifecycleBannerProps) {
  const { status, dates, replacedBy, note } = lifecycle;
  return (
    <section
      id="lifecycle"
      aria-labelledby="lifecycle-title"
      className={`mt-4 scroll-mt-4 rounded-lg border-l-4 p-4 ${BOX[status]}`}
    >
      <h2 id="lifecycle-title" className="text-lg font-semibold">
        {HEADLINE[status]}: {product}
      </h2>
      {note ? <p className="mt-1">{note}</p> : null}
      {dates.length > 0 ? (
        <ul className="mt-2 list-disc pl-6">
          {dates.map((d) => (
            <li key={`${d.date}-${d.event}`}>
              <time dateTime={d.date} className="font-medium">
                {d.date}
              </time>
              : {d.event}
            </li>
          ))}
        </ul>
      ) : null}
      {replacedBy.length > 0 ? (
        <>
          <p className="mt-2 font-medium">Use instead:</p>
          <ul className="list-disc pl-6">
            {replacedBy.map((r) => (
              <li key={r.title}>
                {r.url ? (
                  r.url.startsWith("/") ? (
                    <SiteLink href={r.url} className={LINK_CLASS}>
                      {r.title}
                    </SiteLink>
                  ) : (
                    <a href={r.url} className={LINK_CLASS}>
                      {r.title}
                    </a>
                  )
                ) : (
                  r.title
                )}
                {r.for ? ` (for ${r.for})` : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
