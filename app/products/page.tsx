import type { Metadata } from "next";
import { ProductList } from "@/components/product-page";
import { readBuiltKnowledgeBase } from "@/lib/content/built";
import { productSummaries } from "@/lib/site/catalog";

export const metadata: Metadata = {
  title: "Products",
  description: "Every product of the knowledge base, with its articles and documented errors.",
};

export default function ProductsPage() {
  return <ProductList summaries={productSummaries(readBuiltKnowledgeBase())} page={1} />;
}
