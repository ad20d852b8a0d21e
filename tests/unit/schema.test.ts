import { describe, expect, it } from 'vitest';
import { clipEcho, jsonDepth, parseDatasetText, validateDataset } from '../../utils/schema/dataset-input';
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
  // The file last in each row: a name that formatted it would be 200,000 characters long.
  it.each([
    ['file is empty', ''],
    ['file is not valid JSON', '{"format": 1,'],
    ['file is not valid JSON', 'not json at all'],
    ['(top level): expected object, received array', '[]'],
    ['(top level): expected object, received null', 'null'],
    ['file is nested too deeply', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['file is nested too deeply', `{"a":${'{"a":'.repeat(20)}1${'}'.repeat(20)}}`],
  ])('rejects %#: %s', (message, text) => {
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

  it('turns a "__proto__" key at the top level into a refusal naming it', () => {
    const text = JSON.stringify(syntheticDataset()).replace('{"format":2', '{"__proto__":{"polluted":true},"format":2');
    expect(text).toContain('"__proto__"');
    expect(parseDatasetText(text)).toEqual({ ok: false, problems: ['(top level): unknown field "__proto__"'] });
  });

  it('drops a "__proto__" language from signal words, never making it the words\' prototype', () => {
    // Words by language take keys of the file's choosing; were "__proto__" assigned as a key,
    // the metric's signals would inherit from the array it names.
    const text = JSON.stringify(syntheticDataset()).replace('"signals":{', '"signals":{"__proto__":["polluted"],');
    expect(text).toContain('"__proto__":["polluted"]');
    const result = parseDatasetText(text);
    expect(result.ok).toBe(true);
    const signals = result.ok ? result.dataset.metrics[0]!.signals : {};
    expect(Object.getPrototypeOf(signals)).toBe(Object.prototype);
    expect(Object.values(signals).flat()).not.toContain('polluted');
  });

  it.each([
    ['a file of spaces and line breaks', ' \n\t\r\n  ', 'file is empty'],
    ['exactly 32 MB of spaces: not too large, but empty', ' '.repeat(32 * 1024 * 1024), 'file is empty'],
    ['nested exactly 8 levels: read, then refused by the schema', `{"a":${'{"a":'.repeat(6)}[1]${'}'.repeat(6)}}`, '(top level): unknown field "a"'],
    ['nested 9 levels: refused before it is parsed', `{"a":${'{"a":'.repeat(7)}[1]${'}'.repeat(7)}}`, 'file is nested too deeply: more than 8 levels of arrays and objects'],
  ])('%s', (_, text, problem) => {
    const result = parseDatasetText(text);
    expect(result.ok ? [] : result.problems).toContain(problem);
  });
});

describe('the nesting of a JSON text, read without parsing it', () => {
  it.each([
    ['{}', 1],
    ['{"figures":[{"interval":{"low":1,"high":null}}],"events":[]}', 4],
    ['{"a":[[[1]]],"b":[2]}', 4],
    ['{"title":"[[[[ {{{{ RedNote"}', 1],
    ['{"title":"the \\"[[[[\\" meme","x":[1]}', 2],
    ['{"path":"C:\\\\","x":[[1]]}', 3],
  ])('%s → %i', (text, depth) => {
    expect(jsonDepth(text)).toBe(depth);
  });
});

/** A dataset as an imported file may have it: any field can be anything. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break the file in arbitrary ways
type AnyJson = Record<string, any>;

describe('problems in the reader\'s words', () => {
  const problems = (breakIt: (d: AnyJson) => void) => {
    const data = structuredClone(syntheticDataset()) as AnyJson;
    breakIt(data);
    const result = validateDataset(data);
    return result.ok ? [] : result.problems;
  };
  it.each<[string, (d: AnyJson) => void, string[]]>([
    ['one unknown field', (d) => (d.figures[0].colour = 'red'), ['figures[0]: unknown field "colour"']],
    ['three unknown fields: all named', (d) => Object.assign(d.story, { mood: 1, tone: 2, colour: 3 }), ['story: unknown fields "mood", "tone", "colour"']],
    ['five unknown fields: three named, the rest counted', (d) => Object.assign(d.figures[0], { colour: 'red', mood: 1, tone: 2, vibe: 3, feel: 4 }), ['figures[0]: unknown fields "colour", "mood", "tone" and 2 more']],
    ['an unknown field with an enormous name, clipped', (d) => (d.sources[0][`x${'y'.repeat(5000)}`] = 1), [`sources[0]: unknown field "x${'y'.repeat(39)}…"`]],
    ['a language code of 5,000 letters, clipped in the path', (d) => (d.metrics[0].signals = { [`e${'n'.repeat(4999)}`]: ['users'] }), [`metrics[0].signals.e${'n'.repeat(39)}…: must be a language code like "en" or "zh"`]],
    ['too many authors', (d) => (d.sources[0].authors = Array.from({ length: 30 }, (_, i) => `Author ${i}`)), ['sources[0].authors: must have at most 20 items']],
    ['an event without reports', (d) => (d.events[0].reports = []), ['events[0].reports: must cite at least one source']],
    ['a value given as text', (d) => (d.figures[1].value = 'about 2000'), ['figures[1].value: expected number, received string']],
    ['an unknown scope', (d) => (d.figures[1].scope = 'worldwide'), ['figures[1].scope: expected one of "us"|"global"|"china"|"outside-china"|"unstated"']],
  ])('%s', (_, breakIt, expected) => {
    expect(problems(breakIt)).toEqual(expected);
  });

  it.each([
    ['fifty problems: all of them', 50, 50],
    ['fifty-one: fifty, and how many more', 51, 51],
  ])('%s', (_, broken, lines) => {
    const result = problems((d) => d.figures.slice(0, broken).forEach((f: Record<string, unknown>) => (f.value = 'lots')));
    expect(result).toHaveLength(lines);
    expect(result.at(-1)).toBe(broken > 50 ? '…and 1 more problems' : `figures[${broken - 1}].value: expected number, received string`);
  });
});

describe('clipping what a problem echoes of the file', () => {
  it.each([
    ['a short name, whole', 'RedNote', 'RedNote'],
    ['40 characters, whole', 'x'.repeat(40), 'x'.repeat(40)],
    ['41 characters, clipped to 40', 'x'.repeat(41), `${'x'.repeat(40)}…`],
    ['Han characters, counted one by one', '小红书'.repeat(20), `${'小红书'.repeat(13)}小…`],
    ['40 emoji, whole', '🔥'.repeat(40), '🔥'.repeat(40)],
    ['a million emoji, clipped to 40', '🔥'.repeat(1_000_000), `${'🔥'.repeat(40)}…`],
  ])('%s', (_, text, clipped) => {
    // Compared as a boolean first: a failure must not print a million emoji.
    expect(clipEcho(text, 40) === clipped).toBe(true);
  });
});
