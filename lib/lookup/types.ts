/** The knowledge-base model the matcher works on lives in `lib/kb`; re-exported for callers. */
export type { EntryDetails, KbEntry, Product, Surface, Tone } from "@/lib/kb/model";
export { surfaceOf, TONES } from "@/lib/kb/model";
