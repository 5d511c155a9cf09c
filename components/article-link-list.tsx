import { articlePath } from "@/lib/site/paths";
import { LINK_CLASS } from "@/lib/site/styles";
import { SiteLink } from "./site-link";

/** A list of links to articles, by their titles. */
export function ArticleLinkList({
  articles,
  className,
}: {
  articles: { slug: string; frontmatter: { title: string } }[];
  className: string;
}) {
  return (
    <ul className={className}>
      {articles.map((article) => (
        <li key={article.slug}>
          <SiteLink href={articlePath(article.slug)} className={LINK_CLASS}>
            {article.frontmatter.title}
          </SiteLink>
        </li>
      ))}
    </ul>
  );
}
