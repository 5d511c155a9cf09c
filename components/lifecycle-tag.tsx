import type { Lifecycle } from "@/lib/content/schema";
import { APPEARS_BADGE_CLASS } from "@/lib/site/styles";

const TAG_CLASS: Record<Exclude<Lifecycle["status"], "current">, string> = {
  deprecated: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  retired: "bg-rose-100 text-rose-900 dark:bg-rose-900 dark:text-rose-100",
};

const LABEL: Record<Exclude<Lifecycle["status"], "current">, string> = {
  deprecated: "Deprecated",
  retired: "Retired",
};

export type LifecycleTagProps = { status: Lifecycle["status"] };

/** "Deprecated" or "Retired" beside a product or article in a list; nothing while current. */
export function LifecycleTag({ status }: LifecycleTagProps) {
  if (status === "current") return null;
  return <span className={`${APPEARS_BADGE_CLASS} ${TAG_CLASS[status]}`}>{LABEL[status]}</span>;
}
