/**
 * The number reader on any text: random texts never break it or its spans, and 1 MB of its
 * formats reads in time that grows linearly. Apart from the tables of real sentences
 * (numbers.test.ts, numbers-languages.test.ts) because these take seconds, which the mutation
 * pass (npm run mutate) would spend again on every mutant.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../utils/reading/background/numbers';
import { growthRatio } from './growth';
import { LANGUAGE_FORMATS } from './number-cases-languages';

/** Every mention is its own text in the input, in order, not overlapping, with a finite value. */
function expectConsistentSpans(text: string, language: string | null): void {
  let end = 0;
  for (const m of readNumbers(text, language)) {
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(m.start).toBeGreaterThanOrEqual(end);
    expect(m.end).toBeGreaterThan(m.start);
    expect(Number.isFinite(m.value)).toBe(true);
    expect(m.text.includes(m.numberText)).toBe(true);
    end = m.end;
  }
}

describe('robustness', () => {
  const alphabet = fc.constantFrom(...'0123456789０７,.，. :-/+$%#() aAmkKbBnsthdoy多万亿十七近超过约年月日用户\u00a0'.split(''));
  const words = fc.constantFrom('million', 'more than', 'over', 'half a', 'a', 'tens of', 'thousands', 'No.', 'Jan.', 'days', 'users', 'aged', '-plus', 'page', 'p.m.');
  const input = fc.array(fc.oneof(alphabet, words), { maxLength: 60 }).map((parts) => parts.join(''));

  it('never throws and keeps every span consistent with the input', () => {
    fc.assert(
      fc.property(fc.oneof(input, fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
        expectConsistentSpans(text, 'en');
      }),
      { numRuns: 2_000 },
    );
  }, 30_000); // 2,000 random texts: seconds on a loaded machine, not a speed check

  const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const counting = (length: number) => {
    let text = '';
    for (let i = 1; text.length < length; i++) text += `${i},`;
    return text.slice(0, length);
  };

  it.each([
    ['1,2,3,…', counting],
    ['1111,,,,999…', (length: number) => repeat('1111,,,,999', length)],
    ['digits only', (length: number) => repeat('7', length)],
    ['grouped', (length: number) => repeat('1,000,', length)],
    ['words and numbers', (length: number) => repeat('more than half a million users, No. 1 on Jan. 3 七十万 ', length)],
  ])('reads 1 MB of %s in time that grows linearly', (_name, make) => {
    // Four times the text: about 4 times the time when linear, 16 when quadratic.
    expect(growthRatio((text) => readNumbers(text, 'en'), make(256 * 1024), make(1024 * 1024))).toBeLessThan(8);
  }, 60_000);
});

describe('linear time in every language', () => {
  it.each(LANGUAGE_FORMATS)('[%s] reads 1 MB of its formats in time that grows linearly', (language, unit) => {
    const make = (length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    // Four times the text: about 4 times the time when linear, 16 when quadratic.
    expect(growthRatio((text) => readNumbers(text, language), make(256 * 1024), make(1024 * 1024))).toBeLessThan(8);
  }, 60_000);
});

describe('robustness in every language', () => {
  const alphabet = fc.constantFrom(...'0123456789０７,.\u00a0\u202f :-/+$€%#()多万亿億萬만억천명人以上超約약넘는년일月日'.split(''));
  const words = fc.constantFrom('Millionen', 'mehr als', 'milioni di', 'plus de', 'mais de', 'juta', 'lakh', 'से अधिक', 'de', 'Mio.', 'Uhr', 'Platz', 'años', 'R$', 'Rp', '約', '넘는', 'janvier', '19. Januar');
  const input = fc.array(fc.oneof(alphabet, words), { maxLength: 60 }).map((parts) => parts.join(''));

  it.each(['de', 'fr', 'es', 'pt', 'id', 'hi', 'ja', 'ko', 'zh', null])('[%s] never throws and keeps every span consistent with the input', (language) => {
    fc.assert(
      fc.property(fc.oneof(input, fc.string({ maxLength: 80 })), (text) => {
        expectConsistentSpans(text, language);
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});
