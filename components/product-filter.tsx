import type { Product } from "@/lib/kb/model";
import { byName } from "@/lib/site/catalog";
import { LOOKUP_PRODUCT_ID } from "@/lib/site/dom";

export type ProductFilterProps = { products: Product[] };

/**
 * Up to this many products, the filter is a menu of them all. Each option is about 60 bytes, so a
 * knowledge base of 1,000 products would put 60 KB of options on the home page; past this many the
 * filter is a text box that takes a product's name or alias, as `--product` does in the CLI.
 */
export const MAX_MENU_PRODUCTS = 100;

const FIELD_CLASS =
  "rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900";

/** Narrows the lookup to one product; shown when the knowledge base documents several. */
export function ProductFilter({ products }: ProductFilterProps) {
  if (products.length < 2) return null;
  if (products.length > MAX_MENU_PRODUCTS)
    return (
      <p className="mt-2 text-sm">
        <label htmlFor={LOOKUP_PRODUCT_ID} className="mr-2 font-medium">
          Product
        </label>
        <input
          id={LOOKUP_PRODUCT_ID}
          type="text"
          autoComplete="off"
          spellCheck={false}
          placeholder="All products"
          aria-describedby={`${LOOKUP_PRODUCT_ID}-help`}
          className={FIELD_CLASS}
        />{" "}
        <span id={`${LOOKUP_PRODUCT_ID}-help`} className="text-slate-600 dark:text-slate-400">
          a product&apos;s name, or empty for all {products.length}
        </span>
      </p>
    );
  const sorted = [...products].sort((a, b) => byName(a.name, b.name));
  return (
    <p className="mt-2 text-sm">
      <label htmlFor={LOOKUP_PRODUCT_ID} className="mr-2 font-medium">
        Product
      </label>
      <select id={LOOKUP_PRODUCT_ID} className={FIELD_CLASS} defaultValue="">
        <option value="">All products</option>
        {sorted.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </p>
  );
}
