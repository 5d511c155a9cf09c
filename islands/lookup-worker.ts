/**
 * The lookup's Web Worker: fetches the matcher's core on first use, and runs each paste in
 * slices, dropping a run as soon as a newer one arrives; a run that lacked shards of the index
 * fetches them and runs again (`lib/lookup/sharded.ts`), so nothing is built here that the build
 * could build, and only what the paste needs is fetched. It answers with plain data the
 * page renders: the result, the quoted lines and the shown entries' descriptions and steps. When
 * nothing matched it keeps the paste, and prepares the redacted report for the writers when the
 * reader asks for it, with the redaction module it imports then (and only then). It also answers
 * a shared link's entry ids. The paste stays in memory here; nothing is sent or stored.
 */
import {
  type FetchShard,
  type LookupResult,
  LookupRun,
  parseDetails,
  readFormerIds,
  readShardCore,
  type Report,
  resolveSharedSharded,
  ShardedIndex,
  untilComplete,
} from "@/lib/lookup";
import { entryPath } from "@/lib/site/paths";
import {
  type EntryDetails,
  isReport,
  type LookupAnswer,
  QUOTED_CHARS,
  QUOTED_LINES,
  shownHits,
  type WorkerRequest,
  type WorkerResponse,
} from "./lookup/protocol";
import { fetchJson, MissingFile } from "./fetch-json";

/** Work between two checks for a newer run. Off the main thread, this only bounds the delay. */
const SLICE_MS = 25;

/**
 * A lookup index whose shards come to less than this (JSON) is fetched whole when the worker
 * starts: a paste then takes one run instead of three or four, which a megabyte's paste feels
 * (about 300 ms a run), for a download the size of a small image. Larger ones are fetched as
 * pastes need them.
 */
const FETCH_ALL_BYTES = 512 * 1024;

type Loaded = { sharded: ShardedIndex; fetchShard: FetchShard; former: Map<string, string> };

let indexPromise: Promise<Loaded> | undefined;
function loadIndex(): Promise<Loaded> {
  indexPromise ??= fetchJson("/lookup/core.json", "the lookup index").then(async (data) => {
    const folder = typeof data === "object" && data !== null ? Reflect.get(data, "folder") : null;
    if (typeof folder !== "string" || !/^[\w-]+$/.test(folder))
      throw new Error("the lookup index names no folder of shards");
    const fetchShard = (name: string) =>
      fetchJson(`/lookup/${folder}/${name}.json`, "a part of the lookup index");
    const sharded = new ShardedIndex(readShardCore(data), entryPath);
    const bytes = typeof data === "object" && data !== null ? Reflect.get(data, "bytes") : null;
    if (typeof bytes === "number" && bytes <= FETCH_ALL_BYTES) await sharded.loadAll(fetchShard);
    return { sharded, fetchShard, former: readFormerIds(data) };
  });
  indexPromise.catch(() => {
    indexPromise = undefined;
  });
  return indexPromise;
}

const articleDetails = new Map<string, Promise<Map<string, EntryDetails>>>();
function shard(slug: string): Promise<Map<string, EntryDetails>> {
  let found = articleDetails.get(slug);
  if (!found) {
    const path = `/lookup/details/${encodeURIComponent(slug)}.json`;
    found = fetchJson(path, `the details of ${slug}`).then(parseDetails);
    found.catch(() => articleDetails.delete(slug));
    articleDetails.set(slug, found);
  }
  return found;
}

async function detailsOf(slugs: string[]): Promise<Map<string, EntryDetails>> {
  const maps = await Promise.all([...new Set(slugs)].map(shard));
  return new Map(maps.flatMap((m) => [...m]));
}

function quotedLines(result: LookupResult, text: string): Map<number, string> {
  const wanted = new Set(shownHits(result).flatMap((h) => h.lines.slice(0, QUOTED_LINES)));
  const quoted = new Map<number, string>();
  if (wanted.size === 0) return quoted;
  const lines = text.split(/\r\n|\r|\n/);
  for (const n of wanted) quoted.set(n, (lines[n - 1] ?? "").slice(0, QUOTED_CHARS));
  return quoted;
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

function post(message: WorkerResponse): void {
  self.postMessage(message);
}

let latest = 0;
/** The paste of the latest run that matched nothing, kept for a report until the next run. */
let reportable: { run: number; text: string } | undefined;

/**
 * Does `work` for run `id`. A file missing from the site means a new version was deployed since
 * the core was read (its shards sit in a new folder): what was read is dropped, the core read
 * again and the work retried once.
 */
async function withRetry(id: number, work: () => Promise<void>): Promise<void> {
  latest = id;
  reportable = undefined;
  try {
    await work();
  } catch (error) {
    if (!(error instanceof MissingFile) || id !== latest) {
      failed(id, error);
      return;
    }
    indexPromise = undefined;
    articleDetails.clear();
    await work().catch((again: unknown) => failed(id, again));
  }
}

function run(id: number, text: string, product?: string): Promise<void> {
  return withRetry(id, () => lookupOnce(id, text, product));
}

/** One lookup, start to answer; failures go to `run`. */
async function lookupOnce(id: number, text: string, product?: string): Promise<void> {
  const { sharded, fetchShard } = await loadIndex();
  if (id !== latest) return;
  // Each pass reads the paste in slices; one that lacked shards is run again once they came.
  const superseded = () => id !== latest;
  const result = await untilComplete(
    sharded,
    fetchShard,
    async () => {
      const job = new LookupRun(sharded.index, text, product ? { product } : {});
      while (!job.step(performance.now() + SLICE_MS)) {
        await nextTask();
        if (superseded()) return undefined;
      }
      return job.result();
    },
    superseded,
  );
  if (!result || id !== latest) return;
  const details = await detailsOf(shownHits(result).map((h) => h.entry.article));
  if (id !== latest) return;
  const nothing = result.matches.length === 0;
  if (nothing) reportable = { run: id, text };
  const answer: LookupAnswer = {
    run: id,
    result,
    lines: quotedLines(result, text),
    details,
    ...(nothing ? { reportable: true } : {}),
  };
  post({ type: "done", run: id, answer });
}

/** Reports an error of run `id`, unless a newer run has superseded it. */
function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function failed(id: number, error: unknown): void {
  if (id !== latest) return;
  post({ type: "error", run: id, message: errorMessage(error) });
}

/** A shared link's entries, as a result: no paste, no lines, no report. */
function shared(id: number, ids: string[]): Promise<void> {
  return withRetry(id, () => sharedOnce(id, ids));
}

async function sharedOnce(id: number, ids: string[]): Promise<void> {
  const { sharded, fetchShard, former } = await loadIndex();
  const { hits, renamed, unknown } = await resolveSharedSharded(
    sharded,
    fetchShard,
    ids,
    former,
    () => id !== latest,
  );
  if (id !== latest) return;
  const details = await detailsOf(hits.map((h) => h.entry.article));
  if (id !== latest) return;
  const result: LookupResult = {
    matches: hits,
    related: [],
    ambiguous: [],
    linesRead: 0,
    linesTotal: 0,
  };
  const answer: LookupAnswer = {
    run: id,
    result,
    lines: new Map(),
    details,
    shared: { renamed, unknown },
  };
  post({ type: "done", run: id, answer });
}

type Redact = (paste: string) => unknown;

let redaction: Promise<Redact> | undefined;
/**
 * The redaction module (`lib/lookup/redact.ts`, bundled apart), imported on the first report:
 * only from this site, whatever the page asked for.
 */
function loadRedaction(module: string): Promise<Redact> {
  redaction ??= (async () => {
    const url = new URL(module, self.location.href);
    if (url.origin !== self.location.origin)
      throw new Error("the redaction module must come from this site");
    const loaded: unknown = await import(url.href);
    const prepare: unknown =
      typeof loaded === "object" && loaded !== null ? Reflect.get(loaded, "prepareReport") : null;
    if (typeof prepare !== "function") throw new Error("the redaction module has no prepareReport");
    return (paste: string): unknown => Reflect.apply(prepare, undefined, [paste]);
  })();
  redaction.catch(() => {
    redaction = undefined;
  });
  return redaction;
}

async function report(request: number, runId: number, module: string): Promise<void> {
  try {
    const kept = reportable;
    if (!kept || kept.run !== runId)
      throw new Error("the text in the box has changed; prepare the report again");
    const redact = await loadRedaction(module);
    const prepared = redact(kept.text);
    if (!isReport(prepared)) throw new Error("the redaction module answered something else");
    const answer: Report = prepared;
    post({ type: "report", request, report: answer });
  } catch (error) {
    post({ type: "report-error", request, message: errorMessage(error) });
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === "warm") void loadIndex().catch(() => {});
  else if (request.type === "shared") void shared(request.run, request.ids);
  else if (request.type === "report") void report(request.request, request.run, request.module);
  else void run(request.run, request.text, request.product);
};
