/**
 * The lookup's Web Worker: fetches the matcher's index on first use, builds it, and runs each
 * paste in slices, dropping a run as soon as a newer one arrives. It answers with plain data the
 * page renders: the result, the quoted lines, the shown entries' descriptions and steps, and, when
 * nothing matched, the redacted report. It also answers a shared link's entry ids. The paste stays
 * in memory here; nothing is sent or stored.
 */
import {
  buildLookupIndex,
  fromWire,
  type LookupIndex,
  type LookupResult,
  LookupRun,
  parseDetails,
  prepareReport,
  readFormerIds,
  resolveShared,
} from "@/lib/lookup";
import { entryPath, withBasePath } from "@/lib/site/paths";
import {
  type EntryDetails,
  type LookupAnswer,
  QUOTED_CHARS,
  QUOTED_LINES,
  shownHits,
  type WorkerRequest,
  type WorkerResponse,
} from "./lookup/protocol";

/** Work between two checks for a newer run. Off the main thread, this only bounds the delay. */
const SLICE_MS = 25;

async function fetchJson(path: string, what: string): Promise<unknown> {
  const response = await fetch(withBasePath(path), { credentials: "omit" });
  if (!response.ok) throw new Error(`${what} could not be loaded (HTTP ${response.status})`);
  return response.json();
}

type Loaded = { index: LookupIndex; former: Map<string, string> };

let indexPromise: Promise<Loaded> | undefined;
function loadIndex(): Promise<Loaded> {
  indexPromise ??= fetchJson("/lookup/index.json", "the lookup index").then((data) => ({
    index: buildLookupIndex(fromWire(data, entryPath)),
    former: readFormerIds(data),
  }));
  indexPromise.catch(() => {
    indexPromise = undefined;
  });
  return indexPromise;
}

const shards = new Map<string, Promise<Map<string, EntryDetails>>>();
function shard(slug: string): Promise<Map<string, EntryDetails>> {
  let found = shards.get(slug);
  if (!found) {
    const path = `/lookup/details/${encodeURIComponent(slug)}.json`;
    found = fetchJson(path, `the details of ${slug}`).then(parseDetails);
    found.catch(() => shards.delete(slug));
    shards.set(slug, found);
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

async function run(id: number, text: string, product?: string): Promise<void> {
  latest = id;
  try {
    const { index } = await loadIndex();
    if (id !== latest) return;
    const job = new LookupRun(index, text, product ? { product } : {});
    while (!job.step(performance.now() + SLICE_MS)) {
      await nextTask();
      if (id !== latest) return;
    }
    const result = job.result();
    const details = await detailsOf(shownHits(result).map((h) => h.entry.article));
    if (id !== latest) return;
    const answer: LookupAnswer = {
      result,
      lines: quotedLines(result, text),
      details,
      ...(result.matches.length === 0 ? { report: prepareReport(text) } : {}),
    };
    post({ type: "done", run: id, answer });
  } catch (error) {
    failed(id, error);
  }
}

/** Reports an error of run `id`, unless a newer run has superseded it. */
function failed(id: number, error: unknown): void {
  if (id !== latest) return;
  post({ type: "error", run: id, message: error instanceof Error ? error.message : String(error) });
}

/** A shared link's entries, as a result: no paste, no lines, no report. */
async function shared(id: number, ids: string[]): Promise<void> {
  latest = id;
  try {
    const { index, former } = await loadIndex();
    const { hits, renamed, unknown } = resolveShared(index, ids, former);
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
      result,
      lines: new Map(),
      details,
      shared: { renamed, unknown },
    };
    post({ type: "done", run: id, answer });
  } catch (error) {
    failed(id, error);
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === "warm") void loadIndex().catch(() => {});
  else if (request.type === "shared") void shared(request.run, request.ids);
  else void run(request.run, request.text, request.product);
};
