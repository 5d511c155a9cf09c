import { APPEARS_LABEL, type Appears } from "@/lib/lookup";
import { APPEARS_BADGE_CLASS, APPEARS_TONE } from "@/lib/site/styles";

export type AppearsBadgeProps = { appears: Appears };

export function AppearsBadge({ appears }: AppearsBadgeProps) {
  return (
    <span className={`${APPEARS_BADGE_CLASS} ${APPEARS_TONE[appears]}`}>
      {APPEARS_LABEL[appears]}
    </span>
  );
}
