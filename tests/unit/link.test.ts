/**
 * How the linker weighs one number of a sentence against a small story made for the tests (its
 * weights can be followed by hand: `WEIGHTS` in link.ts): the evidence and score it gives, whose
 * number it is, how near its words stand, how close its value is; and the words a page's other
 * apps and the dataset's events are known by. Sentences as news sites write them.
 */
import { describe, expect, it } from 'vitest';
import { buildLinkIndex, contentWords, findOtherSubjects, linkFigure, type FigureContext, type LinkData } from '../../utils/reading/background/link';
import type { Figure, Unit } from '../../utils/schema';

const figure = (metricId: string, value: number, unit: Unit, suspect = false): Figure => ({
  id: `${metricId}-${value}`, sourceId: 'wire', metricId, value, asWritten: String(value), qualifier: 'exact', interval: { low: value, high: value }, unit, scope: 'unstated',
  asOf: { date: '2025-01-15', precision: 'day', basis: 'published' }, position: 'body', quote: String(value), ...(suspect ? { suspect } : {}),
});

/** RedNote and TikTok, a related app, a listed company; their metrics and what the wires reported. */
function story(): LinkData {
  return {
    story: {
      actors: [
        { id: 'rednote', name: 'RedNote', role: 'anchor', aliases: { en: ['rednote', 'xiaohongshu'], zh: ['小红书'] } },
        { id: 'tiktok', name: 'TikTok', role: 'broad', aliases: { en: ['tiktok'] } },
        { id: 'lemon8', name: 'Lemon8', role: 'related', aliases: { en: ['lemon8'] } },
        { id: 'onechance', name: 'Onechance', role: 'named', aliases: { en: ['onechance'] } },
      ],
      otherNames: ['instagram', 'threads'],
    },
    metrics: [
      { id: 'new-users', label: 'New RedNote users', unit: 'users', subject: 'rednote', scope: 'unstated', signals: { en: ['new users', 'signed up', 'joined', 'rednote', 'rednote sign-ups'], zh: ['新增'] } },
      { id: 'us-users', label: 'TikTok users in the US', unit: 'people', subject: 'tiktok', scope: 'us', signals: { en: ['americans'] } },
      { id: 'valuation', label: 'RedNote valuation', unit: 'usd', subject: 'rednote', scope: 'global', signals: { en: ['valuation', 'valued'] } },
      { id: 'share-rise', label: 'Onechance share rise', unit: 'percent', subject: 'onechance', scope: 'unstated', signals: { en: ['onechance', 'shares'] } },
      { id: 'rank', label: 'RedNote App Store rank', unit: 'rank', subject: 'rednote', scope: 'us', signals: { en: ['app store'] }, counterSignals: { en: ['google play', 'social'] } },
      { id: 'downloads', label: 'Lemon8 downloads', unit: 'downloads', subject: 'lemon8', scope: 'us', signals: { en: ['downloads'] } },
      { id: 'downloads-change', label: 'Change in Lemon8 downloads', unit: 'percent', subject: 'lemon8', scope: 'us', signals: { en: ['changed by'] } },
    ],
    figures: [
      figure('new-users', 700_000, 'users'), figure('new-users', 7_000_000, 'users', true), figure('us-users', 170e6, 'people'), figure('valuation', 17e9, 'usd'),
      figure('share-rise', 20, 'percent'), figure('rank', 1, 'rank'), figure('downloads', 3.4e6, 'downloads'), figure('downloads-change', 0, 'percent'),
    ],
    events: [],
  };
}

type Number = { value: number; unit?: Unit | null; qualifier?: FigureContext['qualifier']; previous?: string; title?: string; otherSubjects?: string[]; neighbours?: (string | [string, Unit | null])[] };
/** The number written `text` in `sentence` (its first occurrence), and the sentence's other numbers written `neighbours`. */
function at(sentence: string, text: string, number: Number): FigureContext {
  const start = sentence.indexOf(text);
  const neighbours = (number.neighbours ?? []).map((other) => {
    const [written, unit] = typeof other === 'string' ? [other, number.unit] : other;
    return { start: sentence.indexOf(written), end: sentence.indexOf(written) + written.length, unit };
  });
  return { unit: null, qualifier: 'exact', previous: '', title: '', otherSubjects: [], ...number, sentence, start, end: start + text.length, neighbours };
}

describe('the evidence for a number', () => {
  it.each<[string, string, Number, string | null, number?, string[]?]>([
    // Its unit, its subject in the sentence, both signal words beside it, the value equal: past the cap of 6 for words.
    ['RedNote signed up more than 700,000 new users in two days.', 'more than 700,000', { value: 700_000, unit: 'users', qualifier: 'more-than' }, 'new-users', 13, ['unit users', 'subject RedNote', '"new users"', '"signed up"']],
    // The subject's own name is not a signal of its quantity; a listed company's is.
    ['Shares of Onechance rose as much as 20% on Tuesday.', '20%', { value: 20, unit: 'percent' }, 'share-rise', 2 + 2 + 2 + 3 + 3, ['unit percent', 'subject Onechance', '"onechance"', '"shares"']],
    // A signal word 21–40 characters away, and further.
    // 20 characters away is beside it, 21 and 40 are near, 41 is far.
    ['New users on RedNote reached 700,000.', '700,000', { value: 700_000 }, 'new-users', 2 + 3 + 3],
    ['New users on RedNote totalled 700,000.', '700,000', { value: 700_000 }, 'new-users', 2 + 2 + 3],
    ['New users on RedNote, the Chinese app, surged to 700,000.', '700,000', { value: 700_000 }, 'new-users', 2 + 2 + 3],
    ['New users on RedNote, the Chinese app, climbed to 700,000.', '700,000', { value: 700_000 }, 'new-users', 2 + 1 + 3],
    // Three signal words beside it count no more than two.
    ['RedNote signed up 700,000 new users, who joined in two days.', '700,000', { value: 700_000, unit: 'users' }, 'new-users', 2 + 2 + 6 + 3],
    ['New users poured into RedNote on Monday, 700,000 of them.', '700,000', { value: 700_000 }, 'new-users', 2 + 2 + 3, ['subject RedNote', '"new users"']],
    ['New users kept pouring into the Chinese app RedNote all through the long weekend, and by Monday it counted 700,000.', '700,000', { value: 700_000 }, 'new-users', 2 + 1 + 3],
    // People for users, a value within 1.5× and within 2.5×, another order.
    ['About 700,000 people signed up for RedNote.', 'About 700,000', { value: 700_000, unit: 'people', qualifier: 'about' }, 'new-users', 1 + 2 + 3 + 3],
    ['RedNote signed up 500,000 users in two days.', '500,000', { value: 500_000, unit: 'users' }, 'new-users', 2 + 2 + 3 + 2],
    ['RedNote signed up 300,000 users in two days.', '300,000', { value: 300_000, unit: 'users' }, 'new-users', 2 + 2 + 3 + 1],
    ['RedNote signed up 200,000 users in two days.', '200,000', { value: 200_000, unit: 'users' }, 'new-users', 2 + 2 + 3 + 0],
    ['RedNote signed up 150,000 users in two days.', '150,000', { value: 150_000, unit: 'users' }, null],
    // …at the limits: 1.5×, 2.5×, 4×.
    ['RedNote signed up 1,050,000 users in two days.', '1,050,000', { value: 1_050_000, unit: 'users' }, 'new-users', 2 + 2 + 3 + 2],
    ['RedNote signed up 1,750,000 users in two days.', '1,750,000', { value: 1_750_000, unit: 'users' }, 'new-users', 2 + 2 + 3 + 1],
    ['RedNote signed up 175,000 users in two days.', '175,000', { value: 175_000, unit: 'users' }, 'new-users', 2 + 2 + 3 + 0],
    ['RedNote signed up 0 users in two days.', '0', { value: 0, unit: 'users' }, null],
    // Whose number: the sentence before ("its"), the headline only, the headline's subject when the sentence names no one.
    ['Its new users topped 700,000 by Tuesday.', '700,000', { value: 700_000, unit: 'users', previous: 'RedNote is the app of the week.' }, 'new-users', 2 + 1 + 3 + 3],
    ['The app counted 700,000 new users by Tuesday.', '700,000', { value: 700_000, unit: 'users', title: 'RedNote tops the charts' }, 'new-users', 2 + 0.5 + 3 + 3],
    ['The app counted 700,000 new users by Tuesday.', '700,000', { value: 700_000, unit: 'users' }, null],
    // Another app's name where the subject's is not.
    ['Instagram signed up 700,000 new users in two days.', '700,000', { value: 700_000, unit: 'users' }, null],
    ['It signed up 700,000 new users in two days.', '700,000', { value: 700_000, unit: 'users', previous: 'Threads launched a new feed.' }, null],
    ['It signed up 700,000 new users in two days.', '700,000', { value: 700_000, unit: 'users', previous: 'Pixly launched a new feed.', otherSubjects: ['pixly'], title: 'RedNote grows' }, null],
    ['Meanwhile Pixly signed up 700,000 new users.', '700,000', { value: 700_000, unit: 'users', title: 'RedNote grows', otherSubjects: ['pixly'] }, null],
    // …unless it is only what the subject is compared to.
    ['The app, China’s answer to Instagram, signed up 700,000 new users.', '700,000', { value: 700_000, unit: 'users', previous: 'RedNote is growing.' }, 'new-users', 2 + 1 + 6 + 3],
    ['The app, which beat Instagram, signed up 700,000 new users.', '700,000', { value: 700_000, unit: 'users', previous: 'RedNote is growing.' }, null],
    ['The app, a clone of Instagram, signed up 700,000 new users.', '700,000', { value: 700_000, unit: 'users', previous: 'RedNote is growing.' }, 'new-users'],
    ['The app, an alternative to Instagram, signed up 700,000 new users.', '700,000', { value: 700_000, unit: 'users', previous: 'RedNote is growing.' }, 'new-users'],
    ['The app, one of the alternatives to Instagram, signed up 700,000 new users.', '700,000', { value: 700_000, unit: 'users', previous: 'RedNote is growing.' }, 'new-users'],
    ['The app, China’s equivalent of Instagram, signed up 700,000 new users.', '700,000', { value: 700_000, unit: 'users', previous: 'RedNote is growing.' }, 'new-users'],
    ['The app, the Chinese counterpart to Instagram, signed up 700,000 new users.', '700,000', { value: 700_000, unit: 'users', previous: 'RedNote is growing.' }, 'new-users'],
    ['The app, a Chinese version of Instagram, signed up 700,000 new users.', '700,000', { value: 700_000, unit: 'users', previous: 'RedNote is growing.' }, 'new-users'],
    ['The app, a rival to Meta’s Instagram, signed up 700,000 new users.', '700,000', { value: 700_000, unit: 'users', previous: 'RedNote is growing.' }, 'new-users'],
    ['The app, a rival to Instagram and Threads, signed up 700,000 new users.', '700,000', { value: 700_000, unit: 'users', previous: 'RedNote is growing.' }, null],
    // A value alone ties a count to its metric when it is equal and the subject is named.
    ['RedNote now has 700,000 more of them.', '700,000', { value: 700_000 }, 'new-users', 2 + 3, ['subject RedNote']],
    ['RedNote now has 650,000 more of them.', '650,000', { value: 650_000 }, null],
    ['RedNote now has hundreds of thousands more.', 'hundreds of thousands', { value: 700_000, qualifier: 'order-of' }, null],
    ['RedNote is valued at $17 billion by investors, up from $3 billion.', '$17 billion', { value: 17e9, unit: 'usd' }, 'valuation', 2 + 2 + 3 + 3],
    ['RedNote made $17 billion in sales, analysts said.', '$17 billion', { value: 17e9, unit: 'usd' }, null],
    // A bare count beside another actor, its subject only in the sentence before.
    ['Now 700,000 are said to be moving to TikTok.', '700,000', { value: 700_000, previous: 'RedNote drew attention.' }, null],
    ['Now 700,000 are said to be moving.', '700,000', { value: 700_000, previous: 'RedNote drew attention.' }, 'new-users', 1 + 3],
    // A garbled statement the dataset knows counts when stated exactly.
    ['RedNote signed up 7 million new users in days, a blog said.', '7 million', { value: 7e6, unit: 'users' }, 'new-users', 2 + 2 + 3 + 3 + 3],
    ['RedNote signed up 8 million new users in days, a blog said.', '8 million', { value: 8e6, unit: 'users' }, null],
    // A bare number is a count: never a share, an amount or a rank.
    ['RedNote shares went up 20 on Tuesday.', '20', { value: 20 }, null],
    // TikTok's people, told from RedNote's users by unit and subject.
    ['TikTok has about 170 million Americans on it.', 'about 170 million', { value: 170e6, unit: 'people', qualifier: 'about' }, 'us-users', 2 + 2 + 3 + 3],
    ['Lemon8 had 3.4 million downloads in December.', '3.4 million', { value: 3.4e6, unit: 'downloads' }, 'downloads', 2 + 2 + 3 + 3],
    ['Lemon8 downloads hit 3.4 million in December.', '3.4 million', { value: 3.4e6 }, 'downloads', 2 + 3 + 3],
    // Users for a count of people; downloads are not users.
    ['TikTok has 170 million users among Americans.', '170 million', { value: 170e6, unit: 'users' }, 'us-users', 1 + 2 + 3 + 3],
    ['RedNote saw 700,000 downloads from new users in two days.', '700,000', { value: 700_000, unit: 'downloads' }, null],
    // A phrase that holds the subject's name is a signal; the name alone is not.
    ['RedNote sign-ups reached 700,000 on Tuesday.', '700,000', { value: 700_000 }, 'new-users', 2 + 3 + 3, ['subject RedNote', '"rednote sign-ups"']],
    // Zero is no value to compare, even with a zero in the dataset.
    ['Lemon8 downloads changed by 0% in December.', '0%', { value: 0, unit: 'percent' }, null],
    // Too little evidence: the subject only in the headline, its word far, its value 3.5× off.
    ['The app counted 200,000 by the end of a long holiday weekend, most of them new users.', '200,000', { value: 200_000, title: 'RedNote grows' }, null],
  ])('%s ("%s")', (sentence, text, number, metric, score, evidence) => {
    const link = linkFigure(at(sentence, text, number), buildLinkIndex(story()));
    expect(link?.metricId ?? null).toBe(metric);
    if (score !== undefined) expect(link?.score).toBe(score);
    if (evidence) expect(link?.evidence).toEqual(evidence);
  });
});

describe('a signal word between two numbers', () => {
  it.each<[string, string, Number, string | null, number?]>([
    // The other end of a range shares its words.
    ['RedNote signed up between 650,000 and 700,000 new users.', '650,000', { value: 650_000, unit: 'users', neighbours: ['700,000'] }, 'new-users', 2 + 2 + 6 + 2],
    ['RedNote signed up 650,000 to 700,000 new users.', '650,000', { value: 650_000, unit: 'users', neighbours: ['700,000'] }, 'new-users', 2 + 2 + 6 + 2],
    ['RedNote signed up 650,000 users, against 700,000 new users at Lumio.', '650,000', { value: 650_000, unit: 'users', neighbours: ['700,000'] }, 'new-users', 2 + 2 + 3 + 0.5 + 2],
    // Another number nearer to the word takes it: half a point here.
    ['RedNote signed up 650,000 users on Monday, and by Wednesday 700,000 new users.', '650,000', { value: 650_000, unit: 'users', neighbours: ['700,000'] }, 'new-users', 2 + 2 + 3 + 0.5 + 2],
    // …in its own clause when this one is not.
    ['RedNote had 700,000 users; new users hit 900,000 later.', '700,000', { value: 700_000, unit: 'users', neighbours: ['900,000'] }, 'new-users', 2 + 2 + 0.5 + 3],
    ['RedNote had 700,000 users, then new users hit 900,000 later.', '700,000', { value: 700_000, unit: 'users', neighbours: ['900,000'] }, 'new-users', 2 + 2 + 0.5 + 3],
    ['RedNote had 700,000 new users by Monday and 900,000 by Wednesday.', '700,000', { value: 700_000, unit: 'users', neighbours: ['900,000'] }, 'new-users', 2 + 2 + 3 + 3],
    // A number whose only word is another's needs the value the dataset has.
    ['RedNote had 650,000 users, then new users hit 900,000 later.', '650,000', { value: 650_000, unit: 'users', neighbours: ['900,000'] }, null],
    // A number of another kind does not compete; people compete with users.
    ['RedNote counted 650,000 users, and advertisers worth $9 billion signed up.', '650,000', { value: 650_000, unit: 'users', neighbours: [['$9 billion', 'usd']] }, 'new-users', 2 + 2 + 1 + 2],
    ['RedNote counted 650,000 users on Monday; by Wednesday 900,000 people had signed up.', '650,000', { value: 650_000, unit: 'users', neighbours: [['900,000', 'people']] }, null],
    // Twelve characters apart but not a range: each has its own words.
    ['RedNote counted 650,000 on Monday, 900,000 new users on Wednesday.', '650,000', { value: 650_000, neighbours: [['900,000', null]] }, null],
    // Eight numbers in a sentence are a table.
    ['RedNote new users by day: 91,000, 120,000, 150,000, 700,000, 88,000, 65,000, 54,000, 40,000 and 33,000.', '700,000', { value: 700_000, unit: 'users', neighbours: ['91,000', '120,000', '150,000', '88,000', '65,000', '54,000', '40,000', '33,000'] }, null],
    ['RedNote new users by day: 91,000, 120,000, 150,000, 700,000, 88,000, 65,000, 54,000 and 40,000.', '700,000', { value: 700_000, unit: 'users', neighbours: ['91,000', '120,000', '150,000', '88,000', '65,000', '54,000', '40,000'] }, 'new-users'],
  ])('%s ("%s")', (sentence, text, number, metric, score) => {
    const link = linkFigure(at(sentence, text, number), buildLinkIndex(story()));
    expect(link?.metricId ?? null).toBe(metric);
    if (score !== undefined) expect(link?.score).toBe(score);
  });
});

describe('a place in a chart', () => {
  it.each<[string, string, Number, string | null, number?]>([
    ['RedNote was No. 1 on the App Store on Monday.', '1', { value: 1, unit: 'rank' }, 'rank', 2 + 2 + 3 + 3],
    ['RedNote was No. 3 on the App Store on Monday.', '3', { value: 3, unit: 'rank' }, 'rank', 2 + 2 + 3],
    ['RedNote was No. 1 on Google Play, not the App Store.', '1', { value: 1, unit: 'rank' }, null],
    ['RedNote was No. 1 in the social chart of the App Store.', '1', { value: 1, unit: 'rank' }, null],
    ['RedNote was No. 1 on the App Store and on Google Play.', '1', { value: 1, unit: 'rank' }, 'rank'],
    // The chart's word fused with another's is that other chart.
    ['RedNote was No. 1 on the App Store social chart.', '1', { value: 1, unit: 'rank' }, null],
    ['RedNote was No. 1 among lifestyle apps, and the App Store noticed.', '1', { value: 1, unit: 'rank' }, null],
    ['TikTok was No. 1 on the App Store for years.', '1', { value: 1, unit: 'rank', previous: 'RedNote grew.' }, null],
    ['It was No. 1 on the App Store, ahead of TikTok.', '1', { value: 1, unit: 'rank', previous: 'RedNote grew.' }, null],
    ['RedNote grew, but TikTok was No. 1 on the App Store.', '1', { value: 1, unit: 'rank' }, null],
    ['It was No. 1 on the App Store on Monday.', '1', { value: 1, unit: 'rank', previous: 'RedNote grew.' }, 'rank', 2 + 1 + 3 + 3],
  ])('%s ("%s")', (sentence, text, number, metric, score) => {
    const link = linkFigure(at(sentence, text, number), buildLinkIndex(story()));
    expect(link?.metricId ?? null).toBe(metric);
    if (score !== undefined) expect(link?.score).toBe(score);
  });
});

describe('the words of a text', () => {
  it.each([
    ['TikTok’s ban: the Supreme Court upheld it.', ['tiktok', 'ban', 'supreme', 'court', 'upheld']],
    ["RedNote's 700,000 new users, and 3.4 million more.", ['rednote', '700,000', 'new', 'users', '3.4', 'million']],
    ['What was said about this, and when? More than that.', []],
    ['An AI app on TV', ['app']],
    ['O’Sullivan said RedNote isn’t new.', ['o’sullivan', 'rednote', 'isn’t', 'new']],
    ['小红书 app 7 days', ['小红书', 'app']],
  ])('%s', (text, words) => {
    expect([...contentWords(text)]).toEqual(words);
  });
});

describe('apps an article introduces', () => {
  it.each([
    ['Pixly, a photo-sharing app from Berlin, gained users.', ['pixly']],
    ['Fanbase, the Black-owned social platform, grew.', ['fanbase']],
    ['Skylight, a start-up backed by Mark Cuban, raised money.', ['skylight']],
    ['Clapper, an upstart rival, also climbed.', ['clapper']],
    ['Neptune, a new network for creators, opened.', ['neptune']],
    ['Lemon8, a ByteDance app, grew.', []],
    ['Paris, a city of lights, is not an app.', []],
    ['pixly, a photo app, grew.', []],
    ['Pixly, a photo service, and Fanbase, the platform, grew.', ['pixly', 'fanbase']],
    ['Pixly, a photo app, and Pixly, the app, again.', ['pixly']],
    ['caféPixly, a photo app, grew.', []],
  ])('%s', (text, names) => {
    expect(findOtherSubjects(text, buildLinkIndex(story()))).toEqual(names);
  });
});

describe('what a bare number can be', () => {
  /** The story above with one metric of `unit`, told by the word "tallies". */
  const only = (unit: Unit): LinkData => ({
    ...story(),
    metrics: [{ id: 'tally', label: 'A RedNote tally', unit, subject: 'rednote', scope: 'unstated', signals: { en: ['tallies'] } }],
    figures: [figure('tally', 700_000, unit)],
  });
  const sentence = 'RedNote published its tallies: 700,000 on Monday.';
  // "over half a million" is a count of something; a share, a sum, a duration, a rank or a yuan figure is always written out.
  it.each<[Unit, string | null]>([
    ['users', 'tally'], ['people', 'tally'], ['downloads', 'tally'], ['views', 'tally'], ['terms', 'tally'],
    ['posts', 'tally'], ['comments', 'tally'], ['likes', 'tally'], ['followers', 'tally'],
    ['percent', null], ['usd', null], ['cny', null], ['days', null], ['hours', null], ['rank', null], ['countries', null],
  ])('a count of %s: %s', (unit, expected) => {
    const link = linkFigure(at(sentence, '700,000', { value: 700_000 }), buildLinkIndex(only(unit)));
    expect(link?.metricId ?? null).toBe(expected);
  });
});
