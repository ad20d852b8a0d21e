/**
 * Where a word stands in a number's sentence: as a whole word (scripts without spaces need no
 * boundary), how far from the number, in its clause or not, and whether another number is nearer
 * to it. The linker weighs signal words by it (link.ts).
 */

/** A number in its sentence, and the sentence's other numbers that compete with it for a word. */
export interface Around {
  start: number;
  end: number;
  neighbours?: readonly { start: number; end: number }[];
}

/** Scripts written without spaces (Han, kana, Hangul with its particles): no word boundary to check. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\d]/u.test(c) && !UNSPACED.test(c);

export function includesTerm(haystack: string, term: string): boolean {
  // A term that starts or ends in such a script needs no boundary on that side either: "App Store社交".
  const open = UNSPACED.test(term[0] ?? '');
  const close = UNSPACED.test(term.at(-1) ?? '');
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(term, from);
    if (at < 0) return false;
    if ((open || !isWordChar(haystack[at - 1])) && (close || !isWordChar(haystack[at + term.length]))) return true;
    from = at + 1;
  }
}

/**
 * Where `word` first stands in the sentence as a whole word: how far from the number, and whether
 * another number of the sentence is nearer to it (then it is that number's).
 */
export interface Place {
  at: number;
  end: number;
  distance: number;
  nearer: boolean;
  /** In the number's own clause. */
  clause: boolean;
}

export function placeOf(sentence: string, word: string, context: Around): Place | null {
  // `neighbours` here are the numbers that compete for the word (see link.ts, `rivalsFor`).
  let at = sentence.indexOf(word);
  while (at >= 0 && !includesTerm(sentence.slice(Math.max(0, at - 1), at + word.length + 1), word)) at = sentence.indexOf(word, at + 1);
  if (at < 0) return null;
  const end = at + word.length;
  const distance = gap(at, end, context);
  const mine = sameClause(sentence, at, end, context);
  // Another number is nearer: in the word's own clause when this one is not, or as near by clause and nearer in characters.
  const nearer = (context.neighbours ?? []).some((other) => {
    const theirs = sameClause(sentence, at, end, other);
    return theirs !== mine ? theirs : gap(at, end, other) < distance;
  });
  return { at, end, distance, nearer, clause: mine };
}

/** Between the two ends of a range: "60 or 90 days", "4,500 RMB to 8,000 RMB", "13–14". */
export const RANGE_JOIN = /^[ \u00a0]*(?:[-–—~～到至]|to|or|and|through)[ \u00a0]*$/i;

/**
 * Marks that end a clause: "…下载量夺冠,并在53个…" puts 夺冠 with the number before the comma. Not
 * "、": Chinese lists with it ("英国、加拿大和意大利") and Japanese pauses with it inside a clause.
 */
const CLAUSE_MARK = /[,，;；:：]/;

/** The clause that holds a number: from the clause mark before it to the one after it. */
export function clauseOf(sentence: string, number: { start: number; end: number }): string {
  let from = number.start;
  while (from > 0 && !CLAUSE_MARK.test(sentence[from - 1]!)) from--;
  let to = number.end;
  while (to < sentence.length && !CLAUSE_MARK.test(sentence[to]!)) to++;
  return sentence.slice(from, to);
}

/** Whether no clause mark stands between a span and a number. */
function sameClause(sentence: string, start: number, end: number, number: { start: number; end: number }): boolean {
  const [from, to] = number.start >= end ? [end, number.start] : number.end <= start ? [number.end, start] : [start, start];
  for (let i = from; i < to; i++) if (CLAUSE_MARK.test(sentence[i]!)) return false;
  return true;
}

/** Characters between a span and a number (0 when they touch or overlap). */
export function gap(start: number, end: number, number: { start: number; end: number }): number {
  if (start >= number.end) return start - number.end;
  if (number.start >= end) return number.start - end;
  return 0;
}
