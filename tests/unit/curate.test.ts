/**
 * `npm run curate`: what it drafts from a fixture page, from a text file written for the test and
 * from a page served on this machine, and that a curator can paste what it prints.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curateInputs, parseArguments } from '../../scripts/curate';
import { quoteWindow, type Curation, type FigureCandidate } from '../../scripts/lib/curate';
import { collapse, locateShared, parseArticleFile, quoteIn, ROOT, textsRequired } from '../../scripts/lib/source-texts';
import { eventReport, figure as figureSchema, source as sourceSchema } from '../../utils/schema';

type Draft = Curation & { input: string; error?: string };

async function drafts(inputs: string[], published?: string): Promise<Draft[]> {
  const out: string[] = [];
  await curateInputs(inputs, { write: (text) => out.push(text), published });
  return out.map((text) => JSON.parse(text) as Draft);
}
const byText = (draft: Draft, asWritten: string) => draft.figures.filter((f) => f.figure.asWritten === asWritten);
const only = (candidates: FigureCandidate[]) => {
  expect(candidates).toHaveLength(1);
  return candidates[0]!;
};

const work = mkdtempSync(join(tmpdir(), 'crosscheck-curate-'));
// An article written for this test, in the corpus's text format.
const LONG =
  'Analysts who follow the app stores for a living, and who asked not to be named because their clients had not yet seen the figures, said the surge of 2 million downloads over the weekend, mostly from phones in the United States and Canada, had no precedent for a Chinese app in the West.';
const TEXT = `URL: https://example.test/2025/01/16/rednote-rush
TITLE: RedNote rush: 2 million sign-ups in two days, a tracker says
OUTLET: Example Daily
DATE: 2025-01-16
LABEL: positive
NOTE: written for the tests
---
RedNote rush: 2 million sign-ups in two days, a tracker says

More than 2 million new users joined RedNote, the Chinese app also called Xiaohongshu, in two days, an analytics firm estimated on Wednesday, as TikTok refugees fled the coming ban.
TikTok, which says it has 170 million American users, faces a Jan. 19 deadline to be sold or be banned.
${LONG}
`;
const textFile = join(work, 'example-rednote-rush.txt');
writeFileSync(textFile, TEXT);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a quote window', () => {
  const sentence = `  ${LONG}  `;
  it.each([
    ['a sentence that fits, whole and trimmed', 'TikTok faces a Jan. 19 deadline.', 'Jan. 19', 'TikTok faces a Jan. 19 deadline.'],
    ['the clauses around the number when the sentence is too long', sentence, '2 million', 'said the surge of 2 million downloads over the weekend, mostly from phones in the United States and Canada, had no precedent for a Chinese app in the West.'],
  ])('%s', (_what, text, number, expected) => {
    const at = text.indexOf(number);
    expect(quoteWindow(text, at, at + number.length)).toBe(expected);
  });

  it('whole words around the number when one clause is longer than a quote', () => {
    const clause = `${'word '.repeat(60)}with 2 million new users ${'more '.repeat(60)}end`;
    const at = clause.indexOf('2 million');
    const quote = quoteWindow(clause, at, at + 9);
    expect(quote.length).toBeLessThanOrEqual(200);
    expect(quote).toContain('2 million');
    expect(clause).toContain(quote);
    expect(quote).toMatch(/^word .* more$/);
  });
});

describe('curating a fixture page', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = (await drafts([join(ROOT, 'tests/fixtures/pages/wire-local-news.html')]))[0]!;
  });

  it('proposes the source from the page: outlet, date and how it was found, language, authors', () => {
    expect(draft.onTopic).toBe(true);
    expect(draft.source).toMatchObject({
      id: 'kvlt-news-7-2025-01-14',
      outlet: 'KVLT News 7',
      language: 'en',
      published: { date: '2025-01-14', precision: 'exact', basis: "From the page's structured data (JSON-LD): 2025-01-14." },
    });
    const { alreadyInDataset: _none, ...source } = draft.source;
    expect(sourceSchema.safeParse(source).success).toBe(true);
  });

  it('drafts "more than 700,000" for the two-day metric, says why, and what it agrees and differs with', () => {
    const candidate = only(byText(draft, '700,000').filter((f) => f.figure.position === 'body'));
    expect(candidate.figure).toMatchObject({ metricId: 'rednote-new-users-two-days', qualifier: 'more-than', interval: { low: 700_000, high: null }, unit: 'users' });
    expect(candidate.why).toEqual(expect.arrayContaining(['subject RedNote', '"new users"']));
    expect(candidate.against?.same).toEqual(expect.arrayContaining(['gbaf-new-users-two-days-body', 'rfa-new-users-two-days']));
    // The headlines' "over half a million" allow it but say less; Bloomberg's "more than 2 million"
    // is within it and says more precisely: both fit.
    expect(candidate.against?.consistent).toEqual(
      expect.arrayContaining([
        { id: 'gbaf-new-users-headline', fit: 'wider', says: 'over 500,000' },
        { id: 'straitstimes-new-users-two-days', fit: 'narrower', says: 'more than 2 million' },
      ]),
    );
    expect(candidate.against?.differs).toEqual([]);
    expect(candidate.against?.summary).toMatch(/^\d+ say the same, \d+ fit it, \d+ differ; \d+ are about other dates$/);
  });

  it('prints figures a curator can paste: each passes the schema, its quote holds the number as written and stands in the page', () => {
    const linked = draft.figures.filter((f) => f.figure.metricId !== 'new-metric');
    expect(linked.length).toBeGreaterThanOrEqual(10);
    const page = collapse(readFileSync(join(ROOT, 'tests/fixtures/pages/wire-local-news.html'), 'utf8').replace(/<[^<>]*>/g, ' ').replace(/&#39;/g, "'"));
    for (const { figure } of linked) {
      expect(figureSchema.safeParse(figure).error?.issues ?? []).toEqual([]);
      expect(page).toContain(collapse(figure.quote));
    }
  });

  it('drafts the deadline report with its date as written, and says it agrees', () => {
    const deadline = draft.events.find((e) => e.event === 'tiktok-ban-deadline');
    expect(deadline?.report).toMatchObject({ date: { date: '2025-01-19', precision: 'day' }, dateAsWritten: 'Jan. 19' });
    expect(deadline?.against?.agrees).toBe(true);
    expect(eventReport.safeParse(deadline?.report).success).toBe(true);
  });
});

describe('curating a text file', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = (await drafts([textFile]))[0]!;
  });

  it('takes the source from the header', () => {
    expect(draft.source).toEqual({
      id: 'example-daily-2025-01-16',
      outlet: 'Example Daily',
      title: 'RedNote rush: 2 million sign-ups in two days, a tracker says',
      language: 'en',
      published: { date: '2025-01-16', precision: 'exact', basis: "The header's DATE: 2025-01-16" },
      url: 'https://example.test/2025/01/16/rednote-rush',
    });
  });

  it('dates a figure by the day its sentence names, and keeps the headline\'s statement apart', () => {
    const [headline, body] = [byText(draft, '2 million').find((f) => f.figure.position === 'headline'), byText(draft, '2 million').find((f) => f.figure.qualifier === 'more-than')];
    expect(headline?.figure).toMatchObject({ metricId: 'rednote-new-users-two-days', qualifier: 'exact', asOf: { date: '2025-01-16', basis: 'published' } });
    expect(body?.figure).toMatchObject({ metricId: 'rednote-new-users-two-days', asOf: { date: '2025-01-15', precision: 'day', basis: 'stated' }, period: { text: 'Wednesday', start: '2025-01-15', end: '2025-01-15' } });
    expect(body?.against?.differs).toEqual([]);
  });

  it('finds TikTok\'s 170 million the same as the outlets that say so, and says why others differ', () => {
    const users = only(byText(draft, '170 million'));
    expect(users.figure.metricId).toBe('tiktok-us-users');
    expect(users.against?.verdict).toBe('differs');
    expect(users.against?.same).toEqual(expect.arrayContaining(['cna-tiktok-us-users', 'dorsey-tiktok-us-users']));
    const differs = new Map(users.against?.differs.map((d) => [d.id, `${d.fit}: ${d.says}`]));
    expect(differs.get('voiceofasia-tiktok-us-users')).toBe('more: 175 million');
    expect(differs.get('waitanmedia-tiktok-us-users')).toBe('less: 150 million');
  });

  it('cuts a long sentence\'s quote to at most 200 characters at its clauses', () => {
    const long = draft.figures.find((f) => LONG.includes(f.figure.quote) && f.figure.quote.includes('2 million'));
    expect(long?.figure.quote.length).toBeLessThanOrEqual(200);
    expect(quoteIn(parseArticleFile(TEXT, 'x.txt'), long!.figure.quote)).toBe(true);
  });

  it('says when a page is already in the dataset', async () => {
    const known = join(work, 'known.txt');
    writeFileSync(known, TEXT.replace('https://example.test/2025/01/16/rednote-rush', 'https://gagadget.com/en/571424-rednote-is-not-the-new-tiktok-why-americans-returned-to-the-familiar-app'));
    const [again] = await drafts([known]);
    expect(again!.source.alreadyInDataset).toBe('gagadget-techcrunch-2025-01-23');
  });

  it('reads an undated page against the date the curator gives', async () => {
    const undated = join(work, 'undated.txt');
    writeFileSync(undated, TEXT.replace('DATE: 2025-01-16', 'DATE: not visible'));
    const [without] = await drafts([undated]);
    expect(without!.source.published).toMatchObject({ date: null, precision: 'unknown' });
    expect(byText(without!, '170 million')[0]?.why).toContain('no publication date: give it with --published YYYY-MM-DD, or state asOf');
    const [given] = await drafts([undated], '2025-01-17');
    expect(given!.source.published).toMatchObject({ date: '2025-01-17', precision: 'inferred' });
    expect(byText(given!, '2 million').find((f) => f.figure.qualifier === 'more-than')?.figure.asOf).toEqual({ date: '2025-01-15', precision: 'day', basis: 'stated' });
  });

  it('drafts nothing from a page that is not about the story, and says why', async () => {
    const [recipe] = await drafts([join(ROOT, 'tests/fixtures/pages/recipe-viral-tiktok.html')]);
    expect([recipe!.onTopic, recipe!.figures, recipe!.events]).toEqual([false, [], []]);
    expect(recipe!.reasons.length).toBeGreaterThan(0);
  });
});

describe('curating a page served on this machine', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/away') {
        res.writeHead(302, { location: 'http://127.0.0.2:9/article.txt' });
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(TEXT);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it('reads it as text when the server says so, and refuses redirects elsewhere', async () => {
    const [served, away] = await drafts([`${base}/rush`, `${base}/away`]);
    expect(served!.source.url).toBe('https://example.test/2025/01/16/rednote-rush');
    expect(byText(served!, '170 million')).toHaveLength(1);
    expect(away!.error).toMatch(/^refusing to fetch the redirect from .*\/away to 127\.0\.0\.2:9/);
  });
});

describe('its arguments', () => {
  it.each([
    [['a.txt'], { inputs: ['a.txt'] }],
    [['--published', '2025-01-20', 'a.txt', 'b.html'], { inputs: ['a.txt', 'b.html'], published: '2025-01-20' }],
    [['a.txt', '--published=2025-01-20'], { inputs: ['a.txt'], published: '2025-01-20' }],
    [['--published', '2025-02-30', 'a.txt'], '--published takes a real date as YYYY-MM-DD, not 2025-02-30'],
    [['a.txt', '--published'], '--published takes a real date as YYYY-MM-DD, not nothing'],
    [[], 'usage: npm run curate -- [--published YYYY-MM-DD] <file.txt | file.html | http://127.0.0.1 URL> [...]'],
  ])('%j → %j', (args, expected) => {
    expect(parseArguments(args)).toEqual(expected);
  });
});

const shared = locateShared();
if (!shared.found) console.warn(`curate.test.ts: ${textsRequired() ? 'failing' : 'skipping'} the run over the corpus: ${shared.reason}`);
describe.skipIf(!shared.found && !textsRequired())(`on the corpus${shared.found ? '' : ` (skipped: ${shared.reason})`}`, () => {
  it('quotes every page word for word, at most 200 characters, with the number as written (required when CI=true)', async () => {
    expect(shared.found ? '' : shared.reason).toBe('');
    const dir = join(shared.dir, 'corpus', 'articles');
    const files = readdirSync(dir).filter((name) => name.endsWith('.txt') && !name.startsWith('neg-'));
    const problems: string[] = [];
    for (const name of files) {
      const [draft] = await drafts([join(dir, name)], '2025-01-20');
      const article = parseArticleFile(readFileSync(join(dir, name), 'utf8'), name);
      for (const { figure, why } of draft!.figures) {
        if (figure.quote.length > 200 || !figure.quote.includes(figure.asWritten) || !quoteIn(article, figure.quote)) problems.push(`${name}: ${figure.quote}`);
        // The reason given is the link the background made, neighbours and all: never a score-less guess.
        if (figure.metricId !== 'new-metric' && !why.some((line) => new RegExp(`^score \\d+(\\.\\d+)? for ${figure.metricId}$`).test(line))) problems.push(`${name}: ${figure.metricId} explained by ${why.join('; ')}`);
      }
    }
    expect(problems).toEqual([]);
  }, 60_000);
});
