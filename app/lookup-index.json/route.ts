import { readBuiltKnowledgeBase } from "@/lib/content/built";

export const dynamic = "force-static";

/** What the in-browser lookup needs: the entry index, fetched once, lazily. */
export function GET(): Response {
  return Response.json({ entries: readBuiltKnowledgeBase().entries });
}
