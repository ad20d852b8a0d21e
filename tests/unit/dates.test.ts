import { describe, expect, it } from 'vitest';
import { readDates, type DateMention } from '../../utils/reading/background/dates';

type Row = [text: string, date: string, precision: DateMention['precision'], relative: boolean];
const rows = (text: string, publishedAt: string | null): Row[] =>
  readDates(text, publishedAt).map((d) => [d.text, d.date, d.precision, d.relative]);

// 2025-01-15 was a Wednesday; 2025-01-13 a Monday.
describe('readDates', () => {
  it.each<[string, string | null, Row[]]>([
    // weekdays: the latest on or before publication
    ['RedNote topped the App Store on Monday.', '2025-01-15', [['Monday', '2025-01-13', 'day', true]]],
    ['Monday was the busiest day yet.', '2025-01-13', [['Monday', '2025-01-13', 'day', true]]],
    ['The app went dark Saturday night.', '2025-01-20', [['Saturday night', '2025-01-18', 'day', true]]],
    ['Service returned Sunday morning.', '2025-01-20', [['Sunday morning', '2025-01-19', 'day', true]]],
    ['Downloads peaked last Monday.', '2025-01-13', [['last Monday', '2025-01-06', 'day', true]]],
    ['The deadline is next Sunday.', '2025-01-15', [['next Sunday', '2025-01-19', 'day', true]]],
    // month and day, the year nearest publication
    ['The ban takes effect Jan. 19.', '2025-01-17', [['Jan. 19', '2025-01-19', 'day', true]]],
    ['Sign-ups surged on Jan 13 and January 14.', '2025-01-17', [['Jan 13', '2025-01-13', 'day', true], ['January 14', '2025-01-14', 'day', true]]],
    ['The court ruled on January 17th.', '2025-01-20', [['January 17th', '2025-01-17', 'day', true]]],
    ['The order was signed Dec. 30.', '2025-01-05', [['Dec. 30', '2024-12-30', 'day', true]]],
    ['It resumed on 19 January.', '2025-01-20', [['19 January', '2025-01-19', 'day', true]]],
    // with a year
    ['The law took effect on Jan. 19, 2025.', '2025-02-01', [['Jan. 19, 2025', '2025-01-19', 'day', false]]],
    ['Its CEO testified on March 23, 2023.', '2025-01-14', [['March 23, 2023', '2023-03-23', 'day', false]]],
    ['The bill was signed 24 April 2024.', '2025-01-14', [['24 April 2024', '2024-04-24', 'day', false]]],
    ['The filing is dated 2025-01-13.', null, [['2025-01-13', '2025-01-13', 'day', false]]],
    // months
    ['The House passed the bill in March 2024.', '2025-01-14', [['March 2024', '2024-03', 'month', false]]],
    ['Trump won the election in November.', '2025-01-14', [['November', '2024-11', 'month', true]]],
    ['The app launched in January.', '2025-01-14', [['January', '2025-01', 'month', true]]],
    ['Lemon8 arrived in the US in May.', '2025-01-14', [['May', '2024-05', 'month', true]]],
    ['Usage doubled last month.', '2025-01-14', [['last month', '2024-12', 'month', true]]],
    ['The case began last December.', '2025-01-14', [['last December', '2024-12', 'month', true]]],
    ['A first attempt came in February 2023.', '2025-01-14', [['February 2023', '2023-02', 'month', false]]],
    // years
    ['Xiaohongshu was founded in 2013.', '2025-01-14', [['2013', '2013', 'year', false]]],
    ['Concern grew from mid-2022.', '2025-01-14', [['mid-2022', '2022', 'year', false]]],
    ['Sales rose in early 2024.', '2025-01-14', [['early 2024', '2024', 'year', false]]],
    ['Growth held from 2011 to 2020.', '2025-01-14', [['2011', '2011', 'year', false], ['2020', '2020', 'year', false]]],
    ['Its 2019–2020 growth was slower.', '2025-01-14', [['2019', '2019', 'year', false], ['2020', '2020', 'year', false]]],
    ['It was the most downloaded app last year.', '2025-01-14', [['last year', '2024', 'year', true]]],
    // days relative to publication
    ['The app was No. 1 yesterday.', '2025-01-14', [['yesterday', '2025-01-13', 'day', true]]],
    ['It is still No. 1 today.', '2025-01-14', [['today', '2025-01-14', 'day', true]]],
    // Chinese
    ['小红书1月13日登上榜首。', '2025-01-17', [['1月13日', '2025-01-13', 'day', true]]],
    ['禁令于2025年1月19日生效。', null, [['2025年1月19日', '2025-01-19', 'day', false]]],
    ['周一下载量激增。', '2025-01-15', [['周一', '2025-01-13', 'day', true]]],
    ['星期一下载量激增。', '2025-01-15', [['星期一', '2025-01-13', 'day', true]]],
    ['上周五的数据。', '2025-01-15', [['上周五', '2025-01-10', 'day', true]]],
    ['昨天小红书新增用户。', '2025-01-14', [['昨天', '2025-01-13', 'day', true]]],
    ['小红书成立于2013年。', null, [['2013年', '2013', 'year', false]]],
    ['十二月的数据', '2025-01-14', [['十二月', '2024-12', 'month', true]]],
    // combined and ranges
    ['It was Monday, Jan. 13, 2025.', null, [['Monday, Jan. 13, 2025', '2025-01-13', 'day', false]]],
    ['It was Monday, Jan. 13.', '2025-01-15', [['Monday, Jan. 13', '2025-01-13', 'day', true]]],
    ['The surge ran Jan. 13–20, 2025.', null, [['Jan. 13', '2025-01-13', 'day', false], ['20, 2025', '2025-01-20', 'day', false]]],
  ])('%s (published %s)', (text, publishedAt, expected) => {
    expect(rows(text, publishedAt)).toEqual(expected);
  });

  it('skips relative dates without a publication date but keeps absolute ones', () => {
    const text = 'On Monday, last month, in November, on Jan. 19 and yesterday; in 2013, on March 23, 2023 and in March 2024.';
    expect(rows(text, null)).toEqual([
      ['2013', '2013', 'year', false],
      ['March 23, 2023', '2023-03-23', 'day', false],
      ['March 2024', '2024-03', 'month', false],
    ]);
  });

  it.each([
    ['Feb. 30', '2025-01-14'],
    ['2025-02-30', null],
    ['2025年13月1日', null],
    ['The App Store', '2025-01-14'],
    ['It may rain', '2025-01-14'],
    ['Mondays are slow', '2025-01-14'],
    ['the 2024 election', '2025-01-14'],
    ['700,000 users', '2025-01-14'],
  ] as const)('finds no date in %s', (text, publishedAt) => {
    expect(rows(text, publishedAt)).toEqual([]);
  });

  it('treats a malformed publication date as missing', () => {
    expect(rows('on Monday, in 2013', 'not a date')).toEqual([['2013', '2013', 'year', false]]);
  });
});

// Each rule at its limits, published on Wednesday 2025-01-15 unless said.
describe('readDates, rule by rule', () => {
  it.each<[string, string | null, Row[]]>([
    // "this" weekday: the one in the publication's week, Monday to Sunday (这周, 本周 in Chinese)
    ['The vote is this Friday.', '2025-01-15', [['this Friday', '2025-01-17', 'day', true]]],
    ['This Monday the app hit No. 1.', '2025-01-15', [['This Monday', '2025-01-13', 'day', true]]],
    ['The ban starts this Sunday.', '2025-01-15', [['this Sunday', '2025-01-19', 'day', true]]],
    ['这周五公布结果。', '2025-01-15', [['这周五', '2025-01-17', 'day', true]]],
    ['本周日截止。', '2025-01-15', [['本周日', '2025-01-19', 'day', true]]],
  ])('%s (published %s)', (text, publishedAt, expected) => {
    expect(rows(text, publishedAt)).toEqual(expected);
  });
});
