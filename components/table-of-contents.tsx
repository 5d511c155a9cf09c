import type { BuiltArticle } from "@/lib/content/knowledge-base";
import type { KbEntry } from "@/lib/lookup/types";

export type TableOfContentsProps = {
  headings: BuiltArticle["headings"];
  entries: KbEntry[];
};

export function TableOfContents({ headings, entries }: TableOfContentsProps) {
  const names = new Map(entries.map((e) => [e.id, e.name]));
  return (
    <nav aria-labelledby="toc-title" className="no-print text-sm">
      <h2 id="toc-title" className="mb-2 font-semibold">
        On this page
      </h2>
      <ul className="space-y-1">
        {headings.map((heading) => (
          <li key={heading.slug} className={heading.depth === 3 ? "ml-3" : undefined}>
            <a
              href={`#${heading.slug}`}
              className="text-blue-700 hover:underline dark:text-blue-300"
            >
              {heading.text}
            </a>
            {heading.entryIds.length > 0 ? (
              <ul className="mt-1 ml-3 space-y-1">
                {heading.entryIds.map((id) => (
                  <li key={id}>
                    <a
                      href={`#${id}`}
                      className="text-slate-700 hover:underline dark:text-slate-300"
                    >
                      {names.get(id) ?? id}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </nav>
  );
}
