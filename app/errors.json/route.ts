import { readBuiltKnowledgeBase } from "@/lib/content/built";
import { withBasePath } from "@/lib/site/paths";

export const dynamic = "force-static";

/** The whole entry index, machine-readable. */
export function GET(): Response {
  const { entries } = readBuiltKnowledgeBase();
  return Response.json({
    entries: entries.map(({ resolution, ...entry }) => ({
      ...entry,
      url: withBasePath(entry.url),
      resolution: resolution.map((step, i) => `${i + 1}. ${step}`).join("\n"),
      steps: resolution,
    })),
  });
}
