/**
 * Pages in other languages, read in Chromium with the built extension: a German and a Japanese
 * article about the story (fixtures written for the tests) get their figures marked, read with
 * their language's number forms, and a card comparing each with the other sources.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eventually, inUi, launchReadyToRead, markCenter, pageState, type ExtensionBrowser, type FixtureServer } from './harness';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  ({ browser, server } = await launchReadyToRead());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function marked(page: Page, atLeast: number) {
  return eventually(async () => {
    const state = await pageState(page);
    if (state.targets.length < atLeast) throw new Error(`only ${state.targets.length} marks`);
    return state;
  });
}

/** Hovers the mark whose label starts with `text` and returns the open card's text. */
async function hoverCard(page: Page, text: string): Promise<string> {
  const state = await pageState(page);
  const figure = state.targets.find((t) => t.label.startsWith(`${text}:`));
  expect(figure, state.targets.map((t) => t.label).join('\n')).toBeDefined();
  const { x, y } = await markCenter(page, figure!.id);
  await page.mouse.move(x, y);
  await eventually(async () => {
    if (!(await pageState(page)).cardOpen) throw new Error('card not open');
  });
  // Every group opens to who said it, in their own words: the quotes are built then.
  await inUi(page, (root) => root!.querySelectorAll<HTMLDetailsElement>('.cc-card details').forEach((d) => (d.open = true)));
  const card = await eventually(async () => {
    const now = await pageState(page);
    if (!now.cardText.includes('“')) throw new Error('no quote yet');
    return now;
  });
  await page.mouse.move(2, 2);
  await eventually(async () => expect((await pageState(page)).cardOpen).toBe(false));
  return card.cardText;
}

describe.each([
  {
    path: 'german-rednote.html',
    // 216 Prozent is Duolingo's learners: marked, as its own metric, not RedNote's.
    marks: ['Mehr als 700.000', '194 Prozent', 'rund 300 Millionen', '17 Milliarden Dollar', 'rund 170 Millionen', '75', '216 Prozent'],
    unmarked: ['702.900'],
    card: { text: 'mehr als 700.000', metric: 'New RedNote users in two days', quote: 'In only two days, more than 700,000 new users joined Xiaohongshu' },
  },
  {
    path: 'japanese-rednote.html',
    // 20万件を超え counts the hashtag's posts: marked, as its own metric, not its views.
    marks: ['70万人以上', '194%', '約3億', '170億ドル', '約1億7000万', '75', '20万件を超え'],
    unmarked: [],
    card: { text: '約3億', metric: 'RedNote users in total', quote: '300 million' },
  },
])('reading $path', ({ path, marks, unmarked, card }) => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.goto(server.url(path));
  });
  afterAll(async () => page?.close());

  it('marks the figures the dataset knows, read in the page language', async () => {
    const state = await marked(page, marks.length);
    const labels = state.targets.map((t) => t.label);
    for (const text of marks) expect(labels.some((l) => l.startsWith(`${text}:`)), `${text} in\n${labels.join('\n')}`).toBe(true);
    for (const text of unmarked) expect(labels.some((l) => l.startsWith(`${text}:`))).toBe(false);
    expect(state.highlights['crosscheck-underline']).toBe(state.targets.length);
  });

  it("opens a card comparing the figure with the other sources'", async () => {
    const text = await hoverCard(page, card.text);
    expect(text).toContain(card.metric);
    expect(text).toContain(`This article: ${card.text}`);
    expect(text).toContain(card.quote);
  });
});
