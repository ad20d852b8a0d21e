import { describe, expect, it } from 'vitest';
import { readNumbers, type NumberMention } from '../../utils/reading/background/numbers';
import { LANGUAGE_CASES } from './number-cases-languages';

const brief = ({ text, value, unit, qualifier, kind }: NumberMention) => ({ text, value, unit, qualifier, kind });
/** Values of traps are not compared: only what they are. */
const comparable = (m: ReturnType<typeof brief>) => (m.kind === 'quantity' || m.kind === 'duration' ? m : { ...m, value: 0 });

describe('readNumbers in the languages of the story', () => {
  it.each(LANGUAGE_CASES)('[%s] %s', (language, text, expected) => {
    expect(readNumbers(text, language).map(brief).map(comparable)).toEqual(expected.map(comparable));
  });

  it.each([
    ['de', '700.000', 700_000],
    ['it', '700.000', 700_000],
    ['es', '700.000', 700_000],
    ['pt', '700.000', 700_000],
    ['id', '700.000', 700_000],
    ['fr', '700\u202f000', 700_000],
    ['fr', '700\u00a0000', 700_000],
    ['de', '1,7 Millionen', 1_700_000],
    ['pt-BR', '1,7 milhão', 1_700_000],
    ['en', '1.7 million', 1_700_000],
    ['en-IN', '1,50,00,000', 15_000_000],
    ['ja', '1億5000万', 150_000_000],
    ['ja', '３億', 300_000_000],
    ['ko', '2억3000만', 230_000_000],
    ['zh', '1万5000', 15_000],
  ])('[%s] %s is %d', (language, text, value) => {
    const found = readNumbers(text, language);
    expect(found.map(brief)).toHaveLength(1);
    expect(found[0]).toMatchObject({ value, kind: 'quantity', text });
  });

  it('reads scale words by the page language: a German Billion is a million millions', () => {
    expect(readNumbers('2 Billionen', 'de')[0]!.value).toBe(2e12);
    expect(readNumbers('2 billion', 'en')[0]!.value).toBe(2e9);
    expect(readNumbers('2 milliards', 'fr')[0]!.value).toBe(2e9);
  });
});

describe('a language the reader does not know', () => {
  it.each(['nl', 'xx', 'qqq', 'not a language', ''])('reads "%s" like an unknown language: no decimal mark guessed', (language) => {
    expect(readNumbers('700.000 en 1.234.567', language).map((m) => [m.kind, m.value])).toEqual([
      ['other', 0],
      ['quantity', 1_234_567],
    ]);
  });
});
