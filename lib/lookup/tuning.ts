/**
 * Every number the matcher tunes on, with its reason and an example. Change one, then run
 * `npm run test:unit` (the paste corpus) and `npm run bench`.
 */

/**
 * Each phrase is indexed under its rarest tokens only, so a common word such as "error" does not
 * pull every entry in as a candidate; the weight of the other tokens bounds what a phrase could
 * still score, and phrases that cannot reach RELATED_MIN_SCORE are never scored. Five covers every
 * content word of most names ("Data server send error" is indexed under all four) and the
 * distinctive words of long messages. Three let twice as many phrases through the bound at
 * 10,000 entries (measured with `npm run bench`).
 */
export const ANCHOR_TOKENS_PER_PHRASE = 5;

/** Typos are tolerated from this length on: "tokne" (5) → "token"; "sned" (4) → "send". */
export const TYPO_MIN_LENGTH = 4;
/**
 * Longer words are never corrected: they are identifiers or garbage, and the deletion index
 * grows with the square of a word's length ("abcdef…" at 1,000 characters took seconds).
 */
export const TYPO_MAX_LENGTH = 24;
/** From this length on, two edits are tolerated: "disconected" → "disconnect". */
export const TYPO_TWO_EDITS_LENGTH = 8;
/**
 * How much of a token's weight a typo keeps, per edit. "invlaid tokne" keeps 0.9 of each word,
 * so it still clears NAME_MIN_RECALL; a word two edits away keeps 0.8.
 */
export const TYPO_PENALTY_PER_EDIT = 0.1;

/**
 * Weight of a documented placeholder such as X in "for more than X hours". It is low because any
 * number fills it: it confirms a template, it cannot identify one.
 */
export const VAR_WEIGHT = 0.5;

/**
 * A documented message (a template) is a confident match when this share of its weighted words
 * is present. 0.7 lets "SIEM agent disconnected for more than 14 hours" (no "has been", which
 * are stopwords, and no "The") match, while "agent disconnected" alone does not.
 */
export const MESSAGE_MIN_RECALL = 0.7;
/**
 * Matched words of a message must sit close together: matched words / window they span. Below
 * this, the words are scattered across an unrelated line. Example: 4 of the 5 words inside a
 * window of 6 tokens is 0.67, fine; the same words spread over 20 tokens is 0.2.
 */
export const MESSAGE_MIN_DENSITY = 0.6;
/**
 * Share of a message's words that may be missing, rounded down: none of a message of up to four
 * words, so "The token provided has expired" is not "The token provided isn't valid." (token,
 * provided, invalid) and "The proxy address provided has changed" is not its proxy twin; one of
 * five to nine words, where a reworded message may drop one. A placeholder filled by a value
 * counts as a word: "The agent has been disconnected for more than 48 hours" (siem, agent,
 * disconnected, hours and the filled X) may drop "SIEM".
 */
export const MESSAGE_MAX_MISSING_SHARE = 0.2;
/**
 * A documented message whose words are nearly all present, close together but in another order,
 * is still a match: "unexpected error during bootstrap of agent" for "Unexpected error during
 * agent bootstrap.".
 */
export const MESSAGE_REORDERED_MIN_RECALL = 0.9;
/**
 * Below this recall no tier rule can make a phrase confident (the lower of MESSAGE_MIN_RECALL and
 * NAME_MIN_RECALL), so what stands around such a phrase is never weighed.
 */
export const SURROUNDINGS_MIN_RECALL = 0.7;
/** Messages this short are judged like names, by the anchor rule: "Disconnected". */
export const MESSAGE_MIN_TOKENS = 3;

/**
 * The anchor rule for names and aliases: without a template hit, nearly all of the name must be
 * present, in order and adjacent. 0.85 admits typos (0.9 per word) but not a missing word:
 * "Invalid" alone is 0.43 of "Invalid token".
 */
export const NAME_MIN_RECALL = 0.85;
/**
 * Names of three words or more tolerate one extra word inside them: "Data server TCP connection
 * error" (4 of 5 adjacent = 0.8). Two-word names must be adjacent: "Internal server error" is not
 * "Internal error".
 */
export const LONG_NAME_MIN_DENSITY = 0.75;

/**
 * Names of at most this many words are so short that other words around them decide: "WiFi
 * disconnected" is not the SIEM agent's "Disconnected" status, "SIEM agent disconnected" is.
 */
export const SHORT_NAME_TOKENS = 2;
/**
 * Foreign words (unknown to the whole knowledge base) tolerated around a short name, on top of
 * one per word of the entry's own context ("siem", "agent", "status"...).
 */
export const SHORT_NAME_FOREIGN_ALLOWANCE = 0;

/**
 * A short name is also confident on a longer line when foreign words are at most this share of
 * the line's other tokens: "ERROR [main] Invalid token --token tok_9f… on host" (2 foreign of 6)
 * is, "Minecraft disconnected" (1 of 1) is not.
 */
export const SHORT_NAME_MAX_FOREIGN_SHARE = 0.4;

/** Below this score a candidate is not worth showing, even as related. */
export const RELATED_MIN_SCORE = 0.4;
/** At most this many related entries are listed. */
export const MAX_RELATED = 5;

/**
 * Score factor for words that are present but spread out. density 1 (adjacent) keeps the full
 * score; the floor keeps spread-out words above zero so they can still be related.
 * Example: "Internal server error" vs "Internal error" has density 2/3 → factor 0.9.
 */
export const SPREAD_FLOOR = 0.7;
/** Score factor when the words are present but not in the documented order. */
export const OUT_OF_ORDER_FACTOR = 0.85;

/** Lines longer than this are cut into pieces at spaces, so one huge line stays fast. */
export const MAX_SEGMENT_CHARS = 1000;
/** Lines beyond this are not looked at; the caller is told how many were skipped. */
export const MAX_LINES = 20000;

/**
 * Words shorter than this are not read as damaged screenshot text: "ot" could be anything, while
 * "t0ken" (5) → "token" and "lnvalid" (7) → "invalid" are safe readings.
 */
export const REPAIR_MIN_LENGTH = 4;
/**
 * How much a repaired word counts: like one typo (TYPO_PENALTY_PER_EDIT), so "Interna1 error"
 * (0.9 + 1) still clears NAME_MIN_RECALL, but never as much as the word as written.
 */
export const REPAIR_QUALITY = 0.9;
/**
 * Each half of a run-together word has at least this many letters: "connectionerror" splits into
 * "connection" and "error", while "outlook" never becomes "out" and "look".
 */
export const SPLIT_MIN_PART = 4;

/**
 * Product context. A name of at most SHORT_NAME_TOKENS words, or one that several products
 * document, needs the paste to say which product it is about before it may be a match in one
 * product while others document it too. Distinct words that only one product's articles use,
 * seen anywhere in the paste, that make the paste about that product when nothing names one:
 * two, since one shared-looking word ("forwarder", "realm") is weak evidence.
 */
export const PRODUCT_WORDS_FOR_CONTEXT = 2;
/**
 * A word used by this share of all entries, and by at least COMMON_WORD_MIN_ENTRIES of them, is
 * common: it says nothing about which entry a phrase is. In the 261-entry fixture of 28 products
 * "error" (90 entries), "fail" (68) and "not" (52) are common, while "invalid" (38) and
 * "connection" (49) still tell "Invalid token" from "Connection error"; so "error=invalid_token" (Keycloak) and "Invalid token" (the SIEM agent) are
 * the same words that matter, and neither wins over the other by its "error".
 */
export const COMMON_WORD_SHARE = 0.2;
export const COMMON_WORD_MIN_ENTRIES = 3;

/**
 * Lines before a short name whose foreign words also count against it: "Outlook" on the line
 * above a bare "Disconnected" is the subject of that status.
 */
export const FOREIGN_CONTEXT_LINES = 1;
/**
 * Lines whose results one lookup remembers: a log repeats its lines, and a repeated line is not
 * read twice. Beyond this many distinct lines (a 1 MB log of unique lines), lines are simply
 * read again; the memory stays bounded.
 */
export const LINE_CACHE_SIZE = 5000;

/**
 * Unknown words whose typo correction and repair are remembered across lookups of one index.
 * A word costs a few hundred bytes; 50,000 of them stay under ~20 MB even for a megabyte of
 * random text, and the memory starts afresh beyond.
 */
export const WORD_CACHE_SIZE = 50_000;
