import type { Product } from "@/lib/kb/model";
import { LOOKUP_PRODUCT_ID } from "@/lib/site/dom";

export type ProductFilterProps = { products: Product[] };

/** Narrows the lookup to one product; shown when the knowledge base documents several. */
export function ProductFilter({ products }: ProductFilterProps) {
  if (products.length < 2) return null;
  const sorted = [...products].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <p className="mt-2 text-sm">
      <label htmlFor={LOOKUP_PRODUCT_ID} className="mr-2 font-medium">
        Product
      </label>
      <select
        id={LOOKUP_PRODUCT_ID}
        className="rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
        defaultValue=""
      >
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
