/** The knowledge-base model the matcher works on lives in `lib/kb`; re-exported for callers. */
export type {
  EntryDetails,
  KbEntry,
  LifecycleNote,
  LifecycleStatus,
  Product,
  Surface,
  Tone,
  Translation,
} from "@/lib/kb/model";
export { LIFECYCLE_SCOPES, LIFECYCLE_STATUSES, surfaceOf, TONES } from "@/lib/kb/model";
