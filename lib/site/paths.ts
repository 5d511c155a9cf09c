/** The sub-path the site is served under ("" at the root), set at build time by BASE_PATH. */
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? "";

export function articlePath(slug: string): string {
  return `/articles/${slug}/`;
}

/** A product's page: `/products/<id>/`, then `/products/<id>/page/2/`. */
export function productPath(id: string, page = 1): string {
  return page <= 1 ? `/products/${id}/` : `/products/${id}/page/${page}/`;
}

/** The list of all products: `/products/`, then `/products/page/2/`. */
export function productsPath(page = 1): string {
  return page <= 1 ? "/products/" : `/products/page/${page}/`;
}

/** Where an entry lives: its article page, anchored on its id. */
export function entryPath(slug: string, id: string): string {
  return `${articlePath(slug)}#${id}`;
}

/** A site path with the base path in front, for places Next.js does not prefix itself. */
export function withBasePath(path: string): string {
  return `${BASE_PATH}${path}`;
}
