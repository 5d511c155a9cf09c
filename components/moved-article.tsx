import { MOVED_TO_ATTR } from "@/lib/site/dom";
import { withBasePath } from "@/lib/site/paths";
import { IslandScript } from "./island-script";

export type MovedArticleProps = { title: string; to: string };

/**
 * An article's former address: a link to where it lives now, which the moved-article island
 * follows at once, keeping the #entry anchor.
 */
export function MovedArticle({ title, to }: MovedArticleProps) {
  const href = withBasePath(to);
  return (
    <>
      <h1 className="text-3xl font-bold">This article has moved</h1>
      <p className="mt-3">
        It now lives at{" "}
        <a
          href={href}
          {...{ [MOVED_TO_ATTR]: href }}
          className="text-blue-700 underline dark:text-blue-300"
        >
          {title}
        </a>
        . Your browser should take you there now.
      </p>
      <IslandScript name="moved-article" />
    </>
  );
}
