/**
 * Which words the key fragments hold, in a few bits a word (a Bloom filter, in the core). A
 * lookup asks its tables about many words that no fragment holds: a log's numbers and times, the
 * compounds it tries ("processed7", "7batch"), the repairs of a word OCR may have misread
 * ("schecluler"). Each would cost the fetch of a fragment. The filter answers "not held" for
 * nearly all of them, and never for a word that is held, so a lookup's result does not change.
 */
import { keyHash } from "./key-hash";

/**
 * Bits per word held: with `KEY_FILTER_HASHES` hashes, about 2 words in 100 that are not held
 * still pass and cost a fetch. At 100,000 entries (about 20,000 words) the filter is 20 KB, 27 KB
 * in base64 in the core, 20 KB gzip.
 */
export const KEY_FILTER_BITS_PER_WORD = 8;

/** Bits set per word: the best number for 8 bits a word (8 × ln 2 ≈ 5.5). */
export const KEY_FILTER_HASHES = 6;

/** The smallest filter, for a knowledge base of a few words: 64 bits, so that none is empty. */
export const KEY_FILTER_MIN_BYTES = 8;

/** The filter as the core carries it: its bits in base64, and the hashes per word. */
export type KeyFilter = { bits: string; hashes: number };

/** A second hash, from the first by MurmurHash3's finaliser; odd, so every step moves. */
function stepOf(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return (x | 1) >>> 0;
}

/** Bit `i` of those a word sets (double hashing: its first hash, plus i steps of the second). */
function bitOf(first: number, step: number, i: number, size: number): number {
  return (first + i * step) % size;
}

/** The bits a word sets. */
function positions(word: string, size: number, hashes: number): number[] {
  const first = keyHash(word);
  const step = stepOf(first);
  return Array.from({ length: hashes }, (_, i) => bitOf(first, step, i, size));
}

export function buildKeyFilter(words: readonly string[]): KeyFilter {
  const bytes = new Uint8Array(
    Math.max(KEY_FILTER_MIN_BYTES, Math.ceil((words.length * KEY_FILTER_BITS_PER_WORD) / 8)),
  );
  for (const word of words) {
    for (const bit of positions(word, bytes.length * 8, KEY_FILTER_HASHES)) {
      bytes[bit >> 3] = (bytes[bit >> 3] ?? 0) | (1 << (bit & 7));
    }
  }
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return { bits: btoa(binary), hashes: KEY_FILTER_HASHES };
}

/**
 * Reads a filter back; `mayHold` is false only for a word the fragments do not hold. It is asked
 * about every distinct word of a paste, so it stops at the first bit unset and makes no array. A
 * caller that already has the word's `keyHash` (its fragment's) passes it.
 */
export function readKeyFilter(filter: KeyFilter): (word: string, hash?: number) => boolean {
  const binary = atob(filter.bits);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const size = bytes.length * 8;
  return (word, hash = keyHash(word)) => {
    if (size === 0) return false;
    const first = hash;
    const step = stepOf(first);
    for (let i = 0; i < filter.hashes; i += 1) {
      const bit = bitOf(first, step, i, size);
      if ((((bytes[bit >> 3] ?? 0) >> (bit & 7)) & 1) === 0) return false;
    }
    return true;
  };
}
