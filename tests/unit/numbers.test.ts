import { describe, expect, it } from 'vitest';
import { isMetricCandidate, readNumbers, type NumberMention } from '../../utils/reading/background/numbers';
import { NUMBER_CASES } from './number-cases';

const brief = ({ text, value, unit, qualifier, kind }: NumberMention) => ({ text, value, unit, qualifier, kind });
/** The only mention in `input`, failing the test if there is not exactly one. */
const only = (input: string) => {
  const found = readNumbers(input, 'en');
  expect(found, JSON.stringify(found.map(brief))).toHaveLength(1);
  return found[0]!;
};

describe('readNumbers on article sentences', () => {
  it.each(NUMBER_CASES.map((c) => [c.text, c.expected] as const))('%s', (text, expected) => {
    expect(readNumbers(text, 'en').map(brief)).toEqual(expected);
  });
});

describe('number forms', () => {
  it.each([
    // input, span, number as written, value
    ['700,000', '700,000', '700,000', 700_000],
    ['more than 700,000', 'more than 700,000', '700,000', 700_000],
    ['over half a million', 'over half a million', 'half a million', 500_000],
    ['half a million', 'half a million', 'half a million', 500_000],
    ['300 million-plus', '300 million-plus', '300 million', 300_000_000],
    ['300m+', '300m+', '300m', 300_000_000],
    ['nearly 300 million', 'nearly 300 million', '300 million', 300_000_000],
    ['$17 billion', '$17 billion', '17 billion', 17e9],
    ['over $17 billion', 'over $17 billion', '17 billion', 17e9],
    ['$17bn', '$17bn', '17bn', 17e9],
    ['17 billion dollars', '17 billion dollars', '17 billion', 17e9],
    ['194%', '194%', '194', 194],
    ['more than 200%', 'more than 200%', '200', 200],
    ['190 per cent', '190 per cent', '190', 190],
    ['50 percent', '50 percent', '50', 50],
    ['3.4 million', '3.4 million', '3.4 million', 3_400_000],
    ['about 3.4 million', 'about 3.4 million', '3.4 million', 3_400_000],
    ['7.5 million', '7.5 million', '7.5 million', 7_500_000],
    ['30k', '30k', '30k', 30_000],
    ['1.2K', '1.2K', '1.2K', 1_200],
    ['tens of thousands', 'tens of thousands', 'tens of thousands', 10_000],
    ['hundreds of thousands', 'hundreds of thousands', 'hundreds of thousands', 100_000],
    ['thousands of fans', 'thousands', 'thousands', 1_000],
    ['a million', 'a million', 'a million', 1_000_000],
    ['two million', 'two million', 'two million', 2_000_000],
    ['two hundred thousand', 'two hundred thousand', 'two hundred thousand', 200_000],
    ['twenty-five million', 'twenty-five million', 'twenty-five million', 25_000_000],
    ['a dozen', 'a dozen', 'a dozen', 12],
    ['two dozen', 'two dozen', 'two dozen', 24],
    ['two days', 'two', 'two', 2],
    ['a 90-day reprieve', '90-day', '90', 90],
    ['75 days', '75', '75', 75],
    ['less than 24 hours', 'less than 24', '24', 24],
    ['as much as 20%', 'as much as 20%', '20', 20],
    ['1.7 trillion', '1.7 trillion', '1.7 trillion', 1.7e12],
    ['HK$5 billion', 'HK$5 billion', '5 billion', 5e9],
  ])('%s', (input, text, numberText, value) => {
    const mention = only(input);
    expect(mention).toMatchObject({ text, numberText, value });
    expect(input.slice(mention.start, mention.end)).toBe(text);
  });
});

describe('qualifiers', () => {
  it.each([
    ['700,000', 'exact'],
    ['more than 700,000', 'more-than'],
    ['greater than 700,000', 'more-than'],
    ['upwards of 700,000', 'more-than'],
    ['in excess of 700,000', 'more-than'],
    ['over 700,000', 'over'],
    ['well over 700,000', 'over'],
    ['just over 700,000', 'over'],
    ['at least 700,000', 'at-least'],
    ['700,000 or more', 'at-least'],
    ['nearly 700,000', 'nearly'],
    ['almost 700,000', 'nearly'],
    ['close to 700,000', 'nearly'],
    ['just under 700,000', 'nearly'],
    ['about 700,000', 'about'],
    ['around 700,000', 'about'],
    ['roughly 700,000', 'about'],
    ['approximately 700,000', 'about'],
    ['some 700,000', 'about'],
    ['an estimated 700,000', 'about'],
    ['up to 700,000', 'up-to'],
    ['as many as 700,000', 'up-to'],
    ['less than 700,000', 'less-than'],
    ['fewer than 700,000', 'less-than'],
    ['700,000-plus', 'plus'],
    ['700k+', 'plus'],
    ['tens of thousands', 'order-of'],
    ['超过70万', 'more-than'],
    ['逾70万', 'over'],
    ['近3亿', 'nearly'],
    ['将近3亿', 'nearly'],
    ['约3亿', 'about'],
    ['大约3亿', 'about'],
    ['3亿左右', 'about'],
    ['至少70万', 'at-least'],
    ['多达70万', 'up-to'],
    ['不到70万', 'less-than'],
    ['70多万', 'plus'],
    ['3亿多', 'plus'],
    ['数十万', 'order-of'],
  ])('%s is %s', (input, qualifier) => {
    expect(only(input)).toMatchObject({ qualifier, text: input });
  });

  it('reads "over" before a duration as a period, not a hedge', () => {
    expect(brief(only('They joined over two days'))).toEqual({ text: 'two', value: 2, unit: 'days', qualifier: 'exact', kind: 'duration' });
  });

  it('does not read "最近" (recently) as "nearly"', () => {
    expect(only('最近3天')).toMatchObject({ text: '3', qualifier: 'exact', kind: 'duration', unit: 'days' });
  });
});

describe('Chinese numbers', () => {
  it.each([
    ['70万', 700_000],
    ['3亿', 300_000_000],
    ['1.5万', 15_000],
    ['七十万', 700_000],
    ['三亿', 300_000_000],
    ['三亿五千万', 350_000_000],
    ['一万五千', 15_000],
    ['７０万', 700_000],
    ['3千万', 30_000_000],
    ['超过70万', 700_000],
    ['数万', 10_000],
  ])('%s = %d', (input, value) => {
    expect(only(input)).toMatchObject({ value, kind: 'quantity' });
  });

  it.each([
    ['70万用户', 'users'],
    ['70万名新用户', 'users'],
    ['3500万次浏览', 'views'],
    ['3亿次播放', 'views'],
    ['5万人', 'people'],
    ['10万粉丝', 'followers'],
    ['100万次下载', 'views'],
    ['100万下载', 'downloads'],
    ['2天', 'days'],
    ['24小时', 'hours'],
    // a noun right after the number or its hedge, without a counter
    ['10万投稿を突破', 'posts'],
    ['1000以上のユーザー', 'users'],
    ['1만 댓글', 'comments'],
  ] as const)('%s counts %s', (input, unit) => {
    expect(readNumbers(input, 'en')[0]).toMatchObject({ unit });
  });
});

describe('units from context', () => {
  it.each([
    ['700,000 new users', 'users'],
    ['300 million existing users', 'users'],
    ['170 million American TikTok users', 'users'],
    ['1 billion monthly active users', 'users'],
    ['35 million views', 'views'],
    ['a million downloads', 'downloads'],
    ['30,000 followers', 'followers'],
    ['170 million Americans', 'people'],
    ['50,000 people', 'people'],
    ['194%', 'percent'],
    ['194 per cent', 'percent'],
    ['5 percentage points', 'percent'],
    ['$17 billion', 'usd'],
    ['US$17 billion', 'usd'],
    ['USD 17 billion', 'usd'],
    ['17 billion US dollars', 'usd'],
    ['75 days', 'days'],
    ['a 24-hour shutdown', 'hours'],
    ['12 hours', 'hours'],
    ['3.4 million posts', 'posts'],
    ['10 million comments', 'comments'],
  ] as const)('%s counts %s', (input, unit) => {
    expect(only(input).unit).toBe(unit);
  });

  it.each([
    ['50,000 in a live chat'],
    ['700,000 to TikTok users'],
    ['HK$5 billion'],
    ['¥5 billion'],
  ])('%s has no unit', (input) => {
    expect(readNumbers(input, 'en')[0]!.unit).toBeNull();
  });

  it('shares a unit and scale across a range', () => {
    expect(readNumbers('between 50 and 60 percent', 'en').map((m) => [m.value, m.unit])).toEqual([
      [50, 'percent'],
      [60, 'percent'],
    ]);
    expect(readNumbers('2 to 3 million users', 'en').map((m) => [m.value, m.unit])).toEqual([
      [2_000_000, 'users'],
      [3_000_000, 'users'],
    ]);
    expect(readNumbers('from 10 million to 20 million users', 'en').map((m) => [m.value, m.unit])).toEqual([
      [10_000_000, 'users'],
      [20_000_000, 'users'],
    ]);
    expect(readNumbers('two or three days', 'en').map((m) => [m.value, m.kind])).toEqual([
      [2, 'duration'],
      [3, 'duration'],
    ]);
  });
});

describe('ranks: figures of rank metrics only', () => {
  it.each([
    // input, span, value, qualifier
    ['No. 1', 'No. 1', 1, 'exact'],
    ['the No.1 app', 'No.1', 1, 'exact'],
    ['#1', '#1', 1, 'exact'],
    ['top three', 'top three', 3, 'up-to'],
    ['a top-10 app', 'top-10', 10, 'up-to'],
    ['number one', 'number one', 1, 'exact'],
    ['the number one position', 'number one', 1, 'exact'],
    ['second most popular', 'second', 2, 'exact'],
    ['the second-ranked app', 'second', 2, 'exact'],
    ['ranked 2nd', '2nd', 2, 'exact'],
    ['ranked first', 'first', 1, 'exact'],
    ['it ranks fourth among free apps', 'fourth', 4, 'exact'],
    ['in first place', 'first', 1, 'exact'],
    ['排名第一', '一', 1, 'exact'],
    ['进入免费总榜第25名', '第25名', 25, 'exact'],
    ['升至第6位', '第6位', 6, 'exact'],
    ['正式登顶免费榜榜首。', '榜首', 1, 'exact'],
    ['ランキングの首位となった', '首位', 1, 'exact'],
    ['位居首位。', '首位', 1, 'exact'],
    ['ランキングで1位を獲得', '1位', 1, 'exact'],
  ] as const)('%s: "%s" is rank %d (%s)', (input, text, value, qualifier) => {
    const found = readNumbers(input, input.includes('ランキング') ? 'ja' : 'en');
    const mention = found.find((m) => m.text === text);
    expect(mention, JSON.stringify(found.map(brief))).toMatchObject({ kind: 'rank', unit: 'rank', value, qualifier });
    expect(isMetricCandidate(mention!)).toBe(true);
  });

  it.each([
    ['the first day of the ban', 'first', 'ordinal'],
    ['It was the third hearing', 'third', 'ordinal'],
    ['第3季', '3', 'ordinal'], // a season, not a place
    ['第一天', '一', 'ordinal'],
    ['25名の参加者', '25', 'quantity'], // 25 people
    ['中国首位女性宇航员', null, null], // "the first woman astronaut", not the top place
    ['the ranks of new users grew', null, null],
    ['a top official said', null, null],
  ] as const)('%s: "%s" is no rank', (input, text, kind) => {
    const found = readNumbers(input, input.includes('名の') ? 'ja' : 'en');
    expect(found.filter((m) => m.kind === 'rank'), JSON.stringify(found.map(brief))).toEqual([]);
    if (text) expect(found.find((m) => m.text === text)?.kind).toBe(kind);
  });
});

describe('what a number is, at the limits of each rule', () => {
  type Read = [text: string, value: number, unit: NumberMention['unit'], qualifier: NumberMention['qualifier'], kind: NumberMention['kind']];
  it.each<[string, string, Read[]]>([
    // Ranges share what one end says; "and" only after "between".
    ['en', 'Analysts expect 10 to 20 million users to try the app.', [['10', 10e6, 'users', 'exact', 'quantity'], ['20 million', 20e6, 'users', 'exact', 'quantity']]],
    ['en', 'Sign-ups rose from 300 to 700,000 users.', [['300', 300, 'users', 'exact', 'quantity'], ['700,000', 700_000, 'users', 'exact', 'quantity']]],
    ['en', 'It drew 10 and 20 million views on two days.', [['10', 10, null, 'exact', 'quantity'], ['20 million', 20e6, 'views', 'exact', 'quantity'], ['two', 2, 'days', 'exact', 'duration']]],
    ['en', 'Trump floated a reprieve of 2 to 3 weeks.', [['2', 2, null, 'exact', 'duration'], ['3', 3, null, 'exact', 'duration']]],
    ['en', 'aged 15 to 28', [['15', 15, null, 'exact', 'age'], ['28', 28, null, 'exact', 'age']]],
    // Durations in weeks and months have no unit of their own.
    ['en', 'The ban was paused for 2 weeks.', [['2', 2, null, 'exact', 'duration']]],
    ['en', 'After three months on the app, she left.', [['three', 3, null, 'exact', 'duration']]],
    ['ja', '270日の猶予', [['270', 270, 'days', 'exact', 'duration']]],
    // Years: four digits from 1800 to 2100, unless hedged or counting something.
    ['en', 'In January 2025, RedNote topped the charts.', [['2025', 2025, null, 'exact', 'year']]],
    ['en', 'in 1800 and in 2100', [['1800', 1800, null, 'exact', 'year'], ['2100', 2100, null, 'exact', 'year']]],
    ['en', 'in 1799 and in 2101', [['1799', 1799, null, 'exact', 'quantity'], ['2101', 2101, null, 'exact', 'quantity']]],
    ['en', 'about 2000 users joined', [['about 2000', 2000, 'users', 'about', 'quantity']]],
    ['en', 'nearly 2000', [['nearly 2000', 2000, null, 'nearly', 'quantity']]],
    // Days of a month: up to 31.
    ['en', 'the Jan. 31 deadline', [['Jan. 31', 31, null, 'exact', 'date']]],
    ['en', 'Reuters, 14 January', [['14', 14, null, 'exact', 'date']]],
    ['ja', '31日に', [['31日', 31, null, 'exact', 'date']]],
    // Ages: up to 120, after "aged", a name and a comma, or a name and brackets.
    ['en', 'aged 120', [['120', 120, null, 'exact', 'age']]],
    ['en', 'aged 121', [['121', 121, null, 'exact', 'quantity']]],
    ['en', 'Charlotte Silverstein (32) said', [['32', 32, null, 'exact', 'age']]],
    ['en', 'Silverstein (121)', [['121', 121, null, 'exact', 'quantity']]],
    ['en', 'RedNote (300) said', [['300', 300, null, 'exact', 'quantity']]],
    ['en', 'Chloe, 23, a student', [['23', 23, null, 'exact', 'age']]],
    ['es', 'una abuela de 72 años', [['72 años', 72, null, 'exact', 'age']]],
    ['es', 'después de 5 años', [['5', 5, null, 'exact', 'duration']]],
    // A currency before a bare number: dollars only when American.
    ['en', 'USD 500', [['USD 500', 500, 'usd', 'exact', 'quantity']]],
    ['en', 'U.S.$5 million', [['U.S.$5 million', 5e6, 'usd', 'exact', 'quantity']]],
    ['en', 'C$400', [['C$400', 400, null, 'exact', 'quantity']]],
    ['en', 'A$2 million', [['A$2 million', 2e6, null, 'exact', 'quantity']]],
    // Korean: a compound number and its counter.
    ['ko', '1억5000만 명', [['1억5000만', 150e6, 'people', 'exact', 'quantity']]],
    ['ko', '1만명 넘는 팔로워', [['1만명 넘는', 10_000, 'followers', 'more-than', 'quantity']]],
    // Ranks after the number, in CJK.
    ['ja', '1位', [['1位', 1, 'rank', 'exact', 'rank']]],
  ])('[%s] %s', (language, text, expected) => {
    expect(readNumbers(text, language).map(({ text: t, value, unit, qualifier, kind }) => [t, value, unit, qualifier, kind])).toEqual(expected);
  });
});

describe('traps are recognised as what they are', () => {
  it.each([
    // years
    ['founded in 2013', '2013', 'year'],
    ['2025', '2025', 'year'],
    ['from 2011 to 2020', '2011', 'year'],
    ['from 2011 to 2020', '2020', 'year'],
    ['in mid-2022', '2022', 'year'],
    ['Copyright © 2010-2026', '2010', 'year'],
    ['Copyright © 2010-2026', '2026', 'year'],
    ['the 1990s', '1990s', 'year'],
    ['2025年', '2025年', 'year'],
    // ages
    ['Brian Atabansi, 29, a business analyst', '29', 'age'],
    ['aged 15 to 28', '15', 'age'],
    ['aged 15 to 28', '28', 'age'],
    ['a 29-year-old', '29-year-old', 'age'],
    ['she is 29 years old', '29 years old', 'age'],
    ['in their 20s', '20s', 'age'],
    ['今年29岁', '29岁', 'age'],
    // times of day
    ['at 10 a.m.', '10 a.m.', 'time'],
    ['at 10am', '10am', 'time'],
    ['3:30 p.m.', '3:30 p.m.', 'time'],
    ['14:00', '14:00', 'time'],
    // dates
    ['Jan. 19', 'Jan. 19', 'date'],
    ['January 14, 2025', 'January 14', 'date'],
    ['January 14, 2025', '2025', 'year'],
    ['March 23, 2023', 'March 23', 'date'],
    ['19 January', '19', 'date'],
    ['Jan. 19th', 'Jan. 19th', 'date'],
    ['1月13日', '1月', 'date'],
    ['1月13日', '13日', 'date'],
    ['2025-01-13', '2025-01-13', 'date'],
    ['1/13/2025', '1/13/2025', 'date'],
    // pages and issues
    ['page 3', 'page 3', 'page'],
    ['Issue 79', 'Issue 79', 'page'],
    ['4 min read', '4 min read', 'page'],
    ['a 6-minute read', '6-minute read', 'page'],
    ['Estimated read time: 3-4 minutes', '3', 'page'],
    ['Estimated read time: 3-4 minutes', '4', 'page'],
    ['Section 230', 'Section 230', 'page'],
    // ordinals
    ['1st', '1st', 'ordinal'],
    ['the 3rd day', '3rd', 'ordinal'],
    ['third', 'third', 'ordinal'],
    ['第一', '一', 'ordinal'],
    // phone and version numbers, ratios
    ['call 555-123-4567', '555-123-4567', 'other'],
    ['call (202) 555-0143', '(202) 555-0143', 'other'],
    ['+86 138 0013 8000', '+86 138 0013 8000', 'other'],
    ['010-12345678', '010-12345678', 'other'],
    ['version 2.1.3', '2.1.3', 'other'],
    ['iOS 18', '18', 'other'],
    ['24/7', '24/7', 'other'],
    ['order 123456789012', '123456789012', 'other'],
  ] as const)('%s: "%s" is a %s', (input, text, kind) => {
    const found = readNumbers(input, 'en');
    const mention = found.find((m) => m.text === text);
    expect(mention, JSON.stringify(found.map(brief))).toBeDefined();
    expect(mention!.kind).toBe(kind);
    expect(isMetricCandidate(mention!)).toBe(false);
  });

  it.each([
    'Lemon8',
    'CapCut2',
    'MP3',
    'COVID-19',
    'H-1B visas',
    'a 4G network',
    'v2 of the app',
    'user_42',
    'the 3D filter',
    'No one joined',
    'one of the apps',
    'the two companies',
    '一起',
    '唯一',
    '万一',
    '千万不要',
  ])('finds no number in %s', (input) => {
    expect(readNumbers(input, 'en').map(brief)).toEqual([]);
  });

  it('keeps quantities that merely look like years when a unit says so', () => {
    expect(brief(only('2025 users'))).toMatchObject({ kind: 'quantity', unit: 'users', value: 2025 });
    expect(brief(only('2,025 users'))).toMatchObject({ kind: 'quantity', value: 2025 });
    expect(brief(only('in 2025 users'))).toMatchObject({ kind: 'year' });
  });
});
