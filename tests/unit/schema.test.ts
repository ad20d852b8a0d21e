import { describe, expect, it } from 'vitest';
import { parseDatasetText, validateDataset } from '../../utils/schema/dataset-input';
import { partialDate, type Dataset } from '../../utils/schema';
import { syntheticDataset } from '../support/synthetic-dataset';

describe('partialDate', () => {
  it.each([
    [{ date: '2013', precision: 'year' }, true],
    [{ date: '2024-11', precision: 'month' }, true],
    [{ date: '2025-01-13', precision: 'day' }, true],
    [{ date: '2025-01', precision: 'day' }, false],
    [{ date: '2025-01-13', precision: 'year' }, false],
    [{ date: '2025-02-30', precision: 'day' }, false], // not on the calendar: the timeline would skip days
    [{ date: '2024-02-29', precision: 'day' }, true],
    [{ date: '2025-02-29', precision: 'day' }, false],
  ])('%o is valid: %s', (input, ok) => {
    expect(partialDate.safeParse(input).success).toBe(ok);
  });
});

/** A valid dataset broken in one place, and the problem the reader must be told. */
/** A context term beside RedNote, as the bundled dataset's "users flocking in". */
const TERM = { id: 'move', label: 'users flocking in', kind: 'context' as const, words: { en: ['influx'] } };

const BROKEN: [string, (d: Dataset) => unknown, string][] = [
  ['a figure value given as text', (d) => ((d.figures[12] as Record<string, unknown>).value = '700,000'), 'figures[12].value: expected number, received string'],
  ['a missing metric label', (d) => delete (d.metrics[3] as Partial<Dataset['metrics'][number]>).label, 'metrics[3].label: expected string, received undefined'],
  ['an unknown qualifier', (d) => ((d.figures[0] as Record<string, unknown>).qualifier = 'approximately'), 'figures[0].qualifier: expected one of'],
  ['a duplicate figure id', (d) => (d.figures[5]!.id = d.figures[4]!.id), 'figures[5].id: duplicate id "synthetic-figure-4" (first used by figures[4])'],
  ['a figure citing an unknown source', (d) => (d.figures[7]!.sourceId = 'nowhere-news'), 'figures[7].sourceId: unknown source "nowhere-news"'],
  ['a figure citing an unknown metric', (d) => (d.figures[8]!.metricId = 'tiktok-mood'), 'figures[8].metricId: unknown metric "tiktok-mood"'],
  ['an event report citing an unknown source', (d) => (d.events[2]!.reports[0]!.sourceId = 'ghost'), 'events[2].reports[0].sourceId: unknown source "ghost"'],
  ['a quote without its number', (d) => (d.figures[3]!.quote = 'Many new users joined.'), 'figures[3].quote: must contain the number as written ("4,000")'],
  ['a quote over 200 characters', (d) => (d.figures[3]!.quote = `${'x'.repeat(195)} 4,000 users`), 'figures[3].quote: must be at most 200 characters'],
  ['HTML in a title', (d) => (d.sources[1]!.title = 'RedNote <img src=x onerror=alert(1)>'), 'sources[1].title: must be plain text, not HTML markup'],
  ['script in an outlet name', (d) => (d.sources[0]!.outlet = '<script>alert(1)</script>'), 'sources[0].outlet: must be plain text, not HTML markup'],
  ['a javascript: URL', (d) => (d.sources[2]!.url = 'javascript:alert(1)'), 'sources[2].url: must be an http(s) URL'],
  ['a data: URL', (d) => (d.sources[2]!.url = 'data:text/html,<b>hi</b>'), 'sources[2].url: must be an http(s) URL'],
  ['a date that does not exist', (d) => (d.builtAt = '2025-02-30'), 'builtAt: must be a real calendar date'],
  ['an id that is not kebab-case', (d) => (d.metrics[0]!.id = 'RedNote Users'), 'metrics[0].id: must be a kebab-case id'],
  ['a figure unit unlike its metric', (d) => (d.figures[1]!.unit = 'downloads'), 'figures[1].unit: must match its metric\'s unit "users"'],
  ['an interval that excludes the value', (d) => (d.figures[0]!.interval = { low: 1, high: 2 }), 'figures[0].interval: must contain the value 1000'],
  ['an unknown top-level field', (d) => ((d as Record<string, unknown>).__proto_pollution = true), '(top level): unknown field "__proto_pollution"'],
  ['another format', (d) => ((d as Record<string, unknown>).format = 1), 'format: must be 2'],
  ['a non-finite value', (d) => (d.figures[2]!.value = Number.POSITIVE_INFINITY), 'figures[2].value:'],
  ['a huge array', (d) => (d.sources = Array.from({ length: 1_001 }, (_, i) => ({ ...d.sources[0]!, id: `s-${i}` }))), 'sources: must have at most 1000 items'],
  ['a signal in upper case', (d) => (d.metrics[1]!.signals = { en: ['New Users'] }), 'metrics[1].signals.en[0]: must be lower case'],
  ['a counter-signal in upper case', (d) => (d.metrics[1]!.counterSignals = { en: ['Google Play'] }), 'metrics[1].counterSignals.en[0]: must be lower case'],
  ['a story period that ends before it starts', (d) => (d.story.period = { start: '2025-01-01', end: '2024-12-31' }), 'story.period.end: must not end before it starts'],
  ['a story period on no real day', (d) => (d.story.period = { start: '2025-02-30' }), 'story.period.start: must be a real calendar date'],
  ['a context term beside no role', (d) => (d.story.terms = [{ ...TERM, nextTo: [] }]), 'story.terms[0].nextTo: must name at least one role'],
  ['a context term beside an unknown role', (d) => (d.story.terms = [{ ...TERM, nextTo: ['rival' as never] }]), 'story.terms[0].nextTo[0]:'],
];

describe('dataset validation', () => {
  it('accepts a well-formed dataset', () => {
    expect(validateDataset(syntheticDataset())).toMatchObject({ ok: true });
  });

  it('accepts a story period, context terms beside chosen roles and counter-signals', () => {
    const data = structuredClone(syntheticDataset());
    data.story.period = { start: '2025-01-01', end: '2025-12-31' };
    data.story.terms = [{ ...TERM, nextTo: ['anchor'] }];
    data.metrics[0]!.counterSignals = { en: ['google play'], zh: ['社交'] };
    expect(validateDataset(data)).toMatchObject({ ok: true });
  });

  it.each(BROKEN)('rejects %s', (_, breakIt, message) => {
    const data = structuredClone(syntheticDataset());
    breakIt(data);
    const result = validateDataset(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toContain(message);
  });

  it('caps a flood of problems and says how many more there are', () => {
    const data = syntheticDataset({ figures: 500 });
    for (const figure of data.figures) (figure as Record<string, unknown>).value = 'lots';
    const result = validateDataset(data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(51);
      expect(result.problems.at(-1)).toBe('…and 450 more problems');
    }
  });
});

describe('reading a dataset file', () => {
  it.each([
    ['', 'file is empty'],
    ['{"format": 1,', 'file is not valid JSON'],
    ['not json at all', 'file is not valid JSON'],
    ['[]', '(top level): expected object, received array'],
    ['null', '(top level): expected object, received null'],
    [`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'file is nested too deeply'],
    [`{"a":${'{"a":'.repeat(20)}1${'}'.repeat(20)}}`, 'file is nested too deeply'],
  ])('rejects %#: %s', (text, message) => {
    const result = parseDatasetText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toContain(message);
  });

  it('does not count brackets inside strings as nesting', () => {
    const data = syntheticDataset();
    data.sources[0]!.title = '[[[[[[[[[[ {{{{{{{{{{ RedNote';
    expect(parseDatasetText(JSON.stringify(data))).toMatchObject({ ok: true });
  });

  it('refuses a file over the size limit before parsing it', () => {
    const result = parseDatasetText(' '.repeat(33 * 1024 * 1024));
    expect(result).toEqual({ ok: false, problems: ['file is too large: 33.0 MB (the limit is 32 MB)'] });
  });

  it('turns a "__proto__" key into a refusal, not a polluted prototype', () => {
    const text = JSON.stringify(syntheticDataset()).replace('{"format":2', '{"__proto__":{"polluted":true},"format":2');
    expect(text).toContain('"__proto__"');
    const result = parseDatasetText(text);
    // Refused by name: the key is read as the file's own field, never as the object's prototype.
    expect(result).toEqual({ ok: false, problems: ['(top level): unknown field "__proto__"'] });
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
