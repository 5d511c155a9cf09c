import {
  LOOKUP_ANNOUNCE_ID,
  LOOKUP_CONTACT_EMAIL_ATTR,
  LOOKUP_CONTACT_ISSUES_ATTR,
  LOOKUP_HELP_ID,
  LOOKUP_INPUT_ID,
  LOOKUP_REDACT_ATTR,
  LOOKUP_RESULTS_ID,
  LOOKUP_WORKER_ATTR,
} from "@/lib/site/dom";
import { islandPath } from "@/lib/site/islands";
import { withBasePath } from "@/lib/site/paths";
import type { Product } from "@/lib/kb/model";
import { IslandScript } from "./island-script";
import { ProductFilter } from "./product-filter";

export type ErrorLookupProps = {
  products: Product[];
  /** Where undocumented errors are reported; the report offers a prefilled link to each. */
  contact?: { email?: string; issues?: string };
};

/**
 * The paste box, rendered on the server; the lookup island (`islands/lookup.ts`) brings it to
 * life and renders results into the container below it. The text stays in the page: nothing is
 * sent or stored.
 */
export function ErrorLookup({ products, contact }: ErrorLookupProps) {
  const attributes = {
    [LOOKUP_WORKER_ATTR]: withBasePath(islandPath("lookup-worker")),
    [LOOKUP_REDACT_ATTR]: withBasePath(islandPath("lookup-redact")),
    [LOOKUP_CONTACT_EMAIL_ATTR]: contact?.email,
    [LOOKUP_CONTACT_ISSUES_ATTR]: contact?.issues,
  };
  return (
    <div {...attributes}>
      <label htmlFor={LOOKUP_INPUT_ID} className="block font-medium">
        Paste an error message or log
      </label>
      <p id={LOOKUP_HELP_ID} className="text-sm text-slate-600 dark:text-slate-400">
        A console line, a log excerpt, a stack trace, a portal notification or a status. It never
        leaves your browser. Press <kbd>/</kbd> to come back here.
      </p>
      <noscript>
        <p className="mt-2 rounded border border-amber-500 bg-amber-50 p-3 dark:bg-amber-950">
          The lookup needs JavaScript, which is off in this browser. Browse the articles below, or
          look up from a terminal, in a checkout of this knowledge base:{" "}
          <code className="font-mono text-sm">
            npm run --silent lookup -- &quot;The token provided isn&apos;t valid.&quot;
          </code>{" "}
          (or <code className="font-mono text-sm">npm run --silent lookup &lt; agent.log</code>).
        </p>
      </noscript>
      <textarea
        id={LOOKUP_INPUT_ID}
        aria-describedby={LOOKUP_HELP_ID}
        rows={6}
        spellCheck={false}
        wrap="off"
        autoComplete="off"
        placeholder="2026-11-24 10:15:32 ERROR [main] The token provided isn't valid."
        className="mt-2 w-full rounded-lg border border-slate-400 bg-white p-3 font-mono text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      />
      <ProductFilter products={products} />
      <p id={LOOKUP_ANNOUNCE_ID} className="sr-only" aria-live="polite" />
      <div
        id={LOOKUP_RESULTS_ID}
        aria-busy="false"
        data-lookup-status="idle"
        data-lookup-length="0"
        className="mt-4"
      />
      <IslandScript name="copy-link" />
      <IslandScript name="copy-markdown" />
      <IslandScript name="lookup" />
    </div>
  );
}
