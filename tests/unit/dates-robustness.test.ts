/**
 * The date reader on any text: random texts never break it or its spans, and 1 MB of its forms,
 * in English and the story's other languages, reads in time that grows linearly. Apart from the
 * tables of real sentences (dates.test.ts, dates-languages.test.ts) because these take seconds,
 * which the mutation pass (npm run mutate) would spend again on every mutant.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDates } from '../../utils/reading/background/dates';
import { growthRatio } from './growth';

describe('readDates', () => {
  it('never throws and keeps spans consistent', () => {
    const part = fc.constantFrom(...'0123456789年月日号周一十 ,.-–'.split(''), 'Jan.', 'March', 'May', 'Monday', 'last', 'in', 'on', 'mid-', '2025', 'yesterday', '星期');
    const input = fc.oneof(fc.array(part, { maxLength: 40 }).map((p) => p.join('')), fc.string({ maxLength: 60 }));
    fc.assert(
      fc.property(input, fc.constantFrom(null, '2025-01-15', '2024-02-29'), (text, publishedAt) => {
        let end = 0;
        for (const d of readDates(text, publishedAt)) {
          expect(d.text).toBe(text.slice(d.start, d.end));
          expect(d.start).toBeGreaterThanOrEqual(end);
          expect(d.date).toMatch(/^\d{4}(-\d\d(-\d\d)?)?$/);
          end = d.end;
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it('reads 1 MB in time that grows linearly', () => {
    const make = (length: number) => 'On Monday, Jan. 13, 2025 in 2013 1月13日 '.repeat(length / 40).slice(0, length);
    // Four times the text: about 4 times the time when linear, 16 when quadratic.
    expect(growthRatio((text) => readDates(text, '2025-01-15'), make(256 * 1024), make(1024 * 1024))).toBeLessThan(8);
  }, 60_000);
});

describe('readDates in the languages of the story', () => {
  it.each<[string, string]>([
    ['de', 'Montag, 13. Januar 2025; letzten Freitag; gestern; im Januar; März 2024; '],
    ['it', 'lunedì scorso; 19 gennaio 2025; ieri; a gennaio; '],
    ['pt', 'segunda-feira, 13 de janeiro de 2025; ontem; em março; '],
    ['ja', '2025年1月13日(月)、月曜日、13日、昨日、先月、'],
    ['ko', '2025년 1월 15일, 13일 저녁, 지난 월요일, 어제, 오는 19일, '],
  ])('[%s] reads 1 MB in time that grows linearly', (language, unit) => {
    const make = (length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    expect(growthRatio((text) => readDates(text, '2025-01-15', language), make(256 * 1024), make(1024 * 1024))).toBeLessThan(8);
  }, 60_000);
});
