/**
 * The typo index's table (`fuzzy.ts`): each word under every string that deleting up to its
 * depth of letters makes of it, as SymSpell keeps them. The strings are never made: each is a
 * hash computed from the word's prefix hashes, kept in typed arrays. A map of the strings cost
 * the lookup's worker about 150 ms for the vocabulary of 100,000 entries (some 15,000 words and
 * 500,000 strings); the table takes 30 to 57 ms. Every hash a query's key matches is checked
 * against the word itself, so a collision never changes an answer.
 */

/** The polynomial hash's multiplier: odd, so that no letter's bits are lost modulo 2^32. */
const HASH_BASE = 0x01000193;

/**
 * Slots per stored string, at least: a chain then holds one or two strings on average, so a
 * key's probe reads a few typed-array cells. More slots buy little and cost memory.
 */
const SLOTS_PER_NODE = 2;

/** The fewest slots: a table of a few words still has a power of two to mask with. */
const MIN_SLOTS = 16;

/** The most deletions a word is indexed with: what `maxEditsFor` gives, and what is built here. */
export const MAX_DEPTH = 2;

/** The hash of `text`, over its UTF-16 code units as `String.slice` cuts them. */
export function hashOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i += 1) h = (Math.imul(h, HASH_BASE) + text.charCodeAt(i)) | 0;
  return h;
}

/**
 * A slot from a hash: its bits mixed, since the polynomial's low bits see only the letters' low
 * bits. 0x45d9f3b is the multiplier of a well-known 32-bit integer hash finaliser (xor-shift,
 * multiply, xor-shift), which spreads every input bit over the low ones.
 */
function slotOf(hash: number, mask: number): number {
  const h = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) & mask;
}

/** Whether `key` can be had from `word` by deleting letters. */
function isSubsequence(key: string, word: string): boolean {
  let k = 0;
  for (let i = 0; i < word.length && k < key.length; i += 1) {
    if (word.charCodeAt(i) === key.charCodeAt(k)) k += 1;
  }
  return k === key.length;
}

/**
 * How many strings a word of `length` letters makes with up to `depth` deletions (one or two),
 * counting repeats: itself, one per letter deleted, one per pair. A string of one letter is
 * deleted from no further, as `deletions` in `fuzzy.ts` does.
 */
function stringsMade(length: number, depth: number): number {
  const one = depth >= 1 && length >= 2 ? length : 0;
  const two = depth >= 2 && length >= 3 ? (length * (length - 1)) / 2 : 0;
  return 1 + one + two;
}

export class DeletionTable {
  private readonly heads: Int32Array;
  private readonly next: Int32Array;
  private readonly hashes: Int32Array;
  private readonly owners: Int32Array;
  private readonly depths: Uint8Array;
  private readonly mask: number;

  /**
   * `depthOf` gives the deletions a word of that length is indexed with: 0 to `MAX_DEPTH`.
   * `slots` (a power of two) overrides the table's size: tests make it tiny, so that strings of
   * many words share each chain.
   */
  constructor(
    private readonly words: readonly string[],
    depthOf: (length: number) => number,
    options: { slots?: number } = {},
  ) {
    this.depths = Uint8Array.from(words, (w) => {
      const depth = depthOf(w.length);
      if (depth < 0 || depth > MAX_DEPTH || !Number.isInteger(depth))
        throw new Error(`a typo index deletes 0 to ${MAX_DEPTH} letters, not ${depth}`);
      return depth;
    });
    let nodes = 0;
    let longest = 0;
    words.forEach((w, k) => {
      if ((this.depths[k] ?? 0) === 0) return;
      nodes += stringsMade(w.length, this.depths[k] ?? 0);
      longest = Math.max(longest, w.length);
    });
    let slots = MIN_SLOTS;
    while (slots < nodes * SLOTS_PER_NODE) slots *= 2;
    if (options.slots !== undefined) {
      if (
        !Number.isInteger(options.slots) ||
        options.slots < 1 ||
        (options.slots & (options.slots - 1)) !== 0
      )
        throw new Error(`a deletion table's slots are a power of two, not ${options.slots}`);
      slots = options.slots;
    }
    this.mask = slots - 1;
    this.heads = new Int32Array(slots).fill(-1);
    this.next = new Int32Array(nodes);
    this.hashes = new Int32Array(nodes);
    this.owners = new Int32Array(nodes);
    const power = new Int32Array(longest + 1);
    power[0] = 1;
    for (let i = 1; i <= longest; i += 1) power[i] = Math.imul(power[i - 1] ?? 0, HASH_BASE);
    const prefix = new Int32Array(longest + 1);
    let count = 0;
    const add = (hash: number, owner: number) => {
      const slot = slotOf(hash, this.mask);
      const head = this.heads[slot] ?? -1;
      // A repeated letter makes the same string twice ("aab" less either "a"): keep it once.
      if (head >= 0 && this.owners[head] === owner && this.hashes[head] === hash) return;
      this.hashes[count] = hash;
      this.owners[count] = owner;
      this.next[count] = head;
      this.heads[slot] = count;
      count += 1;
    };
    // Last word first: each chain then lists its words in the order they were given.
    for (let k = words.length - 1; k >= 0; k -= 1) {
      const depth = this.depths[k] ?? 0;
      const word = words[k] ?? "";
      if (depth === 0) continue;
      const n = word.length;
      for (let i = 0; i < n; i += 1)
        prefix[i + 1] = (Math.imul(prefix[i] ?? 0, HASH_BASE) + word.charCodeAt(i)) | 0;
      // The hash of word[a, b), and of two hashed parts joined.
      const part = (a: number, b: number) =>
        ((prefix[b] ?? 0) - Math.imul(prefix[a] ?? 0, power[b - a] ?? 0)) | 0;
      const join = (left: number, right: number, rightLength: number) =>
        (Math.imul(left, power[rightLength] ?? 0) + right) | 0;
      add(prefix[n] ?? 0, k);
      if (n < 2) continue;
      for (let i = 0; i < n; i += 1) add(join(part(0, i), part(i + 1, n), n - i - 1), k);
      if (depth < 2 || n < 3) continue;
      for (let i = 0; i < n; i += 1) {
        for (let j = i + 1; j < n; j += 1) {
          const left = join(part(0, i), part(i + 1, j), j - i - 1);
          add(join(left, part(j + 1, n), n - j - 1), k);
        }
      }
    }
  }

  /**
   * The words that deleting up to their depth of letters turns into `key`, in the order they
   * were given.
   */
  wordsUnder(key: string): string[] {
    const hash = hashOf(key);
    const found: string[] = [];
    let last = -1;
    for (let node = this.heads[slotOf(hash, this.mask)] ?? -1; node >= 0;) {
      const owner = this.owners[node] ?? -1;
      // A word's strings in one chain sit together: each word is checked once.
      if (this.hashes[node] === hash && owner !== last) {
        last = owner;
        const word = this.words[owner] ?? "";
        const deleted = word.length - key.length;
        if (
          key.length > 0 &&
          deleted >= 0 &&
          deleted <= (this.depths[owner] ?? 0) &&
          isSubsequence(key, word)
        )
          found.push(word);
      }
      node = this.next[node] ?? -1;
    }
    return found;
  }
}
