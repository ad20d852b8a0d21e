/**
 * Finds a list of words and phrases in text: the story's names and vocabulary, which the
 * dataset gives as data (`WordsByLanguage`), compiled once into one regular expression.
 *
 * - Latin words match whole ("ban" is not in "bank"); a trailing `*` lets the word run on
 *   ("tiktok*" finds "TikTokers" and "#TikTokRefugee").
 * - Words with CJK or Hangul letters match as written: those scripts do not separate words
 *   with spaces, and Korean attaches particles ("틱톡은").
 * - A space in a phrase matches any run of spaces; matching ignores case.
 * - Where two words start at the same place the longest wins ("抖音国际版" over "抖音").
 *
 * Every alternative is a literal with bounded look-arounds, so a pass is linear in the text.
 */

/**
 * Letters or digits that make a Latin word go on. Not CJK: "美国TikTok用户" names TikTok, and a
 * boundary that counted Han letters as word characters would miss it.
 */
const WORD_CHAR = '[\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{Nd}]';
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff]/u;

/** A word list by language, as the dataset gives it, or a plain list. */
export type WordList = Readonly<Record<string, readonly string[]>> | readonly string[];

export interface WordMatch {
  /** The word of the list that matched (as listed, `*` included). */
  word: string;
  start: number;
  end: number;
}

export interface WordMatcher {
  /** Every match, left to right, not overlapping. */
  find(text: string): WordMatch[];
  /** How many times the words occur. */
  count(text: string): number;
  /** Whether any word occurs. */
  test(text: string): boolean;
  /** The words, flattened. */
  readonly words: readonly string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Flattens a list by language into its words, once each. */
export function wordsOf(list: WordList): string[] {
  const all = Array.isArray(list) ? list : Object.values(list as Record<string, readonly string[]>).flat();
  return [...new Set(all.map((word) => word.trim()).filter(Boolean))];
}

function sourceFor(word: string): string {
  const open = word.endsWith('*');
  const body = (open ? word.slice(0, -1) : word).trim();
  const literal = body.split(/\s+/).map(escape).join('\\s+');
  if (UNSPACED.test(body)) return literal;
  const startsWord = /^[\p{L}\p{N}]/u.test(body);
  const endsWord = /[\p{L}\p{N}]$/u.test(body);
  return `${startsWord ? `(?<!${WORD_CHAR})` : ''}${literal}${open ? `${WORD_CHAR}{0,40}` : endsWord ? `(?!${WORD_CHAR})` : ''}`;
}

/** Compiles a word list. An empty list matches nothing. */
export function compileWords(list: WordList): WordMatcher {
  const words = wordsOf(list).sort((a, b) => b.length - a.length);
  const pattern = words.length ? new RegExp(words.map((word) => `(${sourceFor(word)})`).join('|'), 'giu') : null;
  const find = (text: string): WordMatch[] => {
    if (!pattern) return [];
    const found: WordMatch[] = [];
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const group = match.findIndex((value, index) => index > 0 && value !== undefined);
      found.push({ word: words[group - 1]!, start: match.index, end: match.index + match[0].length });
    }
    return found;
  };
  return {
    words,
    find,
    count: (text) => find(text).length,
    test: (text) => {
      if (!pattern) return false;
      pattern.lastIndex = 0;
      return pattern.test(text);
    },
  };
}

/**
 * Several named lists at once (the story's actors, say), in one pass: each match says whose
 * word it was. Where words of two lists start at the same place, the longest wins.
 */
export function compileNamedWords<K extends string>(lists: ReadonlyArray<readonly [K, WordList]>): {
  find(text: string): (WordMatch & { key: K })[];
} {
  const owner = new Map<string, K>();
  // Stryker disable next-line ArrayDeclaration: a word seeded here shows only in a text that contains it, and no story's text holds Stryker's sentinel
  const all: string[] = [];
  for (const [key, list] of lists) {
    for (const word of wordsOf(list)) {
      const lower = word.toLowerCase();
      if (owner.has(lower)) continue; // the first list to name a word keeps it
      owner.set(lower, key);
      all.push(word);
    }
  }
  const matcher = compileWords(all);
  return { find: (text) => matcher.find(text).map((match) => ({ ...match, key: owner.get(match.word.toLowerCase())! })) };
}
