/**
 * The number reader's rules one by one, at their limits, on sentences written for the tests in
 * the languages it reads: what the noun after a CJK counter or hedge says is counted, how far
 * after a number its unit may come, which neighbours make a range, the currency before a number,
 * and where each trap (a date, a time, a place in a ranking, an age, a year) stops.
 */
import { describe, expect, it } from 'vitest';
import { isMetricCandidate, readNumbers, type NumberMention } from '../../utils/reading/background/numbers';

type Read = [text: string, value: number, unit: NumberMention['unit'], qualifier: NumberMention['qualifier'], kind: NumberMention['kind']];
const read = (text: string, language: string): Read[] =>
  readNumbers(text, language).map(({ text: t, value, unit, qualifier, kind }) => [t, value, unit, qualifier, kind]);

describe('what a CJK counter or hedge counts', () => {
  it.each<[string, string, Read[]]>([
    // a bare counter (件, 건, 개, 条) or a hedge, then the noun
    ['ja', '「TikTok難民」には20万件以上の投稿が集まった。', [['20万件以上', 200_000, 'posts', 'at-least', 'quantity']]],
    ['ja', '動画には3000件のコメントが付いた。', [['3000', 3000, 'comments', 'exact', 'quantity']]],
    ['ja', 'アプリは100万回以上のダウンロードを記録した。', [['100万回以上', 1e6, 'downloads', 'at-least', 'quantity']]],
    ['ja', '1000人以上のユーザーが登録した。', [['1000人以上', 1000, 'users', 'at-least', 'quantity']]],
    ['ja', '10万人超のフォロワーを持つ。', [['10万人超', 100_000, 'followers', 'more-than', 'quantity']]],
    ['ko', '3만 건 이상의 게시물이 올라왔다.', [['3만 건 이상', 30_000, 'posts', 'at-least', 'quantity']]],
    ['ko', '영상에 1만 개의 댓글이 달렸다.', [['1만', 10_000, 'comments', 'exact', 'quantity']]],
    ['ko', '100만명 넘는 사용자가 몰렸다.', [['100만명 넘는', 1e6, 'users', 'more-than', 'quantity']]],
    ['ko', '50만 명 이상의 이용자가 가입했다.', [['50만 명 이상', 500_000, 'users', 'at-least', 'quantity']]],
    ['ko', '앱은 1만 건의 다운로드를 기록했다.', [['1만', 10_000, 'downloads', 'exact', 'quantity']]],
    ['ko', '수만 명 이상이 가입했다.', [['수만 명 이상', 10_000, 'people', 'order-of', 'quantity']]],
    ['zh', '话题下有10万条帖子。', [['10万', 100_000, 'posts', 'exact', 'quantity']]],
    ['zh', '视频收到5000条评论。', [['5000', 5000, 'comments', 'exact', 'quantity']]],
    // the longest counter wins: 개국 (countries), not 개 (items)
    ['ko', '50개국에서 서비스된다.', [['50', 50, 'countries', 'exact', 'quantity']]],
    ['ja', '世界50カ国で使われている。', [['50', 50, 'countries', 'exact', 'quantity']]],
    ['zh', '覆盖50个国家。', [['50', 50, 'countries', 'exact', 'quantity']]],
    // a space between the number and its counter
    ['ko', '가입자 3000 명이 늘었다.', [['3000', 3000, 'people', 'exact', 'quantity']]],
    // Chinese and Korean numerals that start with 十, 几 or 수; 수 after a Hangul letter is no number
    ['zh', '十万用户涌入小红书。', [['十万', 100_000, 'users', 'exact', 'quantity']]],
    ['zh', '几十万用户涌入小红书。', [['几十万', 100_000, 'users', 'order-of', 'quantity']]],
    ['ko', '수십만 명이 몰렸다.', [['수십만', 100_000, 'people', 'order-of', 'quantity']]],
    ['ko', '점수만 봐도 알 수 있다.', []],
    // 首位 is the top place; 首 or 位 alone is not
    ['ja', 'ランキングで首位に立った。', [['首位', 1, 'rank', 'exact', 'rank']]],
    ['zh', '首都北京的有关单位表示。', []],
    ['zh', '新版本今日首发，涉及多个单位。', []],
  ])('[%s] %s', (language, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

describe('units, currencies and ranges', () => {
  it.each<[string, string, Read[]]>([
    // a unit at most three words after the number
    ['en', '300 million young American TikTok users', [['300 million', 300e6, 'users', 'exact', 'quantity']]],
    ['en', '300 million young urban American TikTok users', [['300 million', 300e6, null, 'exact', 'quantity']]],
    // a percent is a percent whatever follows; "-month" is a duration with no unit of its own
    ['en', 'RedNote saw 50% more users.', [['50%', 50, 'percent', 'exact', 'quantity']]],
    ['en', 'Trump floated a 3-month reprieve.', [['3-month', 3, null, 'exact', 'duration']]],
    // a currency before a number: an amount, never a year; yuan by name, or ¥ on a Chinese page
    ['en', 'The app paid a fine of $1900.', [['$1900', 1900, 'usd', 'exact', 'quantity']]],
    ['en', 'It raised RMB 500 million.', [['RMB 500 million', 500e6, 'cny', 'exact', 'quantity']]],
    ['en', 'It raised CNY 300 million.', [['CNY 300 million', 300e6, 'cny', 'exact', 'quantity']]],
    ['en', 'Creators earned 3000 RMB.', [['3000 RMB', 3000, 'cny', 'exact', 'quantity']]],
    ['zh', '估值¥5亿。', [['¥5亿', 500e6, 'cny', 'exact', 'quantity']]],
    ['ja', '評価額は¥5億。', [['¥5億', 500e6, null, 'exact', 'quantity']]],
    // ranges: the first end takes the unit and scale of the second, unless it is 1,000 or more
    ['en', 'Estimates run from 10 to 20 million.', [['10', 10e6, null, 'exact', 'quantity'], ['20 million', 20e6, null, 'exact', 'quantity']]],
    ['en', 'Sign-ups grew from 1000 to 2 million users.', [['1000', 1000, 'users', 'exact', 'quantity'], ['2 million', 2e6, 'users', 'exact', 'quantity']]],
    ['en', 'Analysts expect 10 to 20 million users and more.', [['10', 10e6, 'users', 'exact', 'quantity'], ['20 million', 20e6, 'users', 'exact', 'quantity']]],
    // a hedge after a rough number keeps the rough number's own ("thousands"); a form already known (a decade) takes none
    ['en', 'Thousands or more users moved to RedNote.', [['Thousands or more', 1000, 'users', 'order-of', 'quantity']]],
    ['en', 'It has grown since the 1990s or so.', [['1990s', 1990, null, 'exact', 'year']]],
    // "the most downloaded app": the top place, however capitalised
    ['en', 'RedNote became the Most Popular free app.', [['Most Popular', 1, 'rank', 'exact', 'rank']]],
    // not ranges: a duration then a count, a percent then a count
    ['en', 'It took 2 days to 5000 users.', [['2', 2, 'days', 'exact', 'duration'], ['5000', 5000, 'users', 'exact', 'quantity']]],
    ['en', 'It took 2 days to 3 million users.', [['2', 2, 'days', 'exact', 'duration'], ['3 million', 3e6, 'users', 'exact', 'quantity']]],
    ['en', 'It rose from 5% to 2 million users.', [['5%', 5, 'percent', 'exact', 'quantity'], ['2 million', 2e6, 'users', 'exact', 'quantity']]],
  ])('[%s] %s', (language, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });

  it.each([
    ['700,000 new users', true],
    ['a 90-day reprieve', true],
    ['No. 1', true],
    ['in 2013', false],
    ['Jan. 19', false],
  ])('%s can be a figure: %s', (text, candidate) => {
    expect(readNumbers(text, 'en').map(isMetricCandidate)).toEqual([candidate]);
  });
});

describe('where each trap stops', () => {
  it.each<[string, string, Read[]]>([
    // days of a month: up to 31, an ordinal too
    ['en', 'The deadline was Jan. 31st.', [['Jan. 31st', 31, null, 'exact', 'date']]],
    ['en', 'the Jan. 32nd edition', [['32nd', 32, null, 'exact', 'ordinal']]],
    ['en', 'since 31 January', [['31', 31, null, 'exact', 'date']]],
    ['en', 'in 32 January', [['32', 32, null, 'exact', 'quantity']]],
    ['de', 'Am 31. Januar', [['31', 31, null, 'exact', 'date']]],
    ['de', 'Am 32. Januar', [['32', 32, null, 'exact', 'quantity']]],
    // places in a ranking after the number, up to 1,000
    ['ja', 'ランキングで1000位', [['1000位', 1000, 'rank', 'exact', 'rank']]],
    ['ja', 'ランキングで1001位', [['1001', 1001, null, 'exact', 'quantity']]],
    // hours of the day, up to 24
    ['it', 'La chiusura alle ore 24.', [['24', 24, null, 'exact', 'time']]],
    ['it', 'La chiusura alle ore 25.', [['25', 25, null, 'exact', 'quantity']]],
    // ages: up to 120, in brackets after a name, between commas after a name, "de N años"
    ['en', 'Silverstein (120) said', [['120', 120, null, 'exact', 'age']]],
    ['en', 'TikTok (40 countries) said', [['40', 40, 'countries', 'exact', 'quantity']]],
    ['en', 'Maria, 120, said', [['120', 120, null, 'exact', 'age']]],
    ['en', 'In Shanghai, 23 users joined', [['23', 23, 'users', 'exact', 'quantity']]],
    ['es', 'una abuela de 120 años', [['120 años', 120, null, 'exact', 'age']]],
    ['es', 'una abuela de 121 años', [['121', 121, null, 'exact', 'duration']]],
    ['es', 'un veto de casi 5 años', [['casi 5', 5, null, 'nearly', 'duration']]],
  ])('[%s] %s', (language, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});
