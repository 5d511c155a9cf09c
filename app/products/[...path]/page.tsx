import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProductList, ProductPage } from "@/components/product-page";
import { readBuiltKnowledgeBase } from "@/lib/content/built";
import type { KbEntry } from "@/lib/kb/model";
import {
  pageCount,
  PRODUCT_PAGE_SIZE,
  PRODUCTS_PAGE_SIZE,
  productsRoute,
  productsRouteSegments,
  productSummaries,
  type ProductSummary,
} from "@/lib/site/catalog";

type ProductsPageProps = { params: Promise<{ path: string[] }> };

export const dynamicParams = false;

let cached: ProductSummary[] | undefined;
/** Computed once per worker: every page of a large knowledge base needs the same summaries. */
function summaries(): ProductSummary[] {
  cached ??= productSummaries(readBuiltKnowledgeBase());
  return cached;
}

let byId: Map<string, KbEntry> | undefined;
function entriesById(): Map<string, KbEntry> {
  byId ??= new Map(readBuiltKnowledgeBase().entries.map((e) => [e.id, e]));
  return byId;
}

export function generateStaticParams(): { path: string[] }[] {
  return productsRouteSegments(summaries()).map((path) => ({ path }));
}

/** The page a path shows, or undefined for a path the export does not hold. */
function resolve(path: string[]) {
  const route = productsRoute(path);
  if (!route) return undefined;
  if (route.kind === "list")
    return route.page <= pageCount(summaries().length, PRODUCTS_PAGE_SIZE) ? route : undefined;
  const summary = summaries().find((s) => s.product.id === route.id);
  if (!summary || route.page > pageCount(summary.articles.length, PRODUCT_PAGE_SIZE))
    return undefined;
  return { ...route, summary };
}

export async function generateMetadata({ params }: ProductsPageProps): Promise<Metadata> {
  const found = resolve((await params).path);
  if (!found) return {};
  if (found.kind === "list") return { title: `Products, page ${found.page}` };
  const { product, articles, entries } = found.summary;
  return {
    title: found.page > 1 ? `${product.name}, page ${found.page}` : product.name,
    description: `${entries} documented errors of ${product.name} in ${articles.length} articles.`,
  };
}

export default async function ProductsPathPage({ params }: ProductsPageProps) {
  const found = resolve((await params).path);
  if (!found) notFound();
  if (found.kind === "list") return <ProductList summaries={summaries()} page={found.page} />;
  return <ProductPage summary={found.summary} page={found.page} entries={entriesById()} />;
}
