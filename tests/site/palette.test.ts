import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeBase, parseContentDir } from "@/lib/content/load";
import {
  buildPaletteData,
  type PaletteData,
  type PaletteItem,
  paletteSourceOf,
} from "@/lib/palette/data";
import {
  fragmentFile,
  isCardFile,
  isPaletteCore,
  isWordFragment,
  paletteWords,
} from "@/lib/palette/format";
import { looksLikePaste, type PaletteSearch, rankPaletteItems } from "@/lib/palette/search";
import {
  createShardedPaletteSearch,
  fragmentKeysOf,
  matchQuality,
  PALETTE_MATCH,
  prefixDistance,
} from "@/lib/palette/sharded";
import { PALETTE_SHARDING, type PaletteSharding, shardPalette } from "@/lib/palette/shards";
import { WINDOWS_CODES_DIR } from "../../scripts/corpus/corpus";
import { writeWindowsKnowledgeBase } from "../../scripts/windows-codes/generate";

/**
 * A sharded search over files kept in memory (as JSON text, as served), with what it fetched.
 * `carried: false` strips the items the fragments carry, so that every candidate costs a card.
 */
function shardedSearch(
  data: PaletteData,
  options: PaletteSharding = PALETTE_SHARDING,
  { carried = true } = {},
) {
  const { core, files } = shardPalette(data, options);
  const texts = new Map([...files].map(([name, file]) => [name, JSON.stringify(file)]));
  const fetched: string[] = [];
  const search = createShardedPaletteSearch(core, async (name) => {
    fetched.push(name);
    const text = texts.get(name);
    if (text === undefined) throw new Error(`no file ${name}`);
    const file: unknown = JSON.parse(text);
    return carried || !isWordFragment(file) ? file : { ...file, leading: [] };
  });
  return { core, files, search, fetched };
}

/** Shards cut as small as they go: every fragment split, two items a card. */
const TINY: PaletteSharding = {
  keyChars: 2,
  fragmentBytes: 1,
  maxKeyChars: 3,
  commonItems: PALETTE_SHARDING.commonItems,
  cardSize: 2,
};

let data: PaletteData;
let search: PaletteSearch;
let tiny: PaletteSearch;
beforeAll(async () => {
  const kb = await loadKnowledgeBase({ record: "ignore" });
  data = buildPaletteData(paletteSourceOf(kb));
  search = shardedSearch(data).search;
  tiny = shardedSearch(data, TINY).search;
});

describe("palette data", () => {
  it("lists every entry with its anchor, then every article", () => {
    const token = data.items.find((i) => i.id === "invalid-token");
    expect(token).toMatchObject({
      kind: "entry",
      name: "Invalid token",
      messages: ["The token provided isn't valid."],
      path: "/articles/troubleshoot-siem-agent/#invalid-token",
      product: "Microsoft Defender for Cloud Apps",
    });
    const articles = data.items.filter((i) => i.kind === "article");
    expect(data.items.slice(-articles.length)).toEqual(articles);
    expect(articles).toContainEqual(
      expect.objectContaining({
        id: "troubleshoot-siem-agent",
        path: "/articles/troubleshoot-siem-agent/",
      }),
    );
  });

  it("cuts into a core, word fragments and cards that pass their guards as JSON", () => {
    const { core, files } = shardPalette(data);
    expect(isPaletteCore({ ...core, folder: "p-0" })).toBe(true);
    expect(core.items).toBe(data.items.length);
    for (const [name, file] of files) {
      const parsed: unknown = JSON.parse(JSON.stringify(file));
      expect(name.startsWith("k") ? isWordFragment(parsed) : isCardFile(parsed), name).toBe(true);
    }
    const cards = [...files].filter(([name]) => name.startsWith("c"));
    expect(cards.flatMap(([, file]) => ("items" in file ? file.items : []))).toEqual(data.items);
    expect(isPaletteCore({ ...core })).toBe(false);
    expect(isPaletteCore({ ...core, folder: "../p-0" })).toBe(false);
    expect(isWordFragment({ words: [["token", [1, 2], "0"]] })).toBe(false);
    expect(isCardFile({ items: [{ kind: "entry", id: 1 }] })).toBe(false);
    // The items a fragment carries: numbered whole items; a fragment of an earlier build has none.
    const item = data.items[0];
    const words = [["token", [1, 2], "00"]];
    expect(isWordFragment({ words })).toBe(true);
    expect(isWordFragment({ words, leading: [[0, item]] })).toBe(true);
    expect(isWordFragment({ words, leading: [[0, item, 1]] })).toBe(false);
    expect(isWordFragment({ words, leading: [[-1, item]] })).toBe(false);
    expect(isWordFragment({ words, leading: [[0, { kind: "entry", id: 1 }]] })).toBe(false);
    expect(isWordFragment({ words, leading: {} })).toBe(false);
  });
});

describe("palette search against the real content", () => {
  it.each([
    ["invlid tok", "invalid-token"],
    ["data srv send", "data-server-send-error"],
    ["data srv conn", "data-server-connection-error"],
    ["bootstrp", "general-error-during-bootstrap"],
    ["disconected", "disconnected"],
    ["notifcation", "siem-agent-notification-error"],
    ["token provided", "invalid-token"],
    ["siem-agent-error", "siem-agent-error"],
    ["troubleshoot", "troubleshoot-siem-agent"],
  ])("%s → %s first", async (query, id) => {
    expect((await search(query))[0]?.id).toBe(id);
    expect((await tiny(query))[0]?.id).toBe(id);
  });

  it("finds nothing for an empty query or nonsense, and lists at most 8", async () => {
    expect(await search("   ")).toEqual([]);
    expect(await search("zqxjv")).toEqual([]);
    expect((await search("error")).length).toBe(8);
  });

  it("lists what fuse.js over the whole list lists first, for every name, id and message", async () => {
    const queries = data.items.flatMap((i) => [i.name, i.id, ...i.messages.slice(0, 1)]);
    const differ: string[] = [];
    for (const query of queries) {
      const whole = rankPaletteItems(data.items, query)[0]?.path;
      const first = (await search(query))[0]?.path;
      if (first !== whole) differ.push(`${query}: ${first} instead of ${whole}`);
    }
    expect(differ).toEqual([]);
  });

  it("a query fetches the fragments of its words' first letters and the cards of its candidates", async () => {
    const { core, search: counted, fetched } = shardedSearch(data, TINY, { carried: false });
    await counted("invalid token");
    const fragments = fetched.filter((name) => name.startsWith("k"));
    const keys = fragments.map((name) => core.keys[Number(name.slice(1))]);
    expect(keys.every((key) => key !== undefined && /^(in|to)/.test(key))).toBe(true);
    const cards = fetched.filter((name) => name.startsWith("c")).length;
    expect(cards).toBeGreaterThan(0);
    expect(cards).toBeLessThan(Math.ceil(data.items.length / core.cardSize));
    // The next keystroke fetches nothing it has.
    fetched.length = 0;
    await counted("invalid token ");
    expect(fetched).toEqual([]);
  });

  it("a fragment's key typed alone fetches the fragments it starts with and no card", async () => {
    for (const options of [PALETTE_SHARDING, TINY]) {
      const { keys } = shardPalette(data, options).core;
      for (const key of keys) {
        // A new search for each key: nothing carried by another key's fragment helps it.
        const { search: counted, fetched } = shardedSearch(data, options);
        const { search: uncarried } = shardedSearch(data, options, { carried: false });
        const listed = await counted(key);
        expect(fetched, key).toEqual(fragmentKeysOf(key, keys).map(fragmentFile));
        expect(listed, key).toEqual(await uncarried(key));
      }
    }
  });

  it("lists the same with and without the items fragments carry, at every keystroke", async () => {
    const { search: counted, fetched } = shardedSearch(data, TINY);
    const { search: uncarried, fetched: uncarriedFetched } = shardedSearch(data, TINY, {
      carried: false,
    });
    const typed = data.items.flatMap((i) => [i.name, ...i.messages.slice(0, 1)]).slice(0, 60);
    for (const query of typed) {
      for (let end = 2; end <= query.length; end += 1) {
        const prefix = query.slice(0, end);
        expect(await counted(prefix), prefix).toEqual(await uncarried(prefix));
      }
    }
    const cards = (names: string[]) => names.filter((name) => name.startsWith("c")).length;
    expect(cards(fetched)).toBeLessThan(cards(uncarriedFetched));
  });
});

describe("the palette's shards", () => {
  const item = (id: string, name: string, messages: string[] = []): PaletteItem => ({
    kind: "entry",
    id,
    name,
    messages,
    aliases: [],
    article: "Article",
    product: "Product",
    path: `/articles/a/#${id}`,
  });

  it("keeps a common word's items that hold it in their heaviest field, names first", () => {
    const items = [
      ...Array.from({ length: 5 }, (_, i) => item(`m${i}`, `Other ${i}`, ["The module stalled."])),
      item("named", "Module stalled"),
    ];
    const { files } = shardPalette({ items }, { ...PALETTE_SHARDING, commonItems: 2 });
    const rows = [...files.values()].flatMap((f) => ("words" in f ? f.words : []));
    const module = rows.find(([word]) => word === "module");
    // Item 5 holds "module" in its name (field 0), the others in their message (field 1): of
    // those, the first is kept.
    expect(module).toEqual(["module", [0, 5], "10"]);
  });

  it("splits a large fragment one letter deeper, keeping words as long as its key under it", () => {
    const items = ["in", "invalid", "install", "index"].map((w) => item(w, w));
    const { core, files } = shardPalette({ items }, { ...PALETTE_SHARDING, fragmentBytes: 1 });
    expect(core.keys).toEqual(["art", "in", "ind", "ins", "inv", "pro"]);
    const under = (key: string) => {
      const file = files.get(`k${core.keys.indexOf(key)}`);
      return file && "words" in file ? file.words.map(([w]) => w) : [];
    };
    expect(under("in")).toEqual(["in"]);
    expect(under("inv")).toEqual(["invalid"]);
  });

  it("cuts words as typed: letters and digits, lower case, two at least", () => {
    expect(paletteWords("SIEM-agent error: 0x80070005 a")).toEqual([
      "siem",
      "agent",
      "error",
      "0x80070005",
    ]);
    expect(paletteWords("Ｅｒｒｏｒ Überprüfung")).toEqual(["error", "überprüfung"]);
  });

  it("matches a word equal, being typed, or a typo away per four letters", () => {
    expect(matchQuality("token", "token")).toBe(PALETTE_MATCH.exact);
    expect(matchQuality("tok", "token")).toBe(PALETTE_MATCH.prefix);
    expect(matchQuality("invlid", "invalid")).toBe(PALETTE_MATCH.typo);
    expect(matchQuality("disconected", "disconnected")).toBe(PALETTE_MATCH.typo);
    expect(matchQuality("srv", "server")).toBe(0);
    expect(matchQuality("invxxd", "invalid")).toBe(0);
    expect(prefixDistance("invlid", "invalid", 3)).toBe(1);
    expect(prefixDistance("abcdef", "uvwxyz", 2)).toBe(3);
  });
});

describe("looksLikePaste", () => {
  it("takes several lines or a long line for a paste, a name for a name", () => {
    expect(looksLikePaste("Invalid token")).toBe(false);
    expect(looksLikePaste("invalid token\n")).toBe(false);
    expect(looksLikePaste("Invalid token\nData server send error")).toBe(true);
    expect(looksLikePaste("2026-11-24 10:15:32 ERROR [main] The token provided isn't valid.")).toBe(
      true,
    );
  });
});

describe("the palette at the scale of the Windows system error codes", () => {
  let items: PaletteItem[];
  let windows: PaletteSearch;
  beforeAll(async () => {
    writeWindowsKnowledgeBase(WINDOWS_CODES_DIR);
    const parsed = await parseContentDir(WINDOWS_CODES_DIR);
    const windowsData = buildPaletteData({
      articles: parsed.articles.map((a) => ({
        slug: a.slug,
        title: a.frontmatter.title,
        product: parsed.productOf.get(a.slug) ?? "",
      })),
      entries: parsed.entries,
      products: parsed.products,
    });
    items = windowsData.items.filter((i) => i.kind === "entry");
    windows = shardedSearch(windowsData).search;
  }, 60_000);

  /** Every 20th entry; a query built from it should list it first. */
  async function firstFor(query: (item: PaletteItem) => string): Promise<number> {
    const sample = items.filter((_, i) => i % 20 === 0);
    let first = 0;
    for (const item of sample) if ((await windows(query(item)))[0]?.path === item.path) first += 1;
    return first / sample.length;
  }

  it("lists a code's entry first for its constant's name", async () => {
    expect(await firstFor((i) => i.name)).toBe(1);
  });

  it("lists it first for its message, and for the message with a letter dropped per long word", async () => {
    const message = (i: PaletteItem) => i.messages[0] ?? i.name;
    const typo = (i: PaletteItem) =>
      message(i)
        .split(" ")
        .map((w) => (w.length > 6 ? w.slice(0, 3) + w.slice(4) : w))
        .join(" ");
    expect(await firstFor(message)).toBeGreaterThanOrEqual(0.98);
    expect(await firstFor(typo)).toBeGreaterThanOrEqual(0.98);
  });
});
