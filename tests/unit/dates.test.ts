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

  it.each(['not a date', '2025-02-30', '2025-01-15T09:30:00Z', 'on 2025-01-15', '15/01/2025'])('treats %s as no publication date', (publishedAt) => {
    expect(rows('on Monday, in 2013', publishedAt)).toEqual([['2013', '2013', 'year', false]]);
  });
});

// Each rule at its limits, published on Wednesday 2025-01-15 unless said.
describe('readDates, rule by rule', () => {
  it.each<[string, string | null, Row[]]>([
    // "this" weekday: the one in the publication's week, Monday to Sunday
    ['The vote is this Friday.', '2025-01-15', [['this Friday', '2025-01-17', 'day', true]]],
    ['This Monday the app hit No. 1.', '2025-01-15', [['This Monday', '2025-01-13', 'day', true]]],
    ['The ban starts this Sunday.', '2025-01-15', [['this Sunday', '2025-01-19', 'day', true]]],
    // relative days, months and years, forward too
    ['The Supreme Court rules tomorrow.', '2025-01-15', [['tomorrow', '2025-01-16', 'day', true]]],
    ['The rules change next month.', '2025-01-15', [['next month', '2025-02', 'month', true]]],
    ['The ban may return next year.', '2025-01-15', [['next year', '2026', 'year', true]]],
    ['Usage tripled this year.', '2025-01-15', [['this year', '2025', 'year', true]]],
    ['Sales doubled this month.', '2025-01-15', [['this month', '2025-01', 'month', true]]],
    // a month with this, next or last: the same year, strictly after, strictly before
    ['Results come this March.', '2025-01-15', [['this March', '2025-03', 'month', true]]],
    ['A hearing is set for next March.', '2025-01-15', [['next March', '2025-03', 'month', true]]],
    ['Next January the law is reviewed.', '2025-01-15', [['Next January', '2026-01', 'month', true]]],
    ['The app launched last January.', '2025-01-15', [['last January', '2024-01', 'month', true]]],
    ['The law passed last March.', '2025-06-10', [['last March', '2025-03', 'month', true]]],
    ['It opened in July.', '2025-07-31', [['July', '2025-07', 'month', true]]],
    // a day without a year: the nearest, into next year too; on a tie, the past one
    ['The ban takes effect Jan. 19.', '2024-12-28', [['Jan. 19', '2025-01-19', 'day', true]]],
    ['Figures from Jan. 1 were revised.', '2024-07-02', [['Jan. 1', '2024-01-01', 'day', true]]],
    ['A rally on Feb. 29 drew crowds.', '2025-01-15', [['Feb. 29', '2024-02-29', 'day', true]]],
    // lists and ranges: each day its own date; a weekday just before a day names it
    ['Sign-ups peaked on 13 January, 14 January and 18 January.', '2025-01-20', [['13 January', '2025-01-13', 'day', true], ['14 January', '2025-01-14', 'day', true], ['18 January', '2025-01-18', 'day', true]]],
    ['Outages hit Jan. 13–14, Jan. 17 and Jan. 20.', '2025-01-20', [['Jan. 13', '2025-01-13', 'day', true], ['14', '2025-01-14', 'day', true], ['Jan. 17', '2025-01-17', 'day', true], ['Jan. 20', '2025-01-20', 'day', true]]],
    ['Enrollment runs Monday, Jan. 13–17.', '2025-01-10', [['Monday, Jan. 13', '2025-01-13', 'day', true], ['17', '2025-01-17', 'day', true]]],
    ['On Monday January 13 the app led.', '2025-01-15', [['Monday January 13', '2025-01-13', 'day', true]]],
    ['Downloads rose Monday, last month they fell.', '2025-01-15', [['Monday', '2025-01-13', 'day', true], ['last month', '2024-12', 'month', true]]],
    // an abbreviated month's point belongs to it, and the year after it too
    ['The ban began 19 Jan. 2025.', '2025-01-15', [['19 Jan. 2025', '2025-01-19', 'day', false]]],
    ['Filings closed 30 Sept. and 1 Oct.', '2025-01-15', [['30 Sept.', '2024-09-30', 'day', true], ['1 Oct.', '2024-10-01', 'day', true]]],
    // words and identifiers that contain a date's digits
    ['Covid19 March 2020 lockdown', '2025-01-15', [['March 2020', '2020-03', 'month', false]]],
    ['Sales grew within 2024.', '2025-01-15', []],
    // Chinese: days, months and years relative to publication
    ['前天小红书登顶。', '2025-01-15', [['前天', '2025-01-13', 'day', true]]],
    ['今天的下载量', '2025-01-15', [['今天', '2025-01-15', 'day', true]]],
    ['明天禁令生效。', '2025-01-18', [['明天', '2025-01-19', 'day', true]]],
    ['去年的用户', '2025-01-15', [['去年', '2024', 'year', true]]],
    ['今年的用户', '2025-01-15', [['今年', '2025', 'year', true]]],
    ['明年再议', '2025-01-15', [['明年', '2026', 'year', true]]],
    ['上月与上个月', '2025-01-15', [['上月', '2024-12', 'month', true], ['上个月', '2024-12', 'month', true]]],
    ['本月和这个月', '2025-01-15', [['本月', '2025-01', 'month', true], ['这个月', '2025-01', 'month', true]]],
    ['下月与下个月', '2025-01-15', [['下月', '2025-02', 'month', true], ['下个月', '2025-02', 'month', true]]],
    // Chinese weekdays: Sunday written 日 or 天; 上, 下, 这 and 本 say which week
    ['周日下载量最高。', '2025-01-15', [['周日', '2025-01-12', 'day', true]]],
    ['星期天下载量最高。', '2025-01-15', [['星期天', '2025-01-12', 'day', true]]],
    ['下周一禁令生效。', '2025-01-15', [['下周一', '2025-01-20', 'day', true]]],
    ['上周三的数据。', '2025-01-15', [['上周三', '2025-01-08', 'day', true]]],
    ['这周五公布结果。', '2025-01-15', [['这周五', '2025-01-17', 'day', true]]],
    ['本周日截止。', '2025-01-15', [['本周日', '2025-01-19', 'day', true]]],
    // Chinese dates: numerals, full-width digits, a month with its year
    ['1月二十日生效', '2025-01-15', [['1月二十日', '2025-01-20', 'day', true]]],
    ['１月１３日登顶', '2025-01-15', [['１月１３日', '2025-01-13', 'day', true]]],
    ['２０２５年１月１３日', null, [['２０２５年１月１３日', '2025-01-13', 'day', false]]],
    ['2024年3月通过', null, [['2024年3月', '2024-03', 'month', false]]],
    ['3月的数据', '2025-01-15', [['3月', '2024-03', 'month', true]]],
    // the first year a date may have
    ['Records from March 1000 survive.', null, [['March 1000', '1000-03', 'month', false]]],
    ['公元1000年前后', null, [['1000年', '1000', 'year', false]]],
    // no such month
    ['2025年13月', '2025-01-15', []],
    ['2025年0月', '2025-01-15', []],
  ])('%s (published %s)', (text, publishedAt, expected) => {
    expect(rows(text, publishedAt)).toEqual(expected);
  });
});
