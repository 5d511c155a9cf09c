import { LINK_CLASS } from "@/lib/site/styles";
import { SiteLink } from "./site-link";

export type PaginationProps = {
  /** What is paged, for the navigation's name: "articles of Windows". */
  label: string;
  page: number;
  pages: number;
  /** The path of page `n` (from 1). */
  pathOf: (page: number) => string;
};

/** Pages shown around the current one; the first and last are always shown. */
const AROUND = 2;

/** Which page numbers to show: 1 … 4 5 [6] 7 8 … 20, with `undefined` for a gap. */
export function visiblePages(page: number, pages: number): (number | undefined)[] {
  const shown: (number | undefined)[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page) <= AROUND) shown.push(n);
    else if (shown.at(-1) !== undefined) shown.push(undefined);
  }
  return shown;
}

/** Previous, numbered and next links between the pages of a long list. Plain links: no script. */
export function Pagination({ label, page, pages, pathOf }: PaginationProps) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={`Pages of ${label}`} className="no-print mt-6 text-sm">
      <p className="mb-2 text-slate-700 dark:text-slate-300">
        Page {page} of {pages}
      </p>
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <SiteLink href={pathOf(page - 1)} rel="prev" className={LINK_CLASS}>
              Previous
            </SiteLink>
          </li>
        ) : null}
        {visiblePages(page, pages).map((n, i) =>
          n === undefined ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span
                  aria-current="page"
                  className="rounded bg-slate-200 px-2 py-1 font-semibold dark:bg-slate-700"
                >
                  {n}
                </span>
              ) : (
                <SiteLink href={pathOf(n)} className={LINK_CLASS} aria-label={`Page ${n}`}>
                  {n}
                </SiteLink>
              )}
            </li>
          ),
        )}
        {page < pages ? (
          <li>
            <SiteLink href={pathOf(page + 1)} rel="next" className={LINK_CLASS}>
              Next
            </SiteLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
