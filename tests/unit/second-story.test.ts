/**
 * The story lives in the dataset: with a dataset about another story (invented for the tests:
 * Harbourton's bike-share halt of 2031), the same code reads that story's articles and leaves
 * the TikTok story's alone; and no code outside the dataset names the story.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../utils/reading/pipeline';
import { dataset } from '../../utils/schema';
import { BUNDLED } from '../support/bundled';
import { loadPage } from './dom';

const ROOT = join(import.meta.dirname, '../..');
const SECOND = dataset.parse(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/datasets/second-story.json'), 'utf8')));

describe('a dataset about another story', () => {
  it('reads that story’s article: on topic, its figures linked to its own metrics', () => {
    const reading = readPage(loadPage('second-story-pedalo.html'), SECOND);
    expect(reading.onTopic).toBe(true);
    expect(reading.topicReasons).toContain('headline names Veloway and Pedalo');
    expect(reading.figures.filter((f) => f.metric).map((f) => [f.text, f.metric])).toEqual([
      ['More than 40,000', 'pedalo-new-riders-first-week'],
      ['12-day', 'veloway-suspension-days'],
      ['320%', 'pedalo-downloads-change'],
    ]);
  });

  it('leaves a TikTok article alone', () => {
    const reading = readPage(loadPage('wire-local-news.html'), SECOND);
    expect(reading).toMatchObject({ article: true, onTopic: false, figures: [] });
  });

  it('and the bundled dataset reads them the other way round', () => {
    expect(readPage(loadPage('wire-local-news.html'), BUNDLED).onTopic).toBe(true);
    expect(readPage(loadPage('second-story-pedalo.html'), BUNDLED).onTopic).toBe(false);
  });
});

describe('no code names the story', () => {
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir)).flatMap((name) => (statSync(join(ROOT, dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  /** The story's names in every language the dataset gives them, as they would appear in code. */
  const names = BUNDLED.story.actors
    .filter((actor) => actor.role !== 'named')
    .flatMap((actor) => Object.values(actor.aliases).flat())
    .map((alias) => alias.replace(/\*$/, '').toLowerCase())
    .filter((alias) => alias.length >= 4);
  const code = (file: string) =>
    readFileSync(join(ROOT, file), 'utf8')
      // Comments may give examples ("RedNote with TikTok"); code and its strings may not.
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(?<![:'"`/])\/\/.*$/gm, '')
      .toLowerCase();

  // Being made story-neutral on their branches (the first look moves to the background; the
  // panel and options take the story's name from the dataset); empty once they land.
  const PENDING = new Set<string>([]);
  it.each([...walk('utils'), ...walk('entrypoints'), ...walk('components')].filter((f) => /\.(ts|tsx)$/.test(f) && !PENDING.has(f)))('%s', (file) => {
    const text = code(file);
    expect(names.filter((name) => text.includes(name))).toEqual([]);
  });
});
