/**
 * A new article, as `npm run new` writes it: valid frontmatter and one example entry, named so
 * that nothing in the knowledge base collides with it. Pure: the script reads the folder and
 * writes the file; the checks are the build's (`load.ts`).
 */
import { slug as githubSlug } from "github-slugger";
import type { Product } from "@/lib/kb/model";
import { DEFAULT_SURFACES, productId } from "@/lib/kb/products";
import type { ParsedArticle } from "./parse";
import { type KbConfig, slugSchema } from "./schema";

/** A slug from a title: lower-case words of letters and digits, accents dropped, joined by hyphens. */
export function slugOf(title: string): string {
  return githubSlug(title.normalize("NFKD").replace(/\p{M}/gu, ""))
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}

export type Taken = {
  /** Slugs of the articles, and the former slugs they keep working. */
  slugs: Set<string>;
  /** Slugs `published.json` records: once published, a slug is never given to another article. */
  published: Set<string>;
  /** Entry ids and former ids across the knowledge base. */
  ids: Set<string>;
};

export function takenBy(articles: ParsedArticle[], published: Iterable<string>): Taken {
  return {
    slugs: new Set(articles.flatMap((a) => [a.slug, ...a.frontmatter.formerSlugs])),
    published: new Set(published),
    ids: new Set(articles.flatMap((a) => a.entries.flatMap((e) => [e.id, ...e.formerly]))),
  };
}

/** Why `slug` cannot be a new article's, or undefined when it can. */
export function slugProblem(slug: string, taken: Taken, fileExists: boolean): string | undefined {
  const valid = slugSchema.safeParse(slug);
  if (!valid.success) {
    return `"${slug}" is not a valid slug: ${valid.error.issues[0]?.message ?? "invalid"}, such as troubleshoot-the-agent (give one with --slug)`;
  }
  if (fileExists) return `an article "${slug}" already exists; choose another title or --slug`;
  if (taken.slugs.has(slug)) {
    return `"${slug}" is a former slug of another article and keeps leading there; choose another title or --slug`;
  }
  if (taken.published.has(slug)) {
    return `"${slug}" was published before (published.json) and its links may still be around; choose another title or --slug`;
  }
  return undefined;
}

/** The declared product a name or alias points to, if any. */
export function declaredProduct(config: KbConfig, name: string): Product | undefined {
  const key = name.trim().toLowerCase();
  const found = config.products.find((p) =>
    [p.name, ...p.aliases].some((n) => n.toLowerCase() === key),
  );
  return found
    ? { ...found, id: productId(found.name), surfaces: found.surfaces ?? DEFAULT_SURFACES }
    : undefined;
}

/** An id for the example entry that no entry has, from the product's id. */
export function exampleId(product: string, ids: Set<string>): string {
  const base = `${productId(product)}-example-error`;
  let id = base;
  for (let n = 2; ids.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

export type NewArticle = {
  slug: string;
  title: string;
  /** The product's name as the knowledge base declares it, or as given. */
  product: string;
  /** The surface the example entry appears on: the product's first. */
  appears: string;
  id: string;
  /** YYYY-MM-DD */
  today: string;
};

/** The article's text: frontmatter, a section with its table, and one example entry. */
export function articleSource(a: NewArticle): string {
  const yamlString = (text: string) => JSON.stringify(text);
  return `---
title: ${yamlString(a.title)}
summary: ${yamlString("One sentence for the article list: what goes wrong, and where.")}
product: ${yamlString(a.product)}
appliesTo:
  - ${yamlString(a.product)}
updated: ${a.today}
---

## Errors

<EntryTable />

<ErrorEntry
  id="${a.id}"
  name="Example error"
  appears="${a.appears}"
  messages={["Example error: could not reach {0} after {1} attempts"]}
  aliases={["example failure"]}
>

Replace this example: what the error means, in a sentence or two. Copy each message exactly as
the software shows it, and write the parts that change as \\{0}, \\{1}, …

<Resolution>

1. The first step that fixes it.
2. The next step.

</Resolution>

</ErrorEntry>
`;
}
