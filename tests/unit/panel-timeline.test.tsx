// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED_SLICE } from '../support/bundled';
import { Timeline } from '../../components/panel/Timeline';
import { sourceName } from '../../components/format';
import type { StoryEvent } from '../../utils/schema';
import { findDenseWindow } from '../../utils/core/timeline';

// The seed articles' part of the dataset: the views' exact words are pinned below.
const data = SEED_SLICE;
const sources = new Map(data.sources.map((s) => [s.id, s]));
/** The Reuters story as a local site republished it: its name is the curators' to change. */
const REPUBLICATION = sourceName(sources.get('reuters-local-2025-01-14')!);
// The cache returns events by id: the timeline must order them itself.
const events: StoryEvent[] = [...data.events].sort((a, b) => (a.id < b.id ? -1 : 1));
const week = findDenseWindow(events);
/** What the wire story (tests/fixtures/pages/wire-local-news.html) says of the events it dates. */
const wireMentions = new Map([
  ['tiktok-ban-deadline', ['Jan. 19']],
  ['tiktok-refugees-live-chat', ['Monday']],
  ['lemon8-second-on-us-app-store', ['Tuesday']],
  ['onechance-shares-hit-daily-limit', ['Tuesday']],
]);

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = (selector: string, within: ParentNode = root) => [...within.querySelectorAll(selector)];
const eventItem = (id: string) => root.querySelector(`[data-testid=timeline-event][data-event="${id}"]`)!;

describe('the timeline', () => {
  beforeEach(() => {
    render(<Timeline events={events} week={week} mentions={wireMentions} sources={sources} />, root);
  });

  it('runs from RedNote’s launch in 2013 to the executive order of 20 January 2025, in two eras', () => {
    expect(text(root.querySelector('[data-testid=timeline-summary]'))).toBe(
      '24 events from 2013 to 20 January 2025; 4 mentioned in this article, highlighted.',
    );
    expect(all('[data-testid=timeline-era] h3').map(text)).toEqual(['2013 – 2024', '13 – 20 January 2025, day by day']);
    const order = all('[data-testid=timeline-event]').map((el) => el.getAttribute('data-event'));
    expect(order[0]).toBe('rednote-launch');
    expect(order.at(-1)).toMatch(/^trump-/);
  });

  it('orders dates of every precision, and shows a month as its month', () => {
    const background = root.querySelector('[data-era=background]')!;
    const dated = all('[data-testid=timeline-event]', background).map((el) => [text(el.querySelector('.tl-title')), text(el.querySelector('.tl-date'))]);
    expect(dated).toEqual([
      ['RedNote (Xiaohongshu) launches', ''],
      ['TikTok agrees to route its US user data to Oracle\'s cloud', ''],
      ['The Biden administration bans TikTok from federal devices', 'February 2023 (no day given)'],
      ['TikTok CEO Shou Zi Chew testifies before a House committee', 'Thursday 23 March 2023'],
      ['Montana becomes the first US state to sign a law banning TikTok', 'May 2023 (no day given)'],
      ['The US House of Representatives passes the TikTok bill', 'March 2024 (no day given)'],
      ['ByteDance links the Lemon8 and TikTok logins', 'November 2024 (no day given)'],
      ["Canada orders ByteDance's Canadian operations dissolved", 'November 2024 (no day given)'],
      ['Lemon8 downloads surge', 'December 2024 (no day given)'],
    ]);
    // A year is its group's heading; the years with nothing in them are skipped, visibly.
    expect(all('[data-testid=timeline-group] > h4', background).map(text)).toEqual(['2013', '2022', '2023', '2024']);
    expect(text(background.querySelector('[data-testid=timeline-gap]'))).toBe('2014 – 2021: nothing in the dataset');
    expect(eventItem('tiktok-banned-on-us-federal-devices').querySelector('time')!.getAttribute('datetime')).toBe('2023-02');
    expect(eventItem('tiktok-banned-on-us-federal-devices').classList.contains('tl-month')).toBe(true);
  });

  it('lays the week out day by day, empty days included', () => {
    const days = all('[data-testid=timeline-day]').map((day) => [
      day.getAttribute('data-day'),
      text(day.querySelector('h4')),
      all('[data-testid=timeline-event]', day).length,
    ]);
    expect(days).toEqual([
      ['2025-01-13', 'Monday 13 January', 2],
      ['2025-01-14', 'Tuesday 14 January', 3],
      ['2025-01-15', 'Wednesday 15 January', 0],
      ['2025-01-16', 'Thursday 16 January', 2],
      ['2025-01-17', 'Friday 17 January', 1],
      ['2025-01-18', 'Saturday 18 January', 2],
      ['2025-01-19', 'Sunday 19 January', 3],
      ['2025-01-20', 'Monday 20 January', 2],
    ]);
  });

  it('marks where the sources disagree on the date: Monday 13 or Wednesday 15 January', () => {
    const charts = eventItem('rednote-tops-us-app-charts');
    expect(charts.closest('[data-testid=timeline-day]')!.getAttribute('data-day')).toBe('2025-01-13');
    expect(charts.getAttribute('data-disagreement')).toBe('true');
    expect(all('[data-testid=date-disagreement] li', charts).map(text)).toEqual([
      'South China Morning Post says Monday 13 January 2025 (“on Monday”)',
      'Radio Free Asia says Wednesday 15 January 2025 (“On Wednesday”)',
      'Reuters, carried by 2 sites and The Hollywood Reporter only say January 2025 (“this week”, “over the past week”)',
    ]);
    // Named after its event for screen readers (the name is hidden on screen, where the event is just above).
    expect(text(charts.querySelector('.tl-sources summary'))).toBe('Sources for “RedNote tops the US app download charts”: 5 sources, dates differ');
    // Radio Free Asia's day points back to the event.
    const wednesday = root.querySelector('[data-testid=timeline-day][data-day="2025-01-15"]')!;
    expect(text(wednesday.querySelector('[data-testid=timeline-elsewhere]'))).toBe(
      '≠ Radio Free Asia dates “RedNote tops the US app download charts” to this day (“On Wednesday”); it is listed on Monday 13 January.',
    );
    expect(all('[data-testid=timeline-event][data-disagreement=true]')).toHaveLength(1);
  });

  it('highlights the events the article mentions, in its own words', () => {
    const highlighted = all('[data-testid=timeline-event][data-highlighted=true]').map((el) => [el.getAttribute('data-event'), text(el.querySelector('[data-testid=timeline-mention]'))]);
    expect(highlighted).toEqual([
      ['tiktok-refugees-live-chat', 'In this article “Monday”'],
      ['lemon8-second-on-us-app-store', 'In this article “Tuesday”'],
      ['onechance-shares-hit-daily-limit', 'In this article “Tuesday”'],
      ['tiktok-ban-deadline', 'In this article “Jan. 19”'],
    ]);
    expect(eventItem('tiktok-ban-deadline').classList.contains('tl-highlighted')).toBe(true);
    expect(eventItem('rednote-launch').getAttribute('data-highlighted')).toBe('false');
  });

  it('gives each event’s sources with the date each gives, as written, and the quote', () => {
    const deadline = eventItem('tiktok-ban-deadline');
    const reports = all('[data-testid=event-source]', deadline).map((el) => [text(el.querySelector('.tl-source-head')), text(el.querySelector('.cc-quote'))]);
    expect(reports).toEqual([
      [`${REPUBLICATION} · Sunday 19 January 2025 (“Jan. 19”)`, '“ahead of a Jan. 19 deadline for ByteDance to sell TikTok or face a ban in the U.S.”'],
      ['Global Banking & Finance Review, carrying Reuters · Sunday 19 January 2025 (“Jan. 19”)', '“ahead of a Jan. 19 deadline for ByteDance to sell TikTok or face a ban in the U.S.”'],
      ['Radio Free Asia · Sunday 19 January 2025 (“on Jan. 19”)', '“ahead of an expected U.S. ban on Jan. 19”'],
      ['South China Morning Post · Sunday 19 January 2025 (“on January 19”)', '“a looming ban on TikTok, which is due to come into effect on January 19”'],
    ]);
    const chew = eventItem('shou-zi-chew-house-testimony');
    expect(all('[data-testid=event-source] .tl-source-head', chew).map(text)).toEqual([
      'The Hollywood Reporter · Thursday 23 March 2023 (“on March 23, 2023”)',
      'The Hollywood Reporter · March 2023 (“in March 2023”)',
    ]);
    expect(chew.getAttribute('data-disagreement')).toBe('false');
  });

  it('narrows to the article’s events on request', async () => {
    const only = root.querySelector<HTMLInputElement>('[data-testid=timeline-only-article]')!;
    await act(() => {
      only.click();
    });
    expect(all('[data-testid=timeline-event]').map((el) => el.getAttribute('data-event'))).toEqual([
      'tiktok-refugees-live-chat',
      'lemon8-second-on-us-app-store',
      'onechance-shares-hit-daily-limit',
      'tiktok-ban-deadline',
    ]);
    expect(all('[data-testid=timeline-day] h4').map(text)).toEqual(['Monday 13 January', 'Tuesday 14 January', 'Sunday 19 January']);
  });

  it('has a text equivalent for its overview strip', () => {
    const strip = root.querySelector('[data-testid=timeline-overview]')!;
    expect(strip.getAttribute('role')).toBe('img');
    expect(strip.getAttribute('aria-label')).toBe(
      'Overview of the timeline. 2013 – 2024: 9 events; 13 – 20 January 2025, day by day: 15 events. 4 highlighted as mentioned in this article.',
    );
    expect(all('.tl-mark-highlighted', strip)).toHaveLength(4);
  });
});

describe('the timeline while filtering', () => {
  it('keeps the week’s scale but leaves out the days without a match', () => {
    const lemon8 = events.filter((e) => /Lemon8/.test(e.title));
    render(<Timeline events={lemon8} week={week} mentions={new Map()} sources={sources} filtered />, root);
    expect(text(root.querySelector('[data-testid=timeline-summary]'))).toBe('4 events from November 2024 to 18 January 2025.');
    expect(all('[data-testid=timeline-day] h4').map(text)).toEqual(['Tuesday 14 January', 'Saturday 18 January']);
    expect(root.querySelector('[data-testid=timeline-only-article]')).toBeNull();
  });

  it('says when nothing matches', () => {
    render(<Timeline events={[]} week={week} mentions={new Map()} sources={sources} filtered />, root);
    expect(text(root.querySelector('.empty'))).toBe('No event matches the filter.');
  });
});
