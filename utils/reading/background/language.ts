/**
 * The language of an article's text when its page does not say (no `<html lang>`, no
 * Content-Language): by its scripts first (kana is Japanese, Hangul Korean, Devanagari Hindi, Han
 * alone Chinese), then, for Latin text, by the short words every sentence uses. The number
 * reader's decimal mark depends on it, so a text that is not clearly one language stays unknown.
 */

/** Function words frequent in running text of each language and rare in the others'. */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'was', 'on', 'it', 'as'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'dem', 'ein', 'eine', 'auch', 'wird'],
  it: ['il', 'che', 'di', 'della', 'per', 'una', 'sono', 'gli', 'nel', 'alla', 'anche', 'più', 'dei', 'delle'],
  fr: ['le', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'qui', 'sur', 'pas', 'du', 'au', 'avec'],
  es: ['el', 'los', 'las', 'del', 'que', 'por', 'una', 'para', 'con', 'se', 'su', 'como', 'más', 'fue'],
  pt: ['os', 'das', 'dos', 'que', 'uma', 'para', 'com', 'não', 'mais', 'como', 'ao', 'pela', 'pelo', 'foi', 'em'],
  id: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'dalam', 'tidak', 'akan', 'pada', 'juga', 'ke'],
};

/** The share of words that must be one language's function words, and its lead over the next. */
export const LANGUAGE_GUESS = {
  /**
   * Set on the corpus's 74 pages: their text scores 0.11–0.24 in its own language and at most
   * 0.06 in another (Spanish words in Portuguese text), so at least 0.08 and 1.5 times the next.
   */
  minShare: 0.08,
  minLead: 1.5,
  /** Letters of a script, as a share of all letters, that say which language it is. */
  kana: 0.05,
  hangul: 0.2,
  devanagari: 0.2,
  han: 0.2,
} as const;

const WORDS = new Map<string, string[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS)) for (const word of words) WORDS.set(word, [...(WORDS.get(word) ?? []), language]);

/** The primary language of `text` (its first 5,000 characters), or null when it is not clear. */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 5_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return null;
  const share = (re: RegExp) => (sample.match(re)?.length ?? 0) / letters;
  if (share(/[\u3040-\u30ff]/g) > LANGUAGE_GUESS.kana) return 'ja';
  if (share(/\p{Script=Hangul}/gu) > LANGUAGE_GUESS.hangul) return 'ko';
  if (share(/\p{Script=Devanagari}/gu) > LANGUAGE_GUESS.devanagari) return 'hi';
  if (share(/\p{Script=Han}/gu) > LANGUAGE_GUESS.han) return 'zh';
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const counts = new Map<string, number>();
  for (const word of words) for (const language of WORDS.get(word) ?? []) counts.set(language, (counts.get(language) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = [ranked[0], ranked[1]];
  if (!best || best[1] / Math.max(words.length, 1) < LANGUAGE_GUESS.minShare) return null;
  return !second || best[1] >= second[1] * LANGUAGE_GUESS.minLead ? best[0] : null;
}
