/**
 * A synthetic knowledge base for benchmarks: deterministic, with realistic names, templated
 * messages and many near-twins (entries that share most of their words).
 */
import { type EntryFields, makeEntry } from "@/lib/kb/entries";
import type { KbEntry, Product } from "@/lib/kb/model";
import { DEFAULT_SURFACES, productId } from "@/lib/kb/products";

const APPEARS = DEFAULT_SURFACES.slice(0, 3).map((s) => s.id);

const COMPONENTS = (
  "collector forwarder scheduler parser indexer gateway connector broker relay exporter importer " +
  "uploader downloader resolver validator encoder decoder compressor replicator watcher monitor " +
  "listener dispatcher aggregator sampler throttler router balancer proxy tunnel bridge vault " +
  "keystore registry catalog journal ledger mailbox spooler crawler harvester ingestor emitter " +
  "notifier renderer transcoder archiver backup restorer mirror poller pusher puller tracker " +
  "auditor scanner classifier tagger labeler enricher normalizer deduplicator splitter merger " +
  "joiner sorter partitioner allocator reclaimer compactor vacuum janitor supervisor orchestrator " +
  "provisioner installer updater patcher signer verifier authenticator authorizer"
).split(" ");
const OBJECTS = (
  "certificate queue socket cache session license quota schema mapping endpoint channel stream " +
  "buffer batch snapshot checkpoint partition shard tenant policy rule filter template profile " +
  "credential signature manifest bundle package archive index cursor lease lock heartbeat " +
  "subscription webhook token secret nonce cipher digest keypair handshake fingerprint thumbprint " +
  "realm domain forest site zone region cluster node pod container volume mount disk folder file " +
  "share drive printer scanner spool job task trigger event alert incident ticket case report " +
  "dashboard widget chart query view table column row record field attribute property setting " +
  "option flag switch toggle variable parameter argument header cookie payload body envelope " +
  "attachment mailbox calendar contact group member owner role permission grant scope claim " +
  "assertion identity principal account password username device sensor gateway modem router"
).split(" ");
const PROBLEMS = (
  "timeout overflow mismatch refused expired corrupted missing unreachable rejected locked stale " +
  "truncated duplicated throttled exhausted invalid unsupported unavailable misconfigured " +
  "revoked suspended orphaned detached unmounted unsigned untrusted oversized undersized " +
  "malformed unparsable unresolved conflicting deprecated disabled blocked quarantined " +
  "inconsistent outdated unregistered unauthorized forbidden overloaded saturated starved"
).split(" ");
const VERBS = "failed stopped stalled aborted degraded".split(" ");
const GERUNDS = "connecting loading sending reading writing syncing rotating validating".split(" ");

/** Mulberry32: small, fast, deterministic. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  const value = list[Math.floor(rand() * list.length)];
  if (value === undefined) throw new Error("empty list");
  return value;
}

function title(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type SyntheticEntry = EntryFields;

/** `count` entries with unique names and ids. */
export function syntheticEntries(count: number, seed = 1): SyntheticEntry[] {
  const rand = random(seed);
  const seen = new Set<string>();
  const out: SyntheticEntry[] = [];
  let attempts = 0;
  while (out.length < count) {
    attempts += 1;
    const component = pick(rand, COMPONENTS);
    const object = pick(rand, OBJECTS);
    const problem = pick(rand, PROBLEMS);
    // Past the plain combinations, a numbered module keeps names unique, as real products do.
    const suffix = attempts > 20000 ? ` ${pick(rand, COMPONENTS)} module` : "";
    const name = title(`${component} ${object} ${problem}${suffix}`);
    const id = name.toLowerCase().replace(/\s+/g, "-");
    if (seen.has(id)) continue;
    seen.add(id);
    const verb = pick(rand, VERBS);
    const gerund = pick(rand, GERUNDS);
    const templated = rand() < 0.3;
    out.push({
      id,
      name,
      appears: pick(rand, APPEARS),
      messages: [
        templated
          ? `The ${component} ${object} has been ${problem} for more than X minutes`
          : `The ${object} ${verb} while ${gerund} the ${component}: ${problem}.`,
      ],
      aliases: rand() < 0.3 ? [`${object} ${problem} in ${component}`] : [],
      formerly: [],
      translations: [],
      reviewed: "2026-11-25",
      description: `The ${component} could not use its ${object} because it was ${problem}. Work ${verb} until it recovers.`,
      resolution: [
        `Check the ${object} settings of the ${component}.`,
        `Restart the ${component} and watch its log for ${problem} messages.`,
      ],
    });
  }
  return out;
}

/** Entries grouped into articles of about `perArticle` entries, with their URLs. */
export function syntheticKnowledgeBase(entries: number, perArticle = 10, seed = 1): KbEntry[] {
  return syntheticEntries(entries, seed).map((entry, i) => {
    const n = Math.floor(i / perArticle) + 1;
    const slug = `synthetic-article-${String(n).padStart(5, "0")}`;
    return makeEntry(
      {
        slug,
        title: title(slug.replace(/-/g, " ")),
        product: productId(syntheticProductName(n)),
      },
      entry,
    );
  });
}

/** The product of synthetic article `n`, as its frontmatter names it. */
function syntheticProductName(n: number): string {
  return `Synthetic product ${n}`;
}

/** One product per synthetic article, with the default surfaces. */
export function syntheticProducts(entries: KbEntry[]): Product[] {
  const ids = [...new Set(entries.map((e) => e.article))];
  return ids.map((slug) => {
    const name = syntheticProductName(Number(slug.slice(-5)));
    return { id: productId(name), name, aliases: [], terms: [], surfaces: DEFAULT_SURFACES };
  });
}

/** Log noise; half of it mentions words the knowledge base uses, as real logs do. */
function noiseLine(rand: () => number, n: number): string {
  const ts = `2026-11-24 10:${String(15 + (n % 40)).padStart(2, "0")}:${String(n % 60).padStart(2, "0")},${String(n % 1000).padStart(3, "0")}`;
  const templates = [
    () => `${ts} INFO  [main] c.m.c.siem.agent.Main - Starting SIEM agent 1.4.${n % 10}`,
    () =>
      `${ts} DEBUG [pool-2-thread-${n % 8}] c.m.c.siem.Http - GET https://portal.example.com/api/v1/agents/${n.toString(16)} 200 (${n % 90} ms)`,
    () =>
      `${ts} INFO  [main] c.m.c.siem.agent.Queue - Pulled ${n % 500} activities, ${n % 7} alerts from tenant 7c9e6679-7425-40de-944b-e07fc1f90ae7`,
    () =>
      `${ts} WARN  [pool-2-thread-3] c.m.c.siem.agent.Retry - Retrying request in 30 s (attempt ${n % 5} of 5)`,
    () =>
      `Nov 24 10:15:32 siem-host01 siemagent[${4000 + (n % 999)}]: heartbeat ok, lag 0.${n % 9} s, buffer ${n % 100}%`,
    () =>
      `${ts} INFO  [worker-${n % 4}] ${pick(rand, COMPONENTS)}: processed ${n % 900} ${pick(rand, OBJECTS)} items in ${n % 70} ms`,
    () =>
      `${ts} DEBUG [worker-${n % 4}] ${pick(rand, COMPONENTS)} ${pick(rand, GERUNDS)} ${pick(rand, OBJECTS)} ${n} (${pick(rand, OBJECTS)} ok)`,
    () =>
      `${ts} WARN  [worker-${n % 4}] slow ${pick(rand, OBJECTS)} on ${pick(rand, COMPONENTS)} node-${n % 12}: ${n % 3000} ms`,
  ];
  return pick(rand, templates)();
}

/** A paste of about `bytes` characters: log noise with `errors` lines of documented text inside. */
export function syntheticPaste(bytes: number, errors: string[], seed = 7): string {
  const rand = random(seed);
  const lines: string[] = [];
  let size = 0;
  let next = 0;
  while (size < bytes) {
    const useError = next < errors.length && rand() < 0.15;
    const line = useError
      ? `2026-11-24 10:16:00,000 ERROR [main] agent - ${errors[next++]}`
      : noiseLine(rand, lines.length);
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join("\n");
}

export type SyntheticArticleOptions = {
  /** Entries in all, when the last article should hold fewer than `perArticle`. */
  entries?: number;
  /**
   * Consecutive articles that document one product (1: each article its own product). Real
   * knowledge bases have several articles per product, and each product gets a page.
   */
  articlesPerProduct?: number;
};

/** MDX articles of about `perArticle` entries each, as an author would write them. */
export function syntheticArticles(
  articles: number,
  perArticle = 10,
  seed = 1,
  options: SyntheticArticleOptions = {},
): { slug: string; source: string }[] {
  const total = Math.min(options.entries ?? articles * perArticle, articles * perArticle);
  const perProduct = options.articlesPerProduct ?? 1;
  const entries = syntheticEntries(total, seed);
  return Array.from({ length: Math.ceil(total / perArticle) }, (_, a) => {
    const slug = `synthetic-article-${String(a + 1).padStart(5, "0")}`;
    const product = syntheticProductName(Math.floor(a / perProduct) + 1);
    const own = entries.slice(a * perArticle, (a + 1) * perArticle);
    const blocks = own.map(
      (e) => `<ErrorEntry
  id="${e.id}"
  name="${e.name}"
  appears="${e.appears}"
  messages={${JSON.stringify(e.messages)}}
  aliases={${JSON.stringify(e.aliases)}}
>

${e.description}

<Resolution>

${e.resolution.map((step, i) => `${i + 1}. ${step}`).join("\n")}

</Resolution>

</ErrorEntry>`,
    );
    const source = `---
title: ${title(slug.replace(/-/g, " "))}
summary: Synthetic article ${a + 1} for build benchmarks.
product: ${product}
appliesTo:
  - ${product}
updated: 2026-11-25
---

## Errors

<EntryTable />

${blocks.join("\n\n")}
`;
    return { slug, source };
  });
}
