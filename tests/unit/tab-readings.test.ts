/**
 * Session storage holds every tab's reading in 10 MB (Chrome): a tab keeps only what the panel
 * shows, at most 256 KB, the oldest tabs make room, and a full quota never costs the page its
 * answer (issue 10, finding 5).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { linkReading, readExtracted } from '../../utils/reading/background/read';
import type { ArticleReading, ExtractedPage } from '../../utils/schema';
import { compactReading, SESSION_BUDGET, storedBytes, tabReadings, type TabReading } from '../../utils/storage/tab-readings';
import { BUNDLED, BUNDLED_INDEX } from '../support/bundled';
import { knownArticle } from '../../scripts/lib/known-article';

/** Chrome's quota for session storage, all tabs together. */
const QUOTA = 10 * 1024 * 1024;

/** A Chinese article of about `bytes` bytes of text (3 bytes a character): long sentences, a figure in each. */
function chinesePage(bytes: number): ExtractedPage {
  const sentence = `据应用追踪机构统计，小红书在两天内新增用户超过70万，${'许多来自美国的用户在平台上发布自我介绍并学习中文，'.repeat(12)}而TikTok禁令临近。`;
  const blocks: ExtractedPage['blocks'] = [{ role: 'headline', text: '美国“TikTok难民”涌入小红书' }];
  for (let size = 0; size < bytes; size += 3 * 20_000) {
    blocks.push({ role: 'body', text: sentence.repeat(Math.ceil(20_000 / sentence.length)).slice(0, 20_000) });
  }
  return { features: knownArticle(blocks), title: blocks[0]!.text, outlet: null, publishedAt: '2025-01-15', language: 'zh', blocks };
}

const read = (page: ExtractedPage): ArticleReading => linkReading(readExtracted(page, BUNDLED.story, BUNDLED_INDEX), BUNDLED_INDEX);
const big = read(chinesePage(2 * 1024 * 1024));
const kept = (tabId: number, at: number, reading = big): TabReading => ({ tabId, url: `https://news.example/${tabId}`, reading, at: new Date(Date.UTC(2025, 0, 15, 0, 0, at)).toISOString() });

/** Makes fake session storage refuse writes past Chrome's quota, as Chrome does. */
function enforceQuota() {
  const session = fakeBrowser.storage.session;
  const set = session.set.bind(session);
  vi.spyOn(session, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const current = await session.get(null);
    if (storedBytes({ ...current, ...items }) > QUOTA) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
    return set(items);
  });
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe("a tab's kept reading", () => {
  it('was megabytes for a 2 MB Chinese page: it is kept in 256 KB with everything the panel shows', async () => {
    const linked = big.figures.filter((f) => f.metric !== null);
    expect(storedBytes(big)).toBeGreaterThan(SESSION_BUDGET.perTab * 4);
    expect(linked.length).toBeGreaterThan(0);
    await tabReadings.set(kept(1, 0));
    const stored = (await tabReadings.get(1))!;
    expect(storedBytes(stored)).toBeLessThanOrEqual(SESSION_BUDGET.perTab);
    // The panel's figures: linked ones with their sentences (it links them again), in reading order.
    const storedLinked = stored.reading.figures.filter((f) => f.metric !== null);
    expect(storedLinked.length).toBeGreaterThan(0);
    expect(storedLinked).toEqual(linked.slice(0, storedLinked.length));
    expect(stored.reading.complete).toBe(storedLinked.length === linked.length ? big.complete : false);
  });

  it('keeps a news article whole, less the sentences of the numbers the dataset does not know', () => {
    const article = read({ ...chinesePage(10_000), blocks: chinesePage(10_000).blocks.slice(0, 2) });
    const compact = compactReading(kept(2, 0, article));
    expect(compact.reading.figures.map((f) => f.id)).toEqual(article.figures.map((f) => f.id));
    expect(compact.reading.figures.filter((f) => f.metric)).toEqual(article.figures.filter((f) => f.metric));
    expect(compact.reading.figures.filter((f) => !f.metric).every((f) => f.sentence === '' && f.previous === '')).toBe(true);
    expect(compact.reading.complete).toBe(article.complete);
  });
});

describe('twenty tabs of 2 MB Chinese pages', () => {
  it('fit the quota: every write succeeds, the newest readings are kept and the oldest go first', async () => {
    enforceQuota();
    for (let tab = 1; tab <= 20; tab++) await tabReadings.set(kept(tab, tab));
    const all = await tabReadings.all();
    expect(storedBytes(await fakeBrowser.storage.session.get(null))).toBeLessThanOrEqual(SESSION_BUDGET.allTabs);
    const tabs = all.map((r) => r.tabId).sort((a, b) => a - b);
    expect(tabs.at(-1)).toBe(20);
    // Whatever was evicted is older than whatever was kept.
    expect(tabs).toEqual(Array.from({ length: tabs.length }, (_, i) => 21 - tabs.length + i));
  });

  it('makes room when the browser says the quota is full, oldest first', async () => {
    enforceQuota();
    // Within the readings' own budget, but other data (an older version's, say) fills the rest.
    const small = { ...big, figures: [], dates: [] };
    await fakeBrowser.storage.session.set({ 'other-data': 'x'.repeat(2.5 * 1024 * 1024) });
    await fakeBrowser.storage.session.set({ 'tab-reading-99': { ...kept(99, 0, small), filler: 'x'.repeat(7.4 * 1024 * 1024) } });
    await tabReadings.set(kept(5, 5));
    expect((await tabReadings.get(5))?.tabId).toBe(5);
    expect(await tabReadings.get(99)).toBeNull();
  });
});
