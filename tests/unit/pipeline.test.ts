import { describe, expect, it } from 'vitest';
import { buildLinkIndex, findOtherSubjects, linkFigure, type FigureContext } from '../../utils/reading/background/link';
import { linkDate } from '../../utils/reading/background/link-dates';
import type { Figure } from '../../utils/schema';
import { readExtracted, sentenceSpans } from '../../utils/reading/background/read';
import { readPage } from '../../utils/reading/pipeline';
import { BUNDLED, BUNDLED_INDEX as index, BUNDLED_READING } from '../support/bundled';
import { extractPage } from '../../utils/reading/page/extract-page';
import { outlinePage } from '../../utils/content/outline';
import { extractOutline } from '../../utils/reading/background/read-outline';
import { hugeArticleHtml, loadPage, parseHtml } from './dom';
import { sliceOf } from '../../utils/reading/page/slicing';

const read = (page: string) => readPage(loadPage(page), BUNDLED_READING);
const linked = (page: string) => read(page).figures.map((f) => [f.text, f.metric]);

describe('reading fixture pages end to end', () => {
  it.each([
    ['wire-local-news.html', true, true, '2025-01-14'],
    ['magazine-explainer.html', true, true, '2025-01-15'],
    ['div-soup-finance.html', true, true, '2025-01-14'],
    ['trade-entertainment.html', true, true, '2025-01-21'],
    ['chinese-xiaohongshu.html', true, true, '2025-01-15'],
    ['scmp-graph.html', true, true, '2025-01-17'],
    ['lookalike-rival-app.html', true, true, '2025-01-16'],
    ['german-rednote.html', true, true, '2025-01-15'],
    ['japanese-rednote.html', true, true, '2025-01-16'],
    ['recipe-viral-tiktok.html', true, false, '2025-01-18'],
    ['meta-app-launch.html', true, false, '2025-01-20'],
    ['festival-numbers.html', true, false, '2025-01-19'],
    ['passing-mention-chart.html', true, false, '2025-01-17'],
    ['news-home.html', false, false, null],
    ['section-front-tech.html', false, false, null],
    ['shop-phone-case.html', false, false, null],
    ['docs-api.html', false, false, null],
  ])('%s: article %s, on topic %s, published %s', (page, article, onTopic, publishedAt) => {
    const reading = read(page);
    expect([reading.article, reading.onTopic]).toEqual([article, onTopic]);
    if (article) expect(reading.publishedAt).toBe(publishedAt);
    if (!onTopic) expect(reading.figures).toEqual([]); // nothing is marked off topic
  });

  it.each([
    ['wire-local-news.html', 'Over half a million', 'rednote-new-users-two-days'],
    ['wire-local-news.html', 'more than 700,000', 'rednote-new-users-two-days'],
    ['wire-local-news.html', 'more than 50,000', 'rednote-live-chat-participants'],
    ['wire-local-news.html', 'more than 200%', 'rednote-us-downloads-yoy-change'],
    ['wire-local-news.html', '194%', 'rednote-us-downloads-wow-change'],
    ['wire-local-news.html', '190%', 'lemon8-december-downloads-change'],
    ['wire-local-news.html', 'roughly 3.4 million', 'lemon8-december-downloads'],
    ['wire-local-news.html', '$17 billion', 'rednote-valuation'],
    ['wire-local-news.html', 'more than 300 million', 'rednote-users'],
    ['wire-local-news.html', 'as much as 20%', 'onechance-share-price-rise'],
    ['wire-local-news.html', 'Around 170 million', 'tiktok-us-users'],
    ['div-soup-finance.html', 'Over 500,000', 'rednote-new-users-two-days'],
    ['div-soup-finance.html', '300 million-plus', 'rednote-users'],
    ['scmp-graph.html', 'nearly 300 million', 'rednote-users'],
    ['magazine-explainer.html', 'some 300 million', 'rednote-users'],
    ['trade-entertainment.html', 'over 35 million', 'tiktokrefugee-hashtag-views'],
    ['trade-entertainment.html', 'over $17 billion', 'rednote-valuation'],
    // "said he would likely grant a 90-day reprieve": the extension Trump promised, not the 75 days his order gave.
    ['trade-entertainment.html', '90-day', 'tiktok-extension-promised-days'],
    ['trade-entertainment.html', '75', 'tiktok-ban-enforcement-pause-days'],
    ['chinese-xiaohongshu.html', '超70万', 'rednote-new-users-two-days'],
    ['chinese-xiaohongshu.html', '超过3亿', 'rednote-users'],
    ['chinese-xiaohongshu.html', '170亿美元', 'rednote-valuation'],
    ['chinese-xiaohongshu.html', '1.7亿', 'tiktok-us-users'],
    ['lookalike-rival-app.html', 'more than 700,000', 'rednote-new-users-two-days'],
    ['lookalike-rival-app.html', '194%', 'rednote-us-downloads-wow-change'],
    ['german-rednote.html', 'Mehr als 700.000', 'rednote-new-users-two-days'],
    ['german-rednote.html', 'mehr als 700.000', 'rednote-new-users-two-days'],
    ['german-rednote.html', '194 Prozent', 'rednote-us-downloads-wow-change'],
    ['german-rednote.html', 'rund 300 Millionen', 'rednote-users'],
    ['german-rednote.html', '17 Milliarden Dollar', 'rednote-valuation'],
    ['german-rednote.html', 'rund 170 Millionen', 'tiktok-us-users'],
    ['german-rednote.html', '75', 'tiktok-ban-enforcement-pause-days'],
    ['japanese-rednote.html', '70万人以上', 'rednote-new-users-two-days'],
    ['japanese-rednote.html', '194%', 'rednote-us-downloads-wow-change'],
    ['japanese-rednote.html', '約3億', 'rednote-users'],
    ['japanese-rednote.html', '170億ドル', 'rednote-valuation'],
    ['japanese-rednote.html', '約1億7000万', 'tiktok-us-users'],
    ['japanese-rednote.html', '75', 'tiktok-ban-enforcement-pause-days'],
  ])('%s links "%s" to %s', (page, text, metric) => {
    expect(linked(page)).toContainEqual([text, metric]);
  });

  it.each([
    ['lookalike-rival-app.html', '702,900'], // a rival app's downloads in 48 hours
    ['lookalike-rival-app.html', '200,000'], // "We were built for 200,000 users", said the rival's CEO
    ['lookalike-rival-app.html', 'a million'],
    ['lookalike-rival-app.html', 'roughly 310,000'],
    ['wire-local-news.html', 'Two'], // two sources
    ['trade-entertainment.html', '6.1 million'], // a creator the dataset does not know
    ['malformed-jsonld.html', '80,000'],
    ['german-rednote.html', '702.900'], // Instagram's downloads
  ])('%s leaves "%s" unlinked', (page, text) => {
    const found = read(page).figures.filter((f) => f.text === text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.metric === null)).toBe(true);
  });

  it.each([
    ['german-rednote.html', '216 Prozent', 'duolingo-us-mandarin-learners-growth'], // Duolingo's learners, not RedNote's
    ['japanese-rednote.html', '20万件を超え', 'tiktokrefugee-hashtag-posts'], // posts under the hashtag, not its views
    ['japanese-rednote.html', '2億回を超え', 'tiktokrefugee-hashtag-views'],
  ])('%s links "%s" to its own metric, %s', (page, text, metric) => {
    const found = read(page).figures.filter((f) => f.text === text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.metric === metric)).toBe(true);
  });

  it.each([
    ['wire-local-news.html', 'Monday', '2025-01-13', 'tiktok-refugees-live-chat'],
    ['wire-local-news.html', 'Jan. 19', '2025-01-19', 'tiktok-ban-deadline'],
    ['trade-entertainment.html', 'Jan. 13', '2025-01-13', 'tiktok-refugees-live-chat'],
    ['trade-entertainment.html', 'Friday', '2025-01-17', 'supreme-court-upholds-tiktok-law'],
    ['trade-entertainment.html', 'Saturday night', '2025-01-18', 'tiktok-goes-dark-in-us'],
    ['trade-entertainment.html', 'Sunday morning', '2025-01-19', 'tiktok-back-online-in-us'],
    ['no-head.html', 'Monday', '2025-01-20', 'trump-signs-tiktok-executive-order'],
    ['scmp-graph.html', 'Thursday', '2025-01-16', 'rednote-tops-app-store-in-britain-canada-ireland-italy'],
    ['scmp-graph.html', '2013', '2013', 'rednote-launch'],
    // Told apart from the other events of the same day by the words only one of them uses.
    ['trade-entertainment.html', 'Jan. 10, 2025', '2025-01-10', 'supreme-court-hears-tiktok-arguments'],
    ['no-head.html', 'Saturday night', '2025-01-18', 'lemon8-and-bytedance-apps-go-dark'],
    ['magazine-explainer.html', 'Jan. 19', '2025-01-19', 'tiktok-ban-deadline'],
    ['magazine-explainer.html', 'last year', '2024', 'tiktok-law-signed'],
    ['hostile-styles.html', 'Jan. 19', '2025-01-19', 'tiktok-ban-deadline'],
  ])('%s resolves "%s" to %s and links %s', (page, text, date, event) => {
    expect(read(page).dates.filter((d) => d.text === text).map((d) => [d.date, d.event])).toContainEqual([date, event]);
  });

  it.each([
    ['german-rednote.html', 'Montag', '2025-01-13'],
    ['german-rednote.html', '19. Januar', '2025-01-19'],
    ['japanese-rednote.html', '1月19日', '2025-01-19'],
    ['japanese-rednote.html', '月曜日', '2025-01-13'],
  ])('%s resolves "%s" to %s', (page, text, date) => {
    expect(read(page).dates.filter((d) => d.text === text).map((d) => d.date)).toContain(date);
  });

  it('does not link a date in a sentence about another app', () => {
    const wednesday = read('lookalike-rival-app.html').dates.find((d) => d.text === 'Wednesday');
    expect(wednesday).toMatchObject({ date: '2025-01-15', event: null });
  });
});

describe('linking one number', () => {
  const context = (sentence: string, number: string, extra: Partial<FigureContext> = {}): FigureContext => {
    const start = sentence.indexOf(number);
    return { value: 0, unit: null, qualifier: 'exact', sentence, start, end: start + number.length, previous: '', title: '', otherSubjects: [], ...extra };
  };
  it.each([
    ['RedNote signed up more than 700,000 new users in two days.', 'more than 700,000', { value: 700_000, unit: 'users' as const, qualifier: 'more-than' as const }, 'rednote-new-users-two-days'],
    ['Its valuation was last put at $17 billion, investors said of RedNote.', '$17 billion', { value: 17e9, unit: 'usd' as const }, 'rednote-valuation'],
    ['Lemon8 downloads jumped by 190% in December.', '190%', { value: 190, unit: 'percent' as const }, 'lemon8-december-downloads-change'],
    ['A rival, Lumio, said 702,900 new users joined in 48 hours.', '702,900', { value: 702_900, unit: 'users' as const, otherSubjects: ['lumio'] }, null],
    ['The festival drew 700,000 visitors over two days.', '700,000', { value: 700_000, unit: 'people' as const }, null],
    ['RedNote is valued at $49.', '$49', { value: 49, unit: 'usd' as const }, null],
    ['About 170 million Americans use TikTok.', 'About 170 million', { value: 170e6, unit: 'people' as const, qualifier: 'about' as const }, 'tiktok-us-users'],
    ['It ranked No. 1 in Britain, RedNote said.', '1', { value: 1 }, null],
  ])('%s → %s', (sentence, number, extra, metric) => {
    expect(linkFigure(context(sentence, number, extra), index)?.metricId ?? null).toBe(metric);
  });

  it('uses the sentence before for "its"', () => {
    const ctx = context('Its downloads rose 190% in December to about 3.4 million.', '190%', { value: 190, unit: 'percent', previous: 'Lemon8 is owned by ByteDance.' });
    expect(linkFigure(ctx, index)?.metricId).toBe('lemon8-december-downloads-change');
  });

  it('refuses when the sentence before names another app', () => {
    const ctx = context('"We were built for 200,000 users," she said.', '200,000', { value: 200_000, unit: 'users', previous: "Lumio's chief executive said the company hired moderators.", otherSubjects: ['lumio'] });
    expect(linkFigure(ctx, index)).toBeNull();
  });
});

describe('linking against the values the dataset holds', () => {
  const figure = (id: string, metricId: string, value: number, unit: Figure['unit'], suspect?: boolean): Figure => ({
    id, sourceId: 's', metricId, value, asWritten: String(value), qualifier: 'exact', interval: { low: value, high: value }, unit, scope: 'unstated',
    asOf: { date: '2025-01-20', precision: 'day', basis: 'published' }, position: 'body', quote: String(value), ...(suspect ? { suspect } : {}),
  });
  const data = (suspect: boolean) =>
    buildLinkIndex({
      story: { actors: [{ id: 'rednote', name: 'RedNote', role: 'anchor', aliases: { en: ['rednote'] } }], otherNames: [] },
      metrics: [
        { id: 'new-users', label: 'New users', unit: 'users', subject: 'rednote', scope: 'unstated', signals: { en: ['new users'] } },
        { id: 'active-users-change', label: 'Change in active users', unit: 'percent', subject: 'rednote', scope: 'us', signals: { en: ['fell by'] } },
      ],
      figures: [figure('a', 'new-users', 700_000, 'users'), figure('b', 'new-users', 70_000, 'users', suspect), figure('c', 'active-users-change', -54, 'percent')],
      events: [],
    });
  const at = (sentence: string, number: string, value: number, unit: Figure['unit']): FigureContext => {
    const start = sentence.indexOf(number);
    return { value, unit, qualifier: 'exact', sentence, start, end: start + number.length, previous: '', title: '', otherSubjects: [] };
  };

  it('lets no garbled (suspect) statement pull numbers of its order to its metric', () => {
    const ctx = at('Some 65,000 new users joined RedNote.', '65,000', 65_000, 'users');
    expect(linkFigure(ctx, data(false))?.metricId).toBe('new-users');
    expect(linkFigure(ctx, data(true))).toBeNull();
  });

  it('matches a fall written as a size ("fell by 54%") with a change kept as -54', () => {
    expect(linkFigure(at("RedNote's US active users fell by 54% on Monday.", '54%', 54, 'percent'), data(true))?.evidence).toEqual(['unit percent', 'subject RedNote', '"fell by"']);
    expect(linkFigure(at("RedNote's US active users fell by 54% on Monday.", '54%', 54, 'percent'), data(true))?.score).toBe(2 + 2 + 3 + 3);
  });
});

describe('reading a text', () => {
  it.each([
    ['One. Two.', ['One. ', 'Two.']],
    ['U.S. downloads rose. Then fell.', ['U.S. downloads rose. ', 'Then fell.']],
    ['The Jan. 19 deadline looms. It is close.', ['The Jan. 19 deadline looms. ', 'It is close.']],
    ['美国用户涌入小红书。两天新增70万。', ['美国用户涌入小红书。', '两天新增70万。']],
    ['"We love it." She said so.', ['"We love it." ', 'She said so.']],
    // A block broken by <br>: each line is a paragraph, with or without its full stop.
    ['特に若年層が約60%を占め、動きが広がりました\nこのような背景の中、小紅書は首位に立ちました。', ['特に若年層が約60%を占め、動きが広がりました\n', 'このような背景の中、小紅書は首位に立ちました。']],
    ['RedNote topped the chart\n\nIt had 300 million users. Then more.', ['RedNote topped the chart\n\n', 'It had 300 million users. ', 'Then more.']],
  ])('splits %j into sentences', (text, sentences) => {
    expect(sentenceSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(sentences);
  });

  it.each([
    ['Lumio, a two-year-old video app based in Austin, gained users.', ['lumio']],
    ['Threads, the Meta platform, grew.', ['threads']],
    ['RedNote, a Chinese app, grew.', []],
    ['No app is named here.', []],
  ])('finds other apps in %j', (text, names) => {
    expect(findOtherSubjects(text, index)).toEqual(names);
  });

  it('links a date only with words in common', () => {
    expect(linkDate({ date: '2025-01-19', precision: 'day', sentence: 'The Jan. 19 deadline for the ban arrived.' }, index)).toBe('tiktok-ban-deadline');
    expect(linkDate({ date: '2025-01-19', precision: 'day', sentence: 'My cousin married on Jan. 19.' }, index)).toBeNull();
  });
});

describe('lists of numbers', () => {
  it('links no number in a sentence that lists many', () => {
    const sentence = 'RedNote sign-ups by county: 512,004, 698,310, 701,220, 640,001, 733,912, 580,440, 610,333, 702,118, 655,000.';
    const spans = [...sentence.matchAll(/\d[\d,]*\d/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const [first, ...rest] = spans;
    const context: FigureContext = { value: 512_004, unit: null, qualifier: 'exact', sentence, start: first!.start, end: first!.end, previous: '', title: 'RedNote', otherSubjects: [], neighbours: rest };
    expect(linkFigure(context, index)).toBeNull();
    expect(linkFigure({ ...context, neighbours: rest.slice(0, 2) }, index)?.metricId).toBe('rednote-new-users-two-days');
  });
});

describe('the language of a page that declares none', () => {
  it('is guessed in the background from the text, not in the page', () => {
    const doc = loadPage('div-soup-finance.html');
    expect(extractPage(doc).page.language).toBeNull();
    expect(readPage(doc, { story: BUNDLED.story, index }).language).toBe('en');
  });
});

describe("finding the article in a page's outline gently, as the background does", () => {
  it('gives what the one-go extraction gives, pausing between its steps', async () => {
    const doc = loadPage('wire-local-news.html');
    let pauses = 0;
    const gentle = await extractOutline(outlinePage(doc).outline, { pause: async () => void pauses++ });
    expect(gentle.page).toEqual(extractPage(doc).page);
    // After the survey of the page's text, after finding the body, after the measures, after collecting the blocks.
    expect(pauses).toBe(4);
  });

  it('slices its passes over a long page when given a slice time, and reads the same', async () => {
    const doc = parseHtml(hugeArticleHtml(100_000));
    let unsliced = 0;
    await extractOutline(outlinePage(doc).outline, { pause: async () => void unsliced++ });
    let sliced = 0;
    // A slice of no time: due at every check (every 256 nodes of a pass).
    const gentle = await extractOutline(outlinePage(doc).outline, { pause: async () => void sliced++, sliceMs: 0 });
    expect(unsliced).toBe(4);
    expect(sliced).toBeGreaterThan(unsliced + 10);
    expect(gentle.page).toEqual(extractPage(doc).page);
  });

  it.each([
    ['not yet due', [0, 5], [false]],
    ['due once the budget has passed, then a new slice begins', [0, 8, 10, 16], [true, false, true]],
  ])('a slice of 8 ms: %s', (_, clock, expected) => {
    const times = [...clock];
    const due = sliceOf(8, () => times.shift()!);
    expect(expected.map(() => due())).toEqual(expected);
  });

  it('extracts a page that is not an article too, and the background refuses it from its measures', async () => {
    let pauses = 0;
    const doc = loadPage('news-home.html');
    const gentle = await extractOutline(outlinePage(doc).outline, { pause: async () => void pauses++ });
    expect(pauses).toBe(4);
    expect(gentle.page.features).toEqual(extractPage(doc).page.features);
    const reading = readExtracted(gentle.page, BUNDLED.story, index);
    expect([reading.article, reading.onTopic, reading.figures]).toEqual([false, false, []]);
    expect(reading.articleSignals[0]).toMatch(/^not an article \(score -?\d/);
  });
});
