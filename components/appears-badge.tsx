import { APPEARS_LABEL, type Appears } from "@/lib/lookup/types";

export type AppearsBadgeProps = { appears: Appears };

const TONE: Record<Appears, string> = {
  "agent-console": "bg-violet-100 text-violet-900 dark:bg-violet-900 dark:text-violet-100",
  "portal-notification": "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  "agent-status": "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
};

export function AppearsBadge({ appears }: AppearsBadgeProps) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${TONE[appears]}`}>
      {APPEARS_LABEL[appears]}
    </span>
  );
}
