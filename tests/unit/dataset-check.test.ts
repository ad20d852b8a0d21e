/**
 * `npm run dataset:check` on datasets and article folders written for the test (no ../shared
 * needed): what it prints, and its exit code, with the texts, without them, and on CI.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDatasetCheck } from '../../scripts/dataset-check';
import { checkQuotes } from '../../scripts/lib/dataset-check';
import { loadSourceTexts, locateShared, parseArticleFile, quoteIn, SHARED_ENV } from '../../scripts/lib/source-texts';
import type { Dataset } from '../../utils/schema';
import { SYNTHETIC_STORY } from '../support/synthetic-dataset';

const work = mkdtempSync(join(tmpdir(), 'crosscheck-dataset-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const URL_A = 'https://news.example/2025/01/15/lumen-app-surge';
// A page written for this test, in the corpus's format.
const ARTICLE = `URL: ${URL_A}
TITLE: Lumen sign-ups soar as rivals stall
OUTLET: Example News
DATE: 2025-01-15
LABEL: positive
NOTE: written for the tests
---
Lumen sign-ups soar as rivals stall

More than 40,000 people joined the
RedNote channel on Tuesday, the company said.
RedNote was founded in 2013, the app's site says.
`;

const shared = join(work, 'shared');
mkdirSync(join(shared, 'corpus', 'articles'), { recursive: true });
mkdirSync(join(shared, 'seeds'), { recursive: true });
writeFileSync(join(shared, 'corpus', 'articles', 'example-lumen.txt'), ARTICLE);

function sample(overrides: { quote?: string; url?: string; title?: string; reportQuote?: string } = {}): Dataset {
  return {
    format: 2,
    version: '1.0.0',
    builtAt: '2025-02-01',
    story: SYNTHETIC_STORY,
    sources: [
      {
        id: 'example-2025-01-15',
        outlet: 'Example News',
        title: overrides.title ?? 'Lumen sign-ups soar as rivals stall',
        language: 'en',
        published: { date: '2025-01-15', precision: 'exact', basis: 'the page says so' },
        url: overrides.url ?? URL_A,
      },
    ],
    metrics: [{ id: 'rednote-channel-members', label: 'Members of a RedNote channel', unit: 'people', subject: 'rednote', scope: 'unstated', signals: { en: ['joined'] } }],
    figures: [
      {
        id: 'example-members',
        sourceId: 'example-2025-01-15',
        metricId: 'rednote-channel-members',
        value: 40000,
        asWritten: '40,000',
        qualifier: 'more-than',
        interval: { low: 40000, high: null },
        unit: 'people',
        scope: 'unstated',
        asOf: { date: '2025-01-14', precision: 'day', basis: 'stated' },
        position: 'body',
        quote: overrides.quote ?? 'More than 40,000 people joined the RedNote channel on Tuesday',
      },
    ],
    events: [
      {
        id: 'rednote-founded',
        date: { date: '2013', precision: 'year' },
        title: 'RedNote is founded',
        reports: [{ sourceId: 'example-2025-01-15', quote: overrides.reportQuote ?? 'RedNote was founded in 2013', date: { date: '2013', precision: 'year' } }],
      },
    ],
  };
}

let files = 0;
function run(data: unknown, env: NodeJS.ProcessEnv = { [SHARED_ENV]: shared }) {
  const file = join(work, `dataset-${files++}.json`);
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  const lines: string[] = [];
  const code = runDatasetCheck({ args: [file], env, root: work, write: (line) => lines.push(line) });
  return { code, lines, file };
}

describe('npm run dataset:check', () => {
  it('passes a dataset whose quotes are in their article, line breaks aside, and sums it up', () => {
    const { code, lines } = run(sample());
    expect(code).toBe(0);
    expect(lines).toContain('1 source from 1 outlet in 1 language (en 1)');
    expect(lines).toContain('1 metric, 1 figure (by language: en 1), 1 event with 1 report');
    expect(lines.at(-1)).toMatch(/valid, every quote found in its article$/);
  });

  it.each([
    ['a changed word', { quote: 'More than 40,000 users joined the RedNote channel' }, 'figures[0].quote: not found in shared/corpus/articles/example-lumen.txt'],
    ['a changed number', { reportQuote: 'RedNote was founded in 2014' }, 'events[0].reports[0].quote: not found in shared/corpus/articles/example-lumen.txt'],
    ['a curly apostrophe for a straight one', { reportQuote: 'founded in 2013, the app’s site says' }, 'events[0].reports[0].quote: not found in shared/corpus/articles/example-lumen.txt'],
    ['an invented headline', { title: 'Lumen is the new TikTok' }, 'sources[0].title: not found in shared/corpus/articles/example-lumen.txt (mark it "titleApproximate" if the page\'s headline is not known)'],
    ['a URL no article has', { url: 'https://news.example/other' }, `sources[0]: no article in ${join(shared, 'corpus', 'articles')} has the URL https://news.example/other`],
  ])('names the path of %s and exits 1', (_what, overrides, problem) => {
    const { code, lines } = run(sample(overrides));
    expect(lines).toContain(problem);
    expect(lines.at(-1)).toMatch(/: 1 problem$/);
    expect(code).toBe(1);
  });

  it('reports schema problems by path and does not go on to the quotes', () => {
    const broken = sample() as unknown as { figures: { value: unknown }[] };
    broken.figures[0]!.value = 'forty thousand';
    const { code, lines } = run(broken);
    expect(code).toBe(1);
    expect(lines[0]).toBe('figures[0].value: expected number, received string');
    expect(lines.some((line) => line.includes('not found'))).toBe(false);
  });

  it('says why it cannot read a file that is not JSON', () => {
    const { code, lines } = run('{ "format": 2,');
    expect(code).toBe(1);
    expect(lines[0]).toMatch(/^file is not valid JSON/);
  });

  it('without the texts, says so in one line, skips the quotes and passes', () => {
    const { code, lines } = run(sample({ quote: 'More than 40,000 people joined' }), { [SHARED_ENV]: join(work, 'nowhere') });
    expect(lines[0]).toBe(`quote check skipped: the source texts are not in ${join(work, 'nowhere')} (no corpus/articles and no seeds): put the project's shared folder beside the repository or set CROSSCHECK_SHARED to it`);
    expect(code).toBe(0);
  });

  it('without the texts on CI, fails', () => {
    const { code, lines } = run(sample(), { [SHARED_ENV]: join(work, 'nowhere'), CI: 'true' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^quotes cannot be checked: .*\(required when CI=true\)$/);
    expect(code).toBe(1);
  });

  it('looks beside the repository when no folder is named', () => {
    expect(locateShared({}, join(work, 'repo'))).toEqual({ found: true, dir: shared });
    expect(locateShared({ [SHARED_ENV]: '  ' }, join(work, 'repo')).found).toBe(true);
  });
});

describe('reading an article file', () => {
  it.each([
    ['TITLE: [approx.; headline not in excerpt] Lumen tops the charts', 'Lumen tops the charts', true],
    ['TITLE: [headline not in excerpt; taken from another copy] Lumen tops the charts', 'Lumen tops the charts', false],
    ['TITLE: Lumen tops the charts', 'Lumen tops the charts', false],
  ])('%s → %j (approximate: %s)', (line, title, approximate) => {
    const article = parseArticleFile(`URL: https://x.example/a\n${line}\n---\nText.\n`, 'a.txt');
    expect([article.title, article.titleApproximate, article.url, article.text]).toEqual([title, approximate, 'https://x.example/a', 'Text.\n']);
  });

  it('takes a file without a header as all text', () => {
    const article = parseArticleFile('Just a story.\n---\nWith a rule in it.', 'seed.txt');
    expect([article.url, article.title, article.text]).toEqual([null, '', 'Just a story.\n---\nWith a rule in it.']);
  });

  it('matches quotes across line breaks and in the title line, and nothing else', () => {
    const article = parseArticleFile(ARTICLE, 'example.txt');
    expect(quoteIn(article, 'joined the RedNote channel')).toBe(true);
    expect(quoteIn(article, 'Lumen sign-ups soar')).toBe(true);
    expect(quoteIn(article, 'joined the  RedNote  channel')).toBe(true);
    expect(quoteIn(article, 'joined the rednote channel')).toBe(false);
  });

  it('checks the same way the command does', () => {
    expect(checkQuotes(sample({ quote: 'More than 40,000 people' }), loadSourceTexts(shared, work))).toEqual([]);
  });
});
