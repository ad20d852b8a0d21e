/**
 * Sentences written for the tests, in the style of the January 2025 coverage of TikTok users moving
 * to RedNote, with every number mention each should yield. Exported so a benchmark can run another
 * number parser (such as `compromise`) over the same inputs.
 *
 * Only `kind: 'quantity'` and `kind: 'duration'` mentions are figures, and ranks for rank metrics;
 * the rest are listed so that a parser that reads "2013" or "No. 1" as a quantity is caught.
 */
import type { NumberKind } from '../../utils/reading/background/numbers';
import type { Qualifier, Unit } from '../../utils/schema';

export interface ExpectedMention {
  text: string;
  value: number;
  unit: Unit | null;
  qualifier: Qualifier;
  kind: NumberKind;
}

export interface NumberCase {
  text: string;
  expected: ExpectedMention[];
}

const q = (text: string, value: number, unit: Unit | null = null, qualifier: Qualifier = 'exact'): ExpectedMention => ({
  text,
  value,
  unit,
  qualifier,
  kind: 'quantity',
});
const span = (text: string, value: number, unit: Unit | null, qualifier: Qualifier = 'exact'): ExpectedMention => ({
  text,
  value,
  unit,
  qualifier,
  kind: 'duration',
});
const trap = (kind: NumberKind, text: string, value: number): ExpectedMention => ({
  text,
  value,
  unit: kind === 'rank' ? 'rank' : null,
  qualifier: 'exact',
  kind,
});

export const NUMBER_CASES: NumberCase[] = [
  // Quantities, English
  {
    text: "RedNote added more than 700,000 new users in just two days as TikTok's ban loomed.",
    expected: [q('more than 700,000', 700_000, 'users', 'more-than'), span('two', 2, 'days')],
  },
  {
    text: 'Xiaohongshu, which has about 300 million monthly users, topped the App Store on Monday.',
    expected: [q('about 300 million', 300_000_000, 'users', 'about')],
  },
  { text: 'The app has 300 million-plus users, most of them in China.', expected: [q('300 million-plus', 300_000_000, 'users', 'plus')] },
  { text: 'By some counts it has 300m+ users worldwide.', expected: [q('300m+', 300_000_000, 'users', 'plus')] },
  {
    text: 'Nearly 300 million existing users now share their feed with Americans.',
    expected: [q('Nearly 300 million', 300_000_000, 'users', 'nearly')],
  },
  {
    text: 'Over half a million people downloaded the app over the weekend.',
    expected: [q('Over half a million', 500_000, 'people', 'over')],
  },
  { text: 'Half a million Americans joined RedNote, according to app trackers.', expected: [q('Half a million', 500_000, 'people')] },
  { text: 'The platform is valued at $17 billion after its latest funding round.', expected: [q('$17 billion', 17e9, 'usd')] },
  { text: 'Investors now value the company at over $17 billion.', expected: [q('over $17 billion', 17e9, 'usd', 'over')] },
  { text: 'Xiaohongshu was last valued at US$17bn by its backers.', expected: [q('US$17bn', 17e9, 'usd')] },
  { text: 'One fund put the figure at 17 billion dollars.', expected: [q('17 billion dollars', 17e9, 'usd')] },
  { text: 'US downloads jumped 194% week on week, according to Sensor Tower.', expected: [q('194%', 194, 'percent')] },
  {
    text: 'Downloads of Lemon8 rose by more than 200% in the same period.',
    expected: [q('more than 200%', 200, 'percent', 'more-than')],
  },
  { text: 'Daily active users rose 190 per cent from a week earlier.', expected: [q('190 per cent', 190, 'percent')] },
  {
    text: 'Roughly 50 percent of the new arrivals came from the United States.',
    expected: [q('Roughly 50 percent', 50, 'percent', 'about')],
  },
  { text: 'The hashtag drew 3.4 million posts by Wednesday.', expected: [q('3.4 million', 3_400_000, 'posts')] },
  { text: 'About 3.4 million people had used the hashtag.', expected: [q('About 3.4 million', 3_400_000, 'people', 'about')] },
  { text: 'Its sister app Lemon8 counted 7.5 million downloads in January.', expected: [q('7.5 million', 7_500_000, 'downloads')] },
  {
    text: 'A live chat hosted by one creator drew 50,000 people at its peak.',
    expected: [q('50,000', 50_000, 'people')],
  },
  { text: 'The video racked up 35 million views in a day.', expected: [q('35 million', 35_000_000, 'views')] },
  {
    text: 'Her first post gained 30k followers; a reply got 1.2K likes.',
    expected: [trap('ordinal', 'first', 1), q('30k', 30_000, 'followers'), q('1.2K', 1_200)],
  },
  {
    text: 'Tens of thousands of Americans flocked to the app.',
    expected: [q('Tens of thousands', 10_000, 'people', 'order-of')],
  },
  {
    text: 'Hundreds of thousands of TikTok users signed up within days.',
    expected: [q('Hundreds of thousands', 100_000, 'users', 'order-of')],
  },
  { text: 'Thousands of creators posted introductions in broken Mandarin.', expected: [q('Thousands', 1_000, null, 'order-of')] },
  { text: 'The app passed a million downloads in the US.', expected: [q('a million', 1_000_000, 'downloads')] },
  { text: 'Two million new accounts were opened in a week.', expected: [q('Two million', 2_000_000)] },
  { text: 'A dozen creators told reporters they would stay.', expected: [q('A dozen', 12)] },
  { text: 'Trump promised a 90-day reprieve once he took office.', expected: [span('90-day', 90, 'days')] },
  { text: 'TikTok had 75 days to find a buyer under the order.', expected: [span('75', 75, 'days')] },
  {
    text: 'The service went dark for less than 24 hours.',
    expected: [span('less than 24', 24, 'hours', 'less-than')],
  },
  {
    text: 'Ad prices could fall by as much as 20%, one agency warned.',
    expected: [q('as much as 20%', 20, 'percent', 'up-to')],
  },
  { text: 'Each chat room holds up to 50,000 listeners.', expected: [q('up to 50,000', 50_000, null, 'up-to')] },
  {
    text: 'At least 170 million Americans use TikTok each month.',
    expected: [q('At least 170 million', 170_000_000, 'people', 'at-least')],
  },
  {
    text: 'Around 700,000 joined over two days.',
    expected: [q('Around 700,000', 700_000, null, 'about'), span('two', 2, 'days')],
  },
  { text: 'Some 30,000 posts carried the tag.', expected: [q('Some 30,000', 30_000, 'posts', 'about')] },
  { text: 'Close to 1 million users tried the app.', expected: [q('Close to 1 million', 1_000_000, 'users', 'nearly')] },
  { text: 'Almost 2 million users signed up.', expected: [q('Almost 2 million', 2_000_000, 'users', 'nearly')] },
  {
    text: 'It logged just under 3 million downloads that week.',
    expected: [q('just under 3 million', 3_000_000, 'downloads', 'nearly')],
  },
  { text: 'Upwards of 5,000 comments appeared under the post.', expected: [q('Upwards of 5,000', 5_000, 'comments', 'more-than')] },
  { text: 'Its ad revenue was in excess of $10 million.', expected: [q('in excess of $10 million', 10_000_000, 'usd', 'more-than')] },
  { text: 'That is well over 1 million people.', expected: [q('well over 1 million', 1_000_000, 'people', 'over')] },
  { text: 'The app gained just over 700,000 users.', expected: [q('just over 700,000', 700_000, 'users', 'over')] },
  { text: 'Approximately 170 million Americans were affected.', expected: [q('Approximately 170 million', 170e6, 'people', 'about')] },
  { text: 'It took two days for the app to reach the top.', expected: [span('two', 2, 'days')] },
  {
    text: 'Between 10 and 20 million users could switch, one analyst said.',
    expected: [q('10', 10_000_000, 'users'), q('20 million', 20_000_000, 'users')],
  },

  // Quantities, Chinese
  {
    text: '小红书在两天内新增超过70万用户。',
    expected: [span('两', 2, 'days'), q('超过70万', 700_000, 'users', 'more-than')],
  },
  { text: '小红书月活跃用户约3亿，近3亿人在用。', expected: [q('约3亿', 3e8, null, 'about'), q('近3亿', 3e8, 'people', 'nearly')] },
  { text: '美国用户增长了七十万，总数达到三亿。', expected: [q('七十万', 700_000), q('三亿', 3e8)] },
  {
    text: '该视频播放量逾3500万次，70多万人点赞，评论3万多条。',
    expected: [q('逾3500万', 35_000_000, 'views', 'over'), q('70多万', 700_000, 'people', 'plus'), q('3万多', 30_000, null, 'plus')],
  },
  { text: '短短一天就有７０万用户涌入。', expected: [span('一', 1, 'days'), q('７０万', 700_000, 'users')] },
  { text: '1.5万名网友在直播间互动，大约3亿次浏览。', expected: [q('1.5万', 15_000, 'people'), q('大约3亿', 3e8, 'views', 'about')] },

  // Traps: years, ages, times, dates
  { text: 'RedNote was founded in 2013 in Shanghai.', expected: [trap('year', '2013', 2013)] },
  { text: 'In 2025, the app became a refuge for TikTok users.', expected: [trap('year', '2025', 2025)] },
  { text: 'The company grew steadily from 2011 to 2020.', expected: [trap('year', '2011', 2011), trap('year', '2020', 2020)] },
  { text: "TikTok's troubles in Washington began in mid-2022.", expected: [trap('year', '2022', 2022)] },
  {
    text: 'Copyright © 2010-2026 Example Media. All rights reserved.',
    expected: [trap('year', '2010', 2010), trap('year', '2026', 2026)],
  },
  { text: 'Brian Atabansi, 29, a business analyst in Texas, joined on Tuesday.', expected: [trap('age', '29', 29)] },
  { text: 'Most new users were aged 15 to 28, the survey found.', expected: [trap('age', '15', 15), trap('age', '28', 28)] },
  {
    text: 'A 29-year-old teacher from Ohio posted her first video.',
    expected: [trap('age', '29-year-old', 29), trap('ordinal', 'first', 1)],
  },
  { text: 'The ban was due to take effect at 10 a.m. on Sunday.', expected: [trap('time', '10 a.m.', 10)] },
  {
    text: 'One stream began at 3:30 p.m. and another at 14:00 Beijing time.',
    expected: [trap('time', '3:30 p.m.', 3), trap('time', '14:00', 14)],
  },
  { text: 'The law took effect on Jan. 19.', expected: [trap('date', 'Jan. 19', 19)] },
  {
    text: 'On January 14, 2025, the app hit No. 1 in the US.',
    expected: [trap('date', 'January 14', 14), trap('year', '2025', 2025), trap('rank', 'No. 1', 1)],
  },
  {
    text: 'Lawmakers grilled the CEO on March 23, 2023.',
    expected: [trap('date', 'March 23', 23), trap('year', '2023', 2023)],
  },
  { text: '小红书1月13日登上美国应用商店榜首。', expected: [trap('date', '1月', 1), trap('date', '13日', 13), trap('rank', '榜首', 1)] },
  {
    text: 'The surge ran from Jan. 13–20, 2025.',
    expected: [trap('date', 'Jan. 13', 13), trap('date', '20', 20), trap('year', '2025', 2025)],
  },

  // Traps: ranks, pages, ordinals, identifiers
  {
    text: 'RedNote was the #1 free app while Lemon8 ranked 2nd.',
    expected: [trap('rank', '#1', 1), trap('rank', '2nd', 2)],
  },
  { text: 'It stayed in the top three for days.', expected: [{ ...trap('rank', 'top three', 3), qualifier: 'up-to' }] },
  { text: 'Lemon8 was the second most popular download.', expected: [trap('rank', 'second', 2)] },
  // The top place as a superlative of a download chart; not "one of the most", nor what is not an app.
  { text: 'In fact, at the moment, Lemon8 is the most popular free app on the App Store.', expected: [trap('rank', 'most popular', 1)] },
  { text: 'Xiaohongshu became the most downloaded free app on iOS for the first time this week.', expected: [trap('rank', 'most downloaded', 1), trap('ordinal', 'first', 1)] },
  { text: 'RedNote became the most-downloaded app in the US.', expected: [trap('rank', 'most-downloaded', 1)] },
  { text: 'It is one of the most popular new social media apps.', expected: [] },
  { text: 'Spanish is the most popular language to learn.', expected: [] },
  { text: 'TikTok has become the most popular app in the world.', expected: [trap('rank', 'most popular', 1)] },
  { text: 'Continued on page 3', expected: [trap('page', 'page 3', 3)] },
  { text: 'Issue 79 · 4 min read', expected: [trap('page', 'Issue 79', 79), trap('page', '4 min read', 4)] },
  { text: 'Estimated read time: 3-4 minutes', expected: [trap('page', '3', 3), trap('page', '4', 4)] },
  {
    text: 'It was the third hearing; she was 1st in line.',
    expected: [trap('ordinal', 'third', 3), trap('ordinal', '1st', 1)],
  },
  {
    text: 'Call 555-123-4567 or +1 (202) 555-0143 with tips.',
    expected: [trap('other', '555-123-4567', 5551234567), trap('other', '+1 (202) 555-0143', 12025550143)],
  },
  { text: 'Update to version 2.1.3 for the new filters.', expected: [trap('other', '2.1.3', 2)] },
  { text: 'Support is available 24/7.', expected: [trap('other', '24/7', 24)] },
  { text: 'Unlike Lemon8 or CapCut2, the MP3 player kept its H-1B staff.', expected: [] },
  { text: 'No one expected one of the two apps to win.', expected: [] },
];
