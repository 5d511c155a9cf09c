/**
 * The sharded index answers exactly as the built one: every paste of every corpus, a sample of
 * Loghub's lines and shared links get the same result, fetched shard by shard. The shards here
 * are made far smaller than the site's, so that every answer crosses many shard boundaries.
 */
import { describe, expect, it } from "vitest";
import { buildLookupIndex, lookup, lookupSource, resolveShared } from "@/lib/lookup";
import { wordCaches } from "@/lib/lookup/line";
import { lookupSharded, resolveSharedSharded, ShardedIndex } from "@/lib/lookup/sharded";
import { shardLookupIndex, type ShardSizes } from "@/lib/lookup/shards";
import type { LookupSource } from "@/lib/lookup/source";
import { entryPath } from "@/lib/site/paths";
import { CORPORA, readCorpus, sourceFor } from "../../scripts/corpus/corpus";
import { loghubAvailable, loghubKnowledgeBase, readLoghub } from "../../scripts/loghub/loghub";

const TINY: ShardSizes = { fragmentBytes: 200, entriesPerShard: 5, idsPerFragment: 7 };

/** The built index, and a sharded one reading JSON copies of its shards, counting fetches. */
function both(source: LookupSource) {
  const full = buildLookupIndex(source);
  const { core, shards } = shardLookupIndex(full, source, TINY);
  const files = new Map([...shards].map(([name, data]) => [name, JSON.stringify(data)]));
  const fetched: string[] = [];
  const fetchShard = async (name: string): Promise<unknown> => {
    fetched.push(name);
    const text = files.get(name);
    if (text === undefined) throw new Error(`no shard ${name}`);
    return JSON.parse(text);
  };
  const sharded = new ShardedIndex(JSON.parse(JSON.stringify(core)), entryPath);
  return { full, sharded, fetchShard, fetched, total: files.size };
}

describe.each([...new Set(CORPORA.map((c) => c.kb))])("the %s knowledge base in shards", (kb) => {
  it("gives every corpus paste the result the whole index gives", async () => {
    const { full, sharded, fetchShard, fetched, total } = both(await sourceFor(kb));
    const pastes = CORPORA.filter((c) => c.kb === kb).flatMap((c) => readCorpus(c.name));
    expect(pastes.length).toBeGreaterThan(10);
    for (const paste of pastes) {
      const expected = lookup(full, paste.text);
      const got = await lookupSharded(sharded, fetchShard, paste.text);
      expect([paste.name, got]).toEqual([paste.name, expected]);
    }
    // Each shard is fetched once, and not every shard is needed.
    expect(new Set(fetched).size).toBe(fetched.length);
    expect(fetched.length).toBeLessThan(total);
  });

  it("resolves shared links, former ids and unknown ids as the whole index does", async () => {
    const source = await sourceFor(kb);
    const { full, sharded, fetchShard } = both(source);
    const ids = [source.entries.at(-1)?.id ?? "", "no-such-entry", source.entries[0]?.id ?? ""];
    const former = new Map([["an-old-id", source.entries[1]?.id ?? ""]]);
    expect(await resolveSharedSharded(sharded, fetchShard, [...ids, "an-old-id"], former)).toEqual(
      resolveShared(full, [...ids, "an-old-id"], former),
    );
  });
});

describe("word memory", () => {
  it("lasts across lookups on a built index, and one lookup on a sharded one", async () => {
    // A sharded index's answer about a word grows as shards arrive: an answer given while one
    // was missing must not reach a later lookup, which would not count the miss.
    const { full, sharded } = both(await sourceFor("real"));
    expect(wordCaches(full)).toBe(wordCaches(full));
    expect(wordCaches(sharded.index)).not.toBe(wordCaches(sharded.index));
  });
});

describe("a knowledge base fetched whole", () => {
  it("answers in one run, fetching nothing more, with the same result", async () => {
    const { full, sharded, fetchShard, fetched, total } = both(await sourceFor("real"));
    await sharded.loadAll(fetchShard);
    expect(fetched).toHaveLength(total);
    const misses = sharded.misses;
    const paste = "Data server connection error\nInvalid token";
    expect(await lookupSharded(sharded, fetchShard, paste)).toEqual(lookup(full, paste));
    expect(sharded.misses).toBe(misses);
    expect(fetched).toHaveLength(total);
  });
});

describe.runIf(loghubAvailable())("Loghub's knowledge base in shards", () => {
  it("gives sampled lines of every system, with line formats, the same result", async () => {
    const data = readLoghub();
    const { entries, products } = loghubKnowledgeBase(data);
    const { full, sharded, fetchShard } = both(lookupSource(entries, products));
    let checked = 0;
    for (const { lines } of Object.values(data.systems)) {
      for (const [line] of lines.filter((_, n) => n % 40 === 0)) {
        checked += 1;
        expect([line, await lookupSharded(sharded, fetchShard, line)]).toEqual([
          line,
          lookup(full, line),
        ]);
      }
    }
    expect(checked).toBeGreaterThan(600);
  });
});
