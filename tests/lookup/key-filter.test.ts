import { describe, expect, it } from "vitest";
import { buildLookupIndex, lookup } from "@/lib/lookup";
import { buildKeyFilter, readKeyFilter } from "@/lib/lookup/key-filter";
import { lookupSharded, ShardedIndex } from "@/lib/lookup/sharded";
import { shardLookupIndex } from "@/lib/lookup/shards";
import { entryPath } from "@/lib/site/paths";
import { sourceFor } from "../../scripts/corpus/corpus";

describe("the key filter", () => {
  const held = Array.from({ length: 20_000 }, (_, i) => `word${i}`);
  const mayHold = readKeyFilter(buildKeyFilter(held));

  it("never says a held word is not held", () => {
    expect(held.filter((w) => !mayHold(w))).toEqual([]);
  });

  it("lets about 2 in 100 words that are not held through, as its size promises", () => {
    const absent = Array.from({ length: 20_000 }, (_, i) => `other${i}`);
    const passed = absent.filter(mayHold).length / absent.length;
    expect(passed).toBeGreaterThan(0.005);
    expect(passed).toBeLessThan(0.035);
  });

  it("holds nothing when empty", () => {
    const empty = readKeyFilter(buildKeyFilter([]));
    expect(["a", "token", "0x80070005"].filter(empty)).toEqual([]);
  });

  it("spares a log's numbers and times their fetches, with the same result", async () => {
    const source = await sourceFor("real");
    const full = buildLookupIndex(source);
    // One key fragment per word, so that a fragment fetched is a word asked for.
    const { core, shards } = shardLookupIndex(full, source, {
      fragmentBytes: 1,
      entriesPerShard: 16,
      idsPerFragment: 4096,
    });
    const fetched: string[] = [];
    const sharded = new ShardedIndex(JSON.parse(JSON.stringify(core)), entryPath);
    const paste = Array.from(
      { length: 30 },
      (_, i) =>
        `2026-11-24 10:${String(i).padStart(2, "0")}:07,${100 + i} 4711 ${i * 37} 0x${(i * 97).toString(16)}`,
    ).join("\n");
    const result = await lookupSharded(
      sharded,
      async (name) => {
        fetched.push(name);
        return JSON.parse(JSON.stringify(shards.get(name)));
      },
      paste,
    );
    expect(result).toEqual(lookup(full, paste));
    // Over a hundred distinct numbers and times; a few pass the filter by chance.
    expect(fetched.filter((n) => n.startsWith("k")).length).toBeLessThan(10);
  });
});
