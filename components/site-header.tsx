import { SiteLink } from "@/components/site-link";
import { PALETTE_BUTTON_ID } from "@/lib/site/dom";

export function SiteHeader() {
  return (
    <header className="no-print border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <SiteLink
          href="/"
          className="font-semibold text-slate-900 no-underline dark:text-slate-100"
        >
          Error knowledge base
        </SiteLink>
        <nav aria-label="Site">
          <ul className="flex gap-4 text-sm">
            <li>
              <SiteLink
                href="/#lookup"
                className="text-blue-700 underline-offset-2 hover:underline dark:text-blue-300"
              >
                Look up an error{" "}
                <kbd className="ml-1 rounded border border-slate-300 px-1 text-xs dark:border-slate-600">
                  /
                </kbd>
              </SiteLink>
            </li>
            <li>
              {/*
                Revealed by the shortcuts island: without JavaScript there is no palette. It
                keeps its place while invisible (not hidden), so revealing it shifts nothing.
              */}
              <button
                id={PALETTE_BUTTON_ID}
                type="button"
                className="invisible text-blue-700 underline-offset-2 hover:underline dark:text-blue-300"
              >
                Go to an error{" "}
                <kbd className="ml-1 rounded border border-slate-300 px-1 text-xs dark:border-slate-600">
                  Ctrl K
                </kbd>
              </button>
            </li>
            <li>
              <SiteLink
                href="/products/"
                className="text-blue-700 underline-offset-2 hover:underline dark:text-blue-300"
              >
                Products
              </SiteLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
