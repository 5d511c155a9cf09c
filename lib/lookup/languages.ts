/**
 * Words of other writing systems: Japanese, Chinese and Korean runs split into words, and Latin
 * letters with accents read as their base letters.
 */

/** Scripts written without spaces between words, or with particles glued to them. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
export const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
/** Korean particles a word carries at its end: "오류가" is "오류" and a subject marker. */
const KOREAN_PARTICLE = /(?:으로|에서|에게|이|가|을|를|은|는|에|의|도|로|와|과)$/u;

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * Words of a run of Japanese, Chinese or Korean text, split by the platform's word segmenter
 * (`Intl.Segmenter`, in Node and every current browser): "データサーバー接続エラー" is four words,
 * so the status "接続エラー" is a near-twin of the notification, not a different token.
 */
export function cjkWords(run: string): string[] {
  const locale = KANA.test(run) ? "ja" : HANGUL.test(run) ? "ko" : "zh";
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: "word" });
    segmenters.set(locale, segmenter);
  }
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(run)) {
    if (!isWordLike) continue;
    const bare =
      HANGUL.test(segment) && segment.length > 2 ? segment.replace(KOREAN_PARTICLE, "") : segment;
    words.push(bare);
  }
  return words;
}

/** Latin letters with accents compare as their base letters: "Déconnecté" is "deconnecte". */
export function foldAccents(word: string): string {
  return /[\u00c0-\u024f]/.test(word)
    ? word.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
    : word;
}
