export { buildLookupIndex, type LookupIndex } from "./build-index";
export { lookup, LookupRun, type LookupHit, type LookupResult, type Tier } from "./match";
export { APPEARS, APPEARS_LABEL, type Appears, type KbEntry } from "./types";
export { parseEntryIndex } from "./entries-guard";
