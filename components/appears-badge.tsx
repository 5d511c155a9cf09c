import type { Surface } from "@/lib/kb/model";
import { APPEARS_BADGE_CLASS, TONE_CLASS } from "@/lib/site/styles";

export type AppearsBadgeProps = { surface: Surface };

/** Where an error appears, in the label and colour its product's content gives that surface. */
export function AppearsBadge({ surface }: AppearsBadgeProps) {
  return (
    <span className={`${APPEARS_BADGE_CLASS} ${TONE_CLASS[surface.tone]}`}>{surface.label}</span>
  );
}
