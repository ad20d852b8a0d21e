/**
 * How a date a page gives is linked to the event it names (`linkDate`), against a few events made
 * for the tests: the same date (or one within the other's month or year) and words in common,
 * weighed by how few events share them; and where a word stands in a number's sentence
 * (link-places.ts): whole words, clauses, ranges.
 */
import { describe, expect, it } from 'vitest';
import { buildLinkIndex } from '../../utils/reading/background/link';
import { linkDate, type DateContext } from '../../utils/reading/background/link-dates';
import { clauseOf, gap, includesTerm, placeOf, RANGE_JOIN } from '../../utils/reading/background/link-places';
import type { PartialDate, StoryEvent } from '../../utils/schema';

const day = (date: string): PartialDate => ({ date, precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year' });
const event = (id: string, date: string, title: string, ...reports: [quote: string, date: string][]): StoryEvent => ({
  id, date: day(date), title, reports: reports.map(([quote, on]) => ({ sourceId: 'wire', quote, date: day(on) })),
});

/** A week of the story, as the wires reported it. */
function week() {
  return buildLinkIndex({
    story: { actors: [], otherNames: [] },
    metrics: [],
    figures: [],
    events: [
      event('court-hears', '2025-01-10', 'Supreme Court hears the TikTok case', ['The justices heard arguments over the TikTok law', '2025-01-10'], ['Oral arguments were held this month', '2025-01']),
      event('rednote-tops', '2025-01-14', 'RedNote tops the App Store', ['RedNote became the most downloaded free app on the App Store', '2025-01-14']),
      event('lemon8-second', '2025-01-14', 'Lemon8 climbs to second on the App Store', ['Lemon8, also owned by ByteDance, was second on the App Store', '2025-01-14']),
      event('capcut-third', '2025-01-14', 'CapCut ranks third on the App Store', ['CapCut was third on the App Store', '2025-01-14']),
      // Asia's Sunday morning was America's Saturday night.
      event('goes-dark', '2025-01-18', 'TikTok goes dark in the US', ['TikTok went offline late on Saturday', '2025-01-18'], ['In Asia, TikTok disappeared on Sunday morning', '2025-01-19']),
      event('ban-deadline', '2025-01-19', 'TikTok ban takes effect', ['The ban on TikTok takes effect on Jan. 19', '2025-01-19']),
      event('law-signed', '2024-04', 'Biden signs the law forcing a sale of TikTok', ['President Biden signed the divest-or-ban bill in April', '2024-04']),
      event('rednote-launch', '2013', 'RedNote launches in Shanghai', ['Xiaohongshu was founded in Shanghai in 2013', '2013']),
    ],
  });
}

describe('the event a date names', () => {
  it.each<[string, string, string | null, string[]?]>([
    ['The ban on TikTok took effect on Jan. 19.', '2025-01-19', 'ban-deadline'],
    ['The ban on TikTok took effect on Jan. 20.', '2025-01-20', null],
    ['TikTok went offline on Saturday night.', '2025-01-18', 'goes-dark'],
    // Words every event of the day shares tell nothing; the one word only one of them uses does.
    ['Lemon8 rose on the App Store on Tuesday.', '2025-01-14', 'lemon8-second'],
    ['RedNote rose on the App Store on Tuesday.', '2025-01-14', 'rednote-tops'],
    ['Shares of app makers rose on Tuesday.', '2025-01-14', null],
    ['Downloads jumped on the App Store on Tuesday.', '2025-01-14', null],
    ['The app was offline for hours on Saturday.', '2025-01-18', 'goes-dark'],
    ['TikTok disappeared in Asia on Sunday.', '2025-01-19', 'goes-dark'],
    ['Judges took up the case on Jan. 10.', '2025-01-10', 'court-hears'],
    // A word most of the story's events use weighs little even alone on its date.
    ['TikTok said nothing on Jan. 19.', '2025-01-19', null],
    // The date's own words are not words in common.
    ['Saturday night was quiet.', '2025-01-18', null],
    ['Quiet on Sunday morning, Jan. 19, and on Monday, Jan. 20.', '2025-01-19', null],
    // A month or a year names the day-dated event within it, and a day the month-dated event.
    ['In January the ban on TikTok took effect.', '2025-01', 'ban-deadline'],
    ['Biden signed the bill on April 24.', '2024-04-24', 'law-signed'],
    ['Biden signed the bill in April.', '2024-04', 'law-signed'],
    ['Biden signed the bill in March.', '2024-03', null],
    ['Xiaohongshu was founded in Shanghai in 2013.', '2013', 'rednote-launch'],
    ['Xiaohongshu was founded in Shanghai in 2014.', '2014', null],
    // A report dated less precisely than its event ("this month") does not date it.
    ['The justices heard arguments over the TikTok law on Jan. 5.', '2025-01-05', null],
    ['The justices heard arguments over the TikTok law on Jan. 10.', '2025-01-10', 'court-hears'],
    // A sentence about an app the article introduced is not about the story's events.
    ['Pixly said the ban on TikTok took effect on Jan. 19.', '2025-01-19', null, ['pixly']],
    ['Pixly said the ban on TikTok took effect on Jan. 19.', '2025-01-19', 'ban-deadline', ['lumio']],
  ])('%s (%s)', (sentence, date, id, others) => {
    const context: DateContext = { sentence, ...day(date) };
    expect(linkDate(context, week(), others)).toBe(id);
  });
});

describe('the words of a date', () => {
  // The event's report and the page share only the way the date is written: not a word in common.
  it.each([
    'Jan. 6', 'Feb. 3', 'Mar. 4', 'Apr. 24', 'Jun. 2', 'Jul. 8', 'Aug. 19', 'Sep. 9', 'Sept. 9', 'Oct. 1', 'Nov. 5', 'Dec. 18',
    'Tuesday morning', 'Friday night', 'Monday evening', 'Sunday afternoon', 'this week', 'today', 'yesterday',
  ])('%s', (written) => {
    const index = buildLinkIndex({
      story: { actors: [], otherNames: [] }, metrics: [], figures: [],
      events: [event('hearing', '2024-06-02', 'Lawmakers hold a hearing', [`Lawmakers met ${written}`, '2024-06-02'])],
    });
    expect(linkDate({ sentence: `It was quiet ${written}.`, ...day('2024-06-02') }, index)).toBeNull();
    expect(linkDate({ sentence: `Lawmakers met ${written}.`, ...day('2024-06-02') }, index)).toBe('hearing');
  });
});

describe('where a word stands in a number’s sentence', () => {
  it.each<[string, string, boolean]>([
    ['top 10 on google play', 'google play', true],
    ['googleplay top 10', 'google', false],
    ['the app store’s chart', 'app store', true],
    ['app stores', 'app store', false],
    ['no. 1 in the appstore', 'app store', false],
    ['美国app store社交免费榜', 'app store', true],
    ['美国app store社交免费榜', '社交', true],
    ['社交免费榜', '免费', true],
    ['小红书app排名第一', '小红书', true],
    ['加入tiktok难民app社区', 'tiktok难民', true],
    ['redownloads rose', 'downloads', false],
    ['ranked 1st', '1st', true],
    ['ranked 21st', '1st', false],
    ['top-10', 'top', true],
    ['', 'top', false],
  ])('%j has %j: %s', (haystack, term, found) => {
    expect(includesTerm(haystack, term)).toBe(found);
  });

  it.each<[string, string, string]>([
    ['截至1月16日,小红书在80个国家下载量夺冠,并在53个国家进入前十。', '80', '小红书在80个国家下载量夺冠'],
    ['截至1月16日,小红书在80个国家下载量夺冠,并在53个国家进入前十。', '53', '并在53个国家进入前十。'],
    ['RedNote ranked first in the US; in France, it was fourth.', 'fourth', ' it was fourth.'],
    ['No. 1: RedNote, on the App Store', '1', 'No. 1'],
    ['In Japan: 3位', '3位', ' 3位'],
    ['排名：第3名；社交榜第1名', '第3名', '第3名'],
  ])('the clause of "%s" around %s', (sentence, number, clause) => {
    const start = sentence.indexOf(number);
    expect(clauseOf(sentence, { start, end: start + number.length })).toBe(clause);
  });

  it.each<[string, boolean]>([
    [' to ', true], [' or ', true], [' and ', true], [' through ', true], ['–', true], ['-', true], [' — ', true], ['~', true], ['～', true], ['到', true], ['至', true],
    ['\u00a0to\u00a0', true], [' TO ', true], [' into ', false], [' of ', false], [', ', false], [' to about ', false], ['', false],
  ])('%j joins a range: %s', (between, joins) => {
    expect(RANGE_JOIN.test(between)).toBe(joins);
  });

  it.each<[string, string, string, string[], { distance: number; nearer: boolean; clause: boolean } | null]>([
    ['RedNote was No. 1 on the App Store.', '1', 'app store', [], { distance: 8, nearer: false, clause: true }],
    ['RedNote was No. 1, the App Store said.', '1', 'app store', [], { distance: 6, nearer: false, clause: false }],
    ['The App Store put RedNote at No. 1.', '1', 'app store', [], { distance: 20, nearer: false, clause: true }],
    ['App Store charts put RedNote at No. 1.', '1', 'app store', [], { distance: 27, nearer: false, clause: true }],
    ['RedNote was No. 1 and Lemon8 No. 2 on the App Store.', '1', 'app store', ['2'], { distance: 25, nearer: true, clause: true }],
    ['RedNote was No. 1 on the App Store and No. 2 on Google Play.', '1', 'app store', ['2'], { distance: 8, nearer: false, clause: true }],
    ['RedNote was No. 1 on the App Store, Lemon8 No. 2.', '1', 'app store', ['2'], { distance: 8, nearer: false, clause: true }],
    ['RedNote was No. 1; Lemon8, No. 2 on the App Store.', '1', 'app store', ['2'], { distance: 23, nearer: true, clause: false }],
    ['RedNote was No. 1 on the appstore.', '1', 'app store', [], null],
    ['RedNote was No. 1 in the App Store in the 2 weeks after.', '1', 'app store', ['2'], { distance: 8, nearer: false, clause: true }],
    ['Among app stores, RedNote was No. 1 on the App Store.', '1', 'app store', [], { distance: 8, nearer: false, clause: true }],
  ])('%s: "%s" to %s', (sentence, number, word, neighbours, place) => {
    const lower = sentence.toLowerCase();
    const span = (text: string) => ({ start: sentence.lastIndexOf(text), end: sentence.lastIndexOf(text) + text.length });
    const found = placeOf(lower, word, { ...span(number), neighbours: neighbours.map(span) });
    expect(found && { distance: found.distance, nearer: found.nearer, clause: found.clause }).toEqual(place);
  });

  it.each<[number, number, number]>([
    [0, 5, 5], [3, 8, 2], [12, 20, 0], [20, 25, 5], [15, 18, 0], [10, 12, 0], [2, 4, 6], [5, 10, 0], [8, 16, 0],
  ])('span %s–%s is %s characters from a number at 10–15', (start, end, characters) => {
    expect(gap(start, end, { start: 10, end: 15 })).toBe(characters);
  });
});
