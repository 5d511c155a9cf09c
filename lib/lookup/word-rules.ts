/**
 * Rules about words, the same for the knowledge base and the paste: which carry no meaning,
 * which say the same thing, and how contractions expand.
 */

/** Words that carry no meaning for matching: grammar, question words, log levels, months. */
export const STOPWORDS = new Set(
  (
    "a an the is are was were be been being has have had do does did doing of to for in on at by " +
    "with from into onto as and or but if then than so this that these those it its i me my we our " +
    "you your they them their he she his her there here what why how when where which who whom " +
    "say says said saying get gets got getting see sees seeing saw show shows shown showing keep " +
    "keeps please help fix fixing can could would should will shall may might must just also still " +
    "again some any all very more most about after before while during up down out over under " +
    "info information warn warning debug trace fatal severe notice " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun am pm utc gmt " +
    "hi hello thanks thank mean means meaning getting got what's whats " +
    // The grammar words of the languages a localised portal is pasted in: French, Portuguese,
    // Spanish, Dutch, Russian, Japanese, Korean and Chinese particles.
    "du des la le les un une et au aux sur pour par avec est " +
    "de do da dos das em um uma com por " +
    "el los las del al con para es " +
    "van het een bij voor " +
    "и в на к с по для от " +
    "の が に を は で と も へ や な です ます " +
    "이 가 을 를 은 는 에 의 와 과 " +
    "的 了 是 在 和"
  ).split(/\s+/),
);

/** Words that say the same as a canonical one: "The proxy address provided is incorrect". */
export const SYNONYMS = new Map<string, string>([
  ["incorrect", "invalid"],
  ["wrong", "invalid"],
  ["malformed", "invalid"],
  ["unable", "cannot"],
]);

/** Two-word forms that mean the same as one canonical token. */
export const CANONICAL_PAIRS = new Map<string, string>([
  ["not valid", "invalid"],
  ["can not", "cannot"],
  ["could not", "cannot"],
  ["unable to", "cannot"],
  ["not able", "cannot"],
]);

export const CONTRACTIONS: [RegExp, string][] = [
  [/\bcan't\b/g, "can not"],
  [/\bwon't\b/g, "will not"],
  [/n't\b/g, " not"],
  // Typed without the apostrophe: "the proxy address isnt valid". "wont" stays: it is a word.
  [/\b(is|are|was|were|does|do|did|has|have|had|could|would|should)nt\b/g, "$1 not"],
  [/\bcant\b/g, "can not"],
  [/'re\b/g, " are"],
  [/'(?:s|ll|ve|d|m)\b/g, ""],
];
