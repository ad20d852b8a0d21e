/**
 * The bundled dataset (`assets/dataset.json`) against the schema and against the articles it was
 * curated from (`../shared`, beside the repository, or `$CROSSCHECK_SHARED`), read with the same
 * code as `npm run dataset:check`. The articles are read here only: product code never imports
 * them. Without them the checks that need them are skipped, with a line saying why; with
 * `CI=true` they are required.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkQuotes } from '../../scripts/lib/dataset-check';
import { articleFor, collapse, loadSourceTexts, locateShared, ROOT, SEED_FILES, textsRequired, type ArticleText } from '../../scripts/lib/source-texts';
import { wordsOf } from '../../utils/core/words';
import { dataset, type Dataset, type Figure, type Qualifier } from '../../utils/schema';
import { SYNTHETIC_STORY } from '../support/synthetic-dataset';

const DATASET_PATH = join(ROOT, 'assets', 'dataset.json');

const raw: unknown = JSON.parse(readFileSync(DATASET_PATH, 'utf8'));
const parsed = dataset.safeParse(raw);
// Everything below runs on the parsed data; the first test reports why parsing failed.
const data: Dataset = parsed.success
  ? parsed.data
  : { format: 2, version: '0.0.0', builtAt: '2026-01-01', story: SYNTHETIC_STORY, sources: [], metrics: [], figures: [], events: [] };

const shared = locateShared();
const texts = shared.found ? loadSourceTexts(shared.dir) : null;
const SKIPPED = shared.found ? '' : ` (skipped: ${shared.reason})`;
if (!shared.found) console.warn(`dataset.test.ts: ${textsRequired() ? 'failing' : 'skipping'} the checks against the articles: ${shared.reason}`);

/** The collapsed text of a source's article (the checks above this file's tests make sure there is one). */
function articleText(sourceId: string): string {
  const source = data.sources.find((s) => s.id === sourceId);
  const article = texts && source ? articleFor(texts, source) : 'no texts';
  if (typeof article === 'string') throw new Error(`${sourceId}: ${article}`);
  return collapse((article as ArticleText).text);
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
/** The weekday (0 = Sunday) a text names first, or -1. */
function namedWeekday(s: string): number {
  const lower = s.toLowerCase();
  let best = -1;
  let bestAt = Infinity;
  WEEKDAYS.forEach((d, i) => {
    const at = lower.indexOf(d);
    if (at >= 0 && at < bestAt) [best, bestAt] = [i, at];
  });
  return best;
}
const weekday = (iso: string) => new Date(dayOf(iso)).getUTCDay();

const sourceById = new Map(data.sources.map((s) => [s.id, s]));
const figuresOf = (metricId: string) => data.figures.filter((f) => f.metricId === metricId);
const eventById = new Map(data.events.map((e) => [e.id, e]));

const round = (x: number) => Number(x.toPrecision(12));
function expectedInterval(value: number, q: Qualifier, asWritten: string): { low: number | null; high: number | null } {
  switch (q) {
    case 'exact':
      return { low: value, high: value };
    case 'about':
      return { low: round(value * 0.95), high: round(value * 1.05) };
    case 'more-than':
    case 'over':
    case 'at-least':
    case 'plus':
      return { low: value, high: null };
    case 'nearly':
      return { low: round(value * 0.9), high: value };
    case 'up-to':
    case 'less-than':
      return { low: null, high: value };
    case 'order-of':
      // The value is the order itself: "hundreds of thousands" is 100000, "thousands" 1000.
      expect(10 ** Math.round(Math.log10(value)), `order-of value of "${asWritten}" must be a power of ten`).toBe(value);
      return { low: value, high: round(value * 10) };
  }
}

const figureRows = data.figures.map((f) => [f.id, f] as const);
const reportRows = data.events.flatMap((e) => e.reports.map((r, i) => [`${e.id} #${i}`, r] as const));

describe('bundled dataset', () => {
  it('parses with the schema', () => {
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(data.format).toBe(2);
    expect(data.version).toMatch(/^2\.\d+\.\d+$/);
  });

  it.runIf(shared.found || textsRequired())('finds the articles it was curated from (required when CI=true)', () => {
    expect(shared.found ? '' : shared.reason).toBe('');
    for (const id of Object.keys(SEED_FILES)) expect(articleText(id).length).toBeGreaterThan(1000);
  });
});

describe.skipIf(!texts)(`every quote in its own article${SKIPPED}`, () => {
  it('finds each source\'s article, its headline (unless approximate) and every figure\'s and report\'s quote, word for word', () => {
    expect(checkQuotes(data, texts!)).toEqual([]);
  });

  it.each(data.events.flatMap((e) => e.reports.map((r, i) => [`${e.id} #${i}`, r] as const)).filter(([, r]) => r.dateAsWritten !== undefined))(
    '%s: the date as written stands in the quote or just before it',
    (_id, r) => {
      const text = articleText(r.sourceId);
      const at = text.indexOf(collapse(r.quote));
      const window = text.slice(Math.max(0, at - 300), at + r.quote.length);
      expect(window).toContain(r.dateAsWritten);
    },
  );
});

describe('sources', () => {
  it('carries the world\'s reporting: at least 55 sources from 45 outlets, in ten languages', () => {
    expect(data.sources.length).toBeGreaterThanOrEqual(55);
    expect(new Set(data.sources.map((s) => s.outlet)).size).toBeGreaterThanOrEqual(45);
    expect(new Set(data.sources.map((s) => s.language))).toEqual(new Set(['en', 'zh', 'ja', 'ko', 'pt', 'de', 'es', 'hi', 'id', 'it']));
  });

  it.each([
    ['reuters-local-2025-01-14', 'Unnamed US local news site', 'Reuters', '2025-01-14', 'inferred'],
    ['rfa-2025-01-15', 'Radio Free Asia', undefined, '2025-01-15', 'inferred'],
    ['gbaf-reuters-2025-01-14', 'Global Banking & Finance Review', 'Reuters', '2025-01-14', 'exact'],
    ['scmp-2025-01-17', 'South China Morning Post', undefined, '2025-01-17', 'inferred'],
    ['thr-2025-01-21', 'The Hollywood Reporter', undefined, '2025-01-21', 'inferred'],
    ['yahoo-reuters-2025-01-21', 'Yahoo Finance Canada', 'Reuters', '2025-01-21', 'exact'],
    ['cebudailynews-afp-2025-01-16', 'Cebu Daily News', 'AFP', '2025-01-16', 'exact'],
    ['straitstimes-bloomberg-2025-01-20', 'The Straits Times', 'Bloomberg', '2025-01-20', 'inferred'],
    ['dywpk-bloomberg-2025-01-15', 'g.dywpk.org.uk', 'Bloomberg', '2025-01-15', 'inferred'],
    ['marayapress-newsweek-2025-01-14', 'Maraya Press', 'Newsweek', '2025-01-14', 'inferred'],
    ['ihu-unisinos-conversation-2025-01-21', 'IHU Unisinos', 'The Conversation', '2025-01-21', 'exact'],
    ['sabiniax-huffpost-2025-01-16', 'sabiniax.online', 'HuffPost', '2025-01-16', 'exact'],
    ['technologistmag-wired-2025-01-16', 'Technologist Mag', 'WIRED', '2025-01-16', 'inferred'],
    ['networktoday-nypost-2025-01-14', 'Network Today', 'New York Post', '2025-01-14', 'inferred'],
    ['daily8-scmp-2025-06-05', 'Daily8', 'South China Morning Post', '2025-06-05', 'inferred'],
    ['nidrot-cnet-2025-01-17', 'nidrot.com', 'CNET', '2025-01-17', 'inferred'],
    ['actualnews-numerama-2025-01-14', 'Actual News Magazine', 'Numerama', '2025-01-14', 'inferred'],
    ['bci24news-epochtimes-2025-01-17', 'BCI24 News', 'The Epoch Times', '2025-01-17', 'inferred'],
    ['flashnewswire-nbc-2025-01-13', 'Flash News Wire', 'NBC News', '2025-01-13', 'inferred'],
    ['36kr-2026-02-04', '36Kr', 'PEdaily (投资界)', '2026-02-04', 'exact'],
  ])('%s: %s, reported by %s, published %s (%s)', (id, outlet, reportedBy, date, precision) => {
    const s = sourceById.get(id);
    expect(s).toBeDefined();
    expect(s?.outlet.startsWith(outlet)).toBe(true);
    expect(s?.reportedBy).toBe(reportedBy);
    expect(s?.published.date).toBe(date);
    expect(s?.published.precision).toBe(precision);
  });

  it.each([
    ['ihu-unisinos-conversation-2025-01-21', 'pt', 'The Conversation', 'en'],
    ['actualnews-numerama-2025-01-14', 'en', 'Numerama', 'fr'],
    ['newsamigo-cgtn-2025-01-16', 'es', 'CGTN', 'en'],
    ['36kr-2026-02-04', 'en', 'PEdaily (投资界)', 'zh'],
  ])('%s (%s) is a translation of %s (%s)', (id, language, outlet, original) => {
    expect(sourceById.get(id)?.language).toBe(language);
    expect(sourceById.get(id)?.translationOf).toEqual({ outlet, language: original });
  });

  it('gives the seeds no URL (none is in their copies) and every other source its page\'s, once', () => {
    const seeds = new Set(Object.keys(SEED_FILES));
    for (const s of data.sources) expect(s.url === undefined).toBe(seeds.has(s.id));
    const urls = data.sources.flatMap((s) => (s.url ? [s.url] : []));
    expect(new Set(urls).size).toBe(urls.length);
    expect(sourceById.get('gbaf-reuters-2025-01-14')?.authors).toEqual(['Eduardo Baptista', 'Katie Paul', 'Krystal Hu']);
    expect(sourceById.get('rfa-2025-01-15')?.authors).toBeUndefined();
  });

  it('explains every inferred date', () => {
    for (const s of data.sources.filter((x) => x.published.precision === 'inferred')) expect(s.published.basis).toMatch(/^No date (visible|in the text)/);
  });

  it.skipIf(!texts)(`marks a headline approximate exactly where its article's header does, and the seed copy without one${SKIPPED}`, () => {
    const marked = data.sources.filter((s) => s.titleApproximate).map((s) => s.id);
    const expected = data.sources
      .filter((s) => (s.url ? (articleFor(texts!, s) as ArticleText).titleApproximate : s.id === 'rfa-2025-01-15'))
      .map((s) => s.id);
    expect(marked).toEqual(expected);
  });
});

describe('figures', () => {
  it.each(figureRows)('%s: the interval follows from value and qualifier', (_id, f) => {
    const want = expectedInterval(f.value, f.qualifier, f.asWritten);
    for (const bound of ['low', 'high'] as const) {
      const got = f.interval[bound];
      const exp = want[bound];
      if (exp === null) expect(got).toBeNull();
      else expect(Math.abs((got ?? Number.NaN) - exp)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(exp)));
    }
  });

  it.each(figureRows)('%s: quote is short and states the number as written', (_id, f) => {
    expect(f.quote.length).toBeLessThanOrEqual(200);
    expect(f.quote).toContain(f.asWritten);
  });

  it.each(figureRows.filter(([, f]) => f.period?.start !== undefined || f.period?.end !== undefined))(
    '%s: the period is an ordered date range',
    (_id, f) => {
      const { start, end } = f.period ?? {};
      if (start !== undefined && end !== undefined) expect(dayOf(start)).toBeLessThanOrEqual(dayOf(end));
    },
  );

  it.each(figureRows.filter(([, f]) => namedWeekday(f.period?.text ?? '') >= 0))(
    '%s: a period named by weekday resolves to that weekday',
    (_id, f) => {
      const start = f.period?.start;
      expect(start).toBeDefined();
      expect(weekday(start ?? '')).toBe(namedWeekday(f.period?.text ?? ''));
    },
  );

  it.each(['40', '4', '79', '3-4', '3-4 minutes', '4 min', '29', '2010-2026', '2026', '2021', '2011', '2020'])(
    'no figure comes from page furniture or asides: asWritten is never "%s"',
    (furniture) => {
      expect(data.figures.filter((f) => f.asWritten === furniture)).toEqual([]);
    },
  );

  it('takes nothing from the related-story and "More from Finance" lists', () => {
    // RFA's only headline-like lines with numbers are its RELATED STORIES list.
    expect(data.figures.filter((f) => f.sourceId === 'rfa-2025-01-15' && f.position === 'headline')).toEqual([]);
    for (const f of data.figures) {
      expect(f.quote).not.toMatch(/\$49|\$716 million|\$109\.8 billion|\$600 million|79%|Issue \d/);
    }
  });
});

const REQUIRED_METRICS = [
  'rednote-new-users-two-days',
  'rednote-users',
  'rednote-live-chat-participants',
  'rednote-us-downloads-yoy-change',
  'rednote-us-downloads-wow-change',
  'lemon8-december-downloads',
  'lemon8-december-downloads-change',
  'rednote-valuation',
  'tiktok-us-users',
  'tiktokrefugee-hashtag-views',
  'onechance-share-price-rise',
  'tiktok-ban-enforcement-pause-days',
  // The quantities the world's reporting adds (ids other work relies on).
  'rednote-us-new-users-one-day',
  'rednote-us-daily-active-users',
  'rednote-us-daily-active-users-change',
  'rednote-profit-2024',
  'rednote-countries-topped-download-charts',
  'rednote-ios-daily-downloads-global',
  'rednote-ios-downloads-three-days',
  'rednote-us-app-store-rank',
  'rednote-moderator-monthly-pay',
  'tiktok-us-users-aged-18-29-share',
  'tiktok-extension-promised-days',
  'tiktok-law-divestment-days',
  'tiktokrefugee-hashtag-posts',
  'tiktokrefugee-hashtag-comments',
  'duolingo-us-mandarin-learners-growth',
  'yantai-china-pet-foods-share-price-rise',
  'gsr-fund-rednote-share-of-assets',
  'lemon8-google-play-downloads',
  'lemon8-us-downloads-total',
];

describe('metrics', () => {
  it.each(REQUIRED_METRICS)('%s exists and has figures', (id) => {
    expect(data.metrics.some((m) => m.id === id)).toBe(true);
    expect(figuresOf(id).length).toBeGreaterThan(0);
  });

  it.each(data.metrics.map((m) => [m.id, m] as const))('%s has at least one figure and distinct signals', (id, m) => {
    expect(figuresOf(id).length).toBeGreaterThan(0);
    expect(new Set(wordsOf(m.signals)).size).toBe(Object.values(m.signals).flat().length);
  });

  it.each(data.metrics.map((m) => [m.id, m] as const))('%s has signal words in every language its figures are written in', (id, m) => {
    const languages = new Set(figuresOf(id).map((f) => sourceById.get(f.sourceId)?.language));
    for (const language of languages) expect(m.signals[language ?? '?']?.length ?? 0, `${id}: no ${language} signals`).toBeGreaterThan(0);
  });

  it('no two metrics share the same set of signals', () => {
    const keys = data.metrics.map((m) => wordsOf(m.signals).sort().join('|'));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

type Check = (figures: Figure[]) => boolean;
const sameSourceValues =
  (...values: number[]): Check =>
  (fs) =>
    data.sources.some((s) => values.every((v) => fs.some((f) => f.sourceId === s.id && f.value === v)));
const hasQualifiers =
  (...qs: Qualifier[]): Check =>
  (fs) =>
    qs.every((q) => fs.some((f) => f.qualifier === q));
const hasValues =
  (...values: number[]): Check =>
  (fs) =>
    values.every((v) => fs.some((f) => f.value === v));
const hasPositions =
  (...ps: Figure['position'][]): Check =>
  (fs) =>
    ps.every((p) => fs.some((f) => f.position === p));
const fromSources =
  (n: number): Check =>
  (fs) =>
    new Set(fs.map((f) => f.sourceId)).size >= n;
const hasWritten =
  (...ws: string[]): Check =>
  (fs) =>
    ws.every((w) => fs.some((f) => f.asWritten === w));

describe('the differences the product exists to show are kept', () => {
  it.each<[string, string, Check]>([
    ['rednote-new-users-two-days', '500000 and 700000 from the same source', sameSourceValues(500000, 700000)],
    ['rednote-new-users-two-days', 'stated by all five sources', fromSources(5)],
    ['rednote-new-users-two-days', 'in headline, dek, caption, summary, key takeaways and body', hasPositions('headline', 'dek', 'caption', 'summary', 'key-takeaways', 'body')],
    ['rednote-new-users-two-days', '"half a million", "500,000" and "700,000"', hasWritten('half a million', '500,000', '700,000')],
    ['rednote-new-users-two-days', '"over" and "more-than"', hasQualifiers('over', 'more-than')],
    ['rednote-users', '"plus", "exact" and "nearly"', hasQualifiers('plus', 'exact', 'nearly')],
    ['rednote-users', '"300 million-plus" and "300 million"', hasWritten('300 million-plus', '300 million')],
    ['rednote-valuation', '"exact", "over" and "at least"', hasQualifiers('exact', 'over', 'at-least')],
    ['rednote-valuation', '$17, $20, $26, $31 and $50 billion', hasValues(17e9, 20e9, 26e9, 31e9, 50e9)],
    ['rednote-live-chat-participants', '"more-than" and "over"', hasQualifiers('more-than', 'over')],
    ['tiktok-ban-enforcement-pause-days', 'only the 75 days the executive orders gave', (fs) => fs.every((f) => f.value === 75) && fromSources(6)(fs)],
    ['tiktok-extension-promised-days', '60 or 90 days promised or reported', hasValues(60, 90)],
    ['tiktok-us-outage-hours', '12, 14 or 15 hours dark, and "less than 24"', hasValues(12, 14, 15, 24)],
    ['tiktok-us-users', '150, 170 and 175 million', hasValues(150e6, 170e6, 175e6)],
    ['tiktok-us-users', 'in Korean and Italian too', hasWritten('1억7,000만', '170 milioni')],
    ['rednote-new-users-two-days', 'more than two million (Bloomberg) beside 700,000', hasValues(2e6, 700_000)],
    ['rednote-new-users-two-days', 'in Hindi, Indonesian, Japanese and Portuguese too', hasWritten('7 लाख', '700 ribu', '70万', '700.000')],
    ['rednote-new-users-two-days', 'from at least 15 outlets', fromSources(15)],
    ['tiktokrefugee-hashtag-views', 'from 390,000 to 3.71 billion, in six languages', (fs) => hasValues(390_000, 3.71e9)(fs) && new Set(fs.map((f) => sourceById.get(f.sourceId)?.language)).size >= 5],
    ['duolingo-us-mandarin-learners-growth', '216% in three outlets and Chinese', (fs) => fs.every((f) => f.value === 216) && fromSources(4)(fs)],
    ['rednote-us-daily-active-users-change', 'Similarweb -54% and Sensor Tower -17%', hasValues(-54, -17)],
    ['rednote-moderator-monthly-pay', 'a range as its two ends', (fs) => hasQualifiers('at-least', 'up-to')(fs) && hasValues(4500, 8000)(fs)],
    ['tiktok-us-users', 'about 170 million in three sources', (fs) => hasQualifiers('about')(fs) && fromSources(3)(fs)],
    ['lemon8-december-downloads', 'about 3.4 million', (fs) => fs.every((f) => f.qualifier === 'about' && f.value === 3_400_000)],
    ['onechance-share-price-rise', '"as much as" is up-to', (fs) => fs.every((f) => f.qualifier === 'up-to')],
    ['rednote-censored-sensitive-terms', '"thousands" is order-of 1000', (fs) => fs.every((f) => f.qualifier === 'order-of' && f.value === 1000)],
  ])('%s: %s', (metricId, _what, check) => {
    expect(check(figuresOf(metricId))).toBe(true);
  });

  it('keeps a quantity that changes as one metric, each figure dated: RedNote\'s valuation from July 2024 to the end of 2025', () => {
    const byDate = new Map(figuresOf('rednote-valuation').filter((f) => f.asOf.basis === 'stated').map((f) => [f.asOf.date, f.value]));
    expect(byDate).toEqual(new Map([['2024', 17e9], ['2024-07', 17e9], ['2025-01', 20e9], ['2025-03-31', 26e9], ['2025-06-30', 31e9], ['2025-12', 50e9]]));
  });

  it.each(data.figures.filter((f) => f.asOf.basis === 'stated' && f.asOf.precision === 'day').map((f) => [f.id, f] as const))(
    '%s: a date stated to the day lies within its period, when it has one',
    (_id, f) => {
      if (f.period?.start) expect(dayOf(f.asOf.date)).toBeGreaterThanOrEqual(dayOf(f.period.start));
      if (f.period?.end) expect(dayOf(f.asOf.date)).toBeLessThanOrEqual(dayOf(f.period.end));
    },
  );

  it('keeps garbled statements as stated, flagged, with the note the card shows', () => {
    const suspect = data.figures.filter((f) => f.suspect);
    expect(suspect.map((f) => [f.sourceId, f.asWritten])).toEqual([
      ['fastcompany-2025-01-16', '700 million'],
      ['newschina-2025-02-19', '70,000'],
      ['vnexpress-2025-01-28', '700 million'],
    ]);
    for (const f of suspect) expect(f.note).toMatch(/^Likely a typo: every other outlet says 700,000/);
  });

  it('the new-users two-days figures keep one figure per statement (no duplicate quote per source)', () => {
    const keys = figuresOf('rednote-new-users-two-days').map((f) => `${f.sourceId}|${f.quote}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('events', () => {
  it.each<[string, string, 'day' | 'month' | 'year']>([
    ['rednote-launch', '2013', 'year'],
    ['tiktok-us-data-routed-to-oracle', '2022', 'year'],
    ['tiktok-banned-on-us-federal-devices', '2023-02', 'month'],
    ['shou-zi-chew-house-testimony', '2023-03-23', 'day'],
    ['montana-bans-tiktok', '2023-05', 'month'],
    ['house-passes-tiktok-bill', '2024-03', 'month'],
    ['canada-orders-bytedance-operations-dissolved', '2024-11', 'month'],
    ['bytedance-links-lemon8-and-tiktok-logins', '2024-11', 'month'],
    ['tiktok-refugees-live-chat', '2025-01-13', 'day'],
    ['rednote-tops-us-app-charts', '2025-01-13', 'day'],
    ['reuters-reports-700000-new-users', '2025-01-14', 'day'],
    ['lemon8-second-on-us-app-store', '2025-01-14', 'day'],
    ['onechance-shares-hit-daily-limit', '2025-01-14', 'day'],
    ['rednote-tops-app-store-in-britain-canada-ireland-italy', '2025-01-16', 'day'],
    ['supreme-court-upholds-tiktok-law', '2025-01-17', 'day'],
    ['tiktok-goes-dark-in-us', '2025-01-18', 'day'],
    ['lemon8-and-bytedance-apps-go-dark', '2025-01-18', 'day'],
    ['tiktok-back-online-in-us', '2025-01-19', 'day'],
    ['tiktok-ban-deadline', '2025-01-19', 'day'],
    ['douyin-opens-to-international-sign-ups', '2025-01-19', 'day'],
    ['trump-becomes-president', '2025-01-20', 'day'],
    ['trump-signs-tiktok-executive-order', '2025-01-20', 'day'],
    ['tiktok-placed-under-us-review', '2019-11', 'month'],
    ['trump-first-flags-tiktok', '2020-07', 'month'],
    ['lemon8-us-launch', '2023-02', 'month'],
    ['tiktok-law-signed', '2024-04', 'month'],
    ['trump-warm-spot-remark', '2024-12', 'month'],
    ['supreme-court-hears-tiktok-arguments', '2025-01-10', 'day'],
    ['rednote-concept-stocks-surge', '2025-01-14', 'day'],
    ['tiktok-removed-from-us-app-stores', '2025-01-18', 'day'],
    ['trump-promises-to-delay-tiktok-ban', '2025-01-19', 'day'],
    ['us-official-says-rednote-could-face-restrictions', '2025-01-20', 'day'],
    ['tiktok-back-in-us-app-stores', '2025-02-13', 'day'],
    ['trump-extends-tiktok-deadline-again', '2025-04', 'month'],
  ])('%s on %s (%s)', (id, date, precision) => {
    const e = eventById.get(id);
    expect(e?.date).toEqual({ date, precision });
  });

  it.each(data.events.filter((e) => e.date.date.startsWith('2025-01')).map((e) => [e.id, e] as const))(
    '%s: events of January 2025 are dated to the day',
    (_id, e) => {
      expect(e.date.precision).toBe('day');
    },
  );

  it.each(reportRows)('%s: the quote is at most 200 characters', (_id, r) => {
    expect(r.quote.length).toBeLessThanOrEqual(200);
  });

  /**
   * Reports whose weekday the text itself ties to a date further back (VnExpress, writing on 28
   * January, says TikTok came back "late on Sunday" right after "ceased operations on Jan. 19").
   */
  const DATED_BY_CONTEXT = new Set(['vnexpress-2025-01-28']);
  it.each(reportRows.filter(([, r]) => namedWeekday(r.dateAsWritten ?? '') >= 0))(
    '%s: a weekday resolves to that weekday, in the week before publication (or after it, for what is still ahead)',
    (_id, r) => {
      expect(r.date.precision).toBe('day');
      expect(weekday(r.date.date)).toBe(namedWeekday(r.dateAsWritten ?? ''));
      const published = sourceById.get(r.sourceId)?.published.date;
      expect(published).toBeTruthy();
      const daysBefore = (dayOf(published ?? '') - dayOf(r.date.date)) / DAY_MS;
      if (DATED_BY_CONTEXT.has(r.sourceId)) return;
      expect(daysBefore).toBeGreaterThan(-7);
      expect(daysBefore).toBeLessThan(7);
    },
  );

  const datesOf = (eventId: string) => Object.fromEntries((eventById.get(eventId)?.reports ?? []).map((r) => [r.sourceId, r.date.date]));
  it.each<[string, string, Record<string, string>]>([
    ['rednote-tops-us-app-charts', 'Monday 13, Tuesday 14 or Wednesday 15 January', { 'scmp-2025-01-17': '2025-01-13', 'krasia-2025-01-14': '2025-01-14', 'rfa-2025-01-15': '2025-01-15', 'koreatimes-us-2025-01-15': '2025-01-13', 'ffsy56-2025-01-16': '2025-01-14' }],
    ['tiktok-goes-dark-in-us', 'Saturday 18 or Sunday 19 January', { 'thr-2025-01-21': '2025-01-18', 'newschina-2025-02-19': '2025-01-18', 'prohibitionpr-2025-01-20': '2025-01-19', 'legalunitedstates-2025-02-13': '2025-01-19' }],
    ['tiktok-removed-from-us-app-stores', '18 or 19 January', { 'biznob-2025-02-13': '2025-01-18', 'ihu-unisinos-conversation-2025-01-21': '2025-01-19' }],
    ['supreme-court-upholds-tiktok-law', '17 January, or "one day before" the ban', { 'dorsey-2025-01-17': '2025-01-17', 'voiceofasia-2025-02-14': '2025-01-18', 'biznob-2025-02-13': '2025-01' }],
    ['trump-signs-tiktok-executive-order', '20 or 21 January (Japan time)', { 'yahoo-reuters-2025-01-21': '2025-01-20', 'appliv-2025-02-14': '2025-01-21' }],
    ['tiktok-ban-deadline', '19 January, or 20 for VnExpress', { 'rfa-2025-01-15': '2025-01-19', 'vnexpress-2025-01-28': '2025-01-20' }],
    ['tiktok-back-in-us-app-stores', '13 or 14 February', { 'biznob-2025-02-13': '2025-02-13', 'appliv-2025-02-14': '2025-02-14' }],
  ])('keeps each source its own date for %s: %s', (eventId, _what, dates) => {
    expect(datesOf(eventId)).toMatchObject(dates);
  });

  it('keeps a day and a month for the same testimony', () => {
    const chew = eventById.get('shou-zi-chew-house-testimony')?.reports ?? [];
    expect(new Set(chew.map((r) => r.date.precision))).toEqual(new Set(['day', 'month']));
  });

  it('has the ban deadline reported by most sources', () => {
    const reports = eventById.get('tiktok-ban-deadline')?.reports ?? [];
    expect(new Set(reports.map((r) => r.sourceId)).size).toBeGreaterThanOrEqual(30);
    expect(reports.filter((r) => r.date.date !== '2025-01-19').map((r) => r.sourceId)).toEqual(['vnexpress-2025-01-28']);
  });
});
