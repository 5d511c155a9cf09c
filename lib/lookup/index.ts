export { buildLookupIndex, type LookupIndex } from "./build-index";
export { lookup, LookupRun, type LookupHit, type LookupResult, type Tier } from "./match";
export {
  detailsOf,
  fromWire,
  lookupSource,
  type LookupSource,
  type MatchEntry,
  parseDetails,
  toWire,
  type WireDetails,
  type WireSource,
} from "./source";
export { APPEARS, APPEARS_LABEL, type Appears, type KbEntry } from "./types";
