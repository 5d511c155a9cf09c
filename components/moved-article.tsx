"use client";

import { SiteLink } from "@/components/site-link";
import { useEffect } from "react";
import { withBasePath } from "@/lib/site/paths";

export type MovedArticleProps = { title: string; to: string };

/** An article's former address: sends the reader on, keeping the #entry anchor. */
export function MovedArticle({ title, to }: MovedArticleProps) {
  useEffect(() => {
    window.location.replace(`${withBasePath(to)}${window.location.hash}`);
  }, [to]);
  return (
    <>
      <h1 className="text-3xl font-bold">This article has moved</h1>
      <p className="mt-3">
        It now lives at{" "}
        <SiteLink href={to} className="text-blue-700 underline dark:text-blue-300">
          {title}
        </SiteLink>
        . Your browser should take you there now.
      </p>
    </>
  );
}
