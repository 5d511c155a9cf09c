export { buildLookupIndex, type LookupIndex } from "./build-index";
export {
  type Ambiguity,
  findProduct,
  lookup,
  type LookupHit,
  type LookupOptions,
  type LookupResult,
  LookupRun,
  type Tier,
} from "./run";
export { kindLabel, type Why, type WhyWord } from "./why";
export { looksLikeError, prepareReport, type Report, redactLine } from "./redact";
export { formerIds, readFormerIds, resolveShared, type SharedResult } from "./shared";
export { lookupSource, type LookupSource, type MatchEntry } from "./source";
export {
  type FetchShard,
  lookupSharded,
  readShardCore,
  resolveSharedSharded,
  ShardedIndex,
  untilComplete,
} from "./sharded";
export { shardLookupIndex, type ShardSet } from "./shards";
export {
  detailsOf,
  fromWire,
  parseDetails,
  toWire,
  type WireDetails,
  type WireSource,
} from "./wire";
export {
  type EntryDetails,
  type KbEntry,
  type Product,
  type Surface,
  surfaceOf,
  type Tone,
  TONES,
} from "./types";
