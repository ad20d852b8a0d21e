import { afterEach, describe, expect, it } from 'vitest';
import bundled from '../../assets/dataset.json';
import { openDb, type CrosscheckDb } from '../../utils/storage/db';
import { loadDataset } from '../../utils/storage/dataset-load';
import { outlinePage } from '../../utils/content/outline';
import type { ReadingReply, UnchangedReply } from '../../utils/messages';
import { createReadingService } from '../../utils/background/reading-service';
import type { TabReading } from '../../utils/storage/tab-readings';
import type { PageOutline, Settings } from '../../utils/schema';
import { DEFAULT_SETTINGS } from '../../utils/constants';
import { READING_BUDGET } from '../../utils/reading/background/read';
import { syntheticDataset } from '../support/synthetic-dataset';
import { loadPage, parseHtml } from './dom';

let count = 0;
const dbs: CrosscheckDb[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

function setUp(hooks: { onAll?: () => void; settings?: () => Promise<Settings> } = {}) {
  const db = openDb(`crosscheck-reading-${++count}`);
  dbs.push(db);
  const kept = new Map<number, TabReading>();
  const badges = new Map<number, string>();
  const rereads: number[] = [];
  const service = createReadingService({
    db,
    store: {
      set: async (reading) => void kept.set(reading.tabId, reading),
      remove: async (tabId) => void kept.delete(tabId),
      all: async () => {
        const list = [...kept.values()];
        hooks.onAll?.();
        return list;
      },
    },
    setBadge: async (tabId, text) => void badges.set(tabId, text),
    askToReread: async (tabId) => void rereads.push(tabId),
    settings: hooks.settings,
  });
  return { db, kept, badges, rereads, service };
}

/** The wire story's outline, as its reader sends it. */
const page = () => outlinePage(loadPage('wire-local-news.html')).outline;

/** A reply that is a reading (not "unchanged"). */
function full(reply: ReadingReply | UnchangedReply): ReadingReply {
  if ('unchanged' in reply) throw new Error('the background answered "unchanged"');
  return reply;
}

/**
 * A megabyte of body text made to be slow to read (a number every two characters, in paragraphs
 * of 20,000), under a headline about the story: what a hostile page can send.
 */
function hostilePage(): PageOutline {
  const paragraphs = Array.from({ length: 52 }, () => `<p>${`RedNote gained 700,000 users. ${'7 '.repeat(10_000)}`.slice(0, 20_000)}</p>`).join('');
  return outlinePage(
    parseHtml(`<!doctype html><html lang="en"><head><title>TikTok refugees flock to RedNote</title><meta property="article:published_time" content="2025-01-15"></head>
<body><article><h1>TikTok refugees flock to RedNote as the US ban nears</h1>${paragraphs}</article></body></html>`),
  ).outline;
}

describe("the background's reading service", () => {
  it('links a tab\'s article, keeps it and counts its figures on the badge', async () => {
    const { db, kept, badges, service } = setUp();
    await loadDataset(db, bundled, { kind: 'bundled' });
    const reply = full(await service.read(7, 'http://127.0.0.1/wire-local-news.html', page()));
    const linked = reply.reading.figures;
    // Every figure of the page, Lemon8's "No. 2 spot among free apps" (its App Store rank) included.
    expect(linked.length).toBe(13);
    expect(linked.every((f) => f.metric !== null && !('sentence' in f))).toBe(true);
    expect(reply.metrics.map((m) => m.id)).toContain('rednote-new-users-two-days');
    // Each mark's accessible name comes worded with it: the reader carries no interface words.
    const twoDays = linked.find((f) => f.metric === 'rednote-new-users-two-days')!;
    const others = reply.figures.filter((f) => f.metricId === 'rednote-new-users-two-days').length;
    const label = reply.metrics.find((m) => m.id === 'rednote-new-users-two-days')!.label;
    expect(twoDays.label).toBe(`${twoDays.text}: ${label}, ${others} other statements`);
    for (const figure of linked) expect(figure.label).toContain(`${figure.text}: ${reply.metrics.find((m) => m.id === figure.metric)!.label}, `);
    // With every source's figures of the metrics the page states, for the card to compare.
    expect(reply.figures.filter((f) => f.metricId === 'rednote-new-users-two-days')).toHaveLength(bundled.figures.filter((f) => f.metricId === 'rednote-new-users-two-days').length);
    expect(new Set(reply.sources.map((s) => s.outlet))).toContain('South China Morning Post');
    expect(reply.events.map((e) => e.id)).toContain('tiktok-refugees-live-chat');
    expect(kept.get(7)?.url).toBe('http://127.0.0.1/wire-local-news.html');
    expect(badges.get(7)).toBe('13');
  });

  it("says where each marked figure is in the page, by its text nodes in the outline the page sent", async () => {
    const { db, service } = setUp();
    await loadDataset(db, bundled, { kind: 'bundled' });
    const { outline, nodes } = outlinePage(loadPage('wire-local-news.html'));
    const reply = full(await service.read(7, 'http://127.0.0.1/wire-local-news.html', outline));
    expect(reply.reading.figures).toHaveLength(13);
    for (const figure of reply.reading.figures) {
      const [first, start, last, end] = figure.at;
      const texts = nodes.slice(first, last + 1).filter((node) => node.nodeType === 3).map((node) => (node as Text).data);
      const text = first === last ? texts[0]!.slice(start, end) : `${texts[0]!.slice(start)}${texts.slice(1, -1).join('')}${texts.at(-1)!.slice(0, end)}`;
      expect(text.replace(/\s+/g, ' ')).toBe(figure.text.replace(/\s+/g, ' '));
    }
  });

  it('answers "unchanged" to a page whose marks show what it would read again, and reads it anew when it changed', async () => {
    const { db, service, badges } = setUp();
    await loadDataset(db, bundled, { kind: 'bundled' });
    const doc = loadPage('wire-local-news.html');
    const first = full(await service.read(7, 'http://127.0.0.1/wire-local-news.html', outlinePage(doc).outline));
    expect(await service.read(7, 'http://127.0.0.1/wire-local-news.html', outlinePage(doc).outline, {}, first.key)).toEqual({ unchanged: true });
    // Without the key (a forced read, or marks the page lost) it is read and answered in full.
    expect(full(await service.read(7, 'http://127.0.0.1/wire-local-news.html', outlinePage(doc).outline)).key).toBe(first.key);
    // A paragraph more: another key, and a full answer.
    const paragraph = doc.createElement('p');
    paragraph.textContent = 'RedNote said on Tuesday that 3 million people had joined it in a single week, far more than any week before.';
    doc.querySelector('h1')!.parentElement!.append(paragraph);
    const again = full(await service.read(7, 'http://127.0.0.1/wire-local-news.html', outlinePage(doc).outline, {}, first.key));
    expect(again.key).not.toBe(first.key);
    expect(badges.get(7)).toBe(String(again.reading.figures.length));
  });

  it('answers each page with the reader\'s settings, and reads nothing from a site turned off meanwhile', async () => {
    let settings: Settings = { ...DEFAULT_SETTINGS, highlightStyle: 'outline', theme: 'dark' };
    const { db, kept, badges, service } = setUp({ settings: async () => settings });
    await loadDataset(db, bundled, { kind: 'bundled' });
    const first = full(await service.read(4, 'https://news.example.com/wire-local-news.html', page()));
    expect(first.settings).toEqual(settings);
    expect([first.reading.figures.length, badges.get(4)]).toEqual([13, '13']);

    // A parent domain on the list covers its subdomains; the tab's kept reading and badge go.
    settings = { ...settings, disabledSites: ['example.com'] };
    const off = full(await service.read(4, 'https://news.example.com/wire-local-news.html', page()));
    expect(off.reading).toEqual({ publishedAt: null, onTopic: false, figures: [], complete: true });
    expect([off.metrics, off.figures, off.sources, off.events]).toEqual([[], [], [], []]);
    expect(off.settings.disabledSites).toEqual(['example.com']);
    expect([kept.has(4), badges.get(4)]).toEqual([false, '']);
    // Another site is read as before.
    expect(full(await service.read(5, 'https://elsewhere.example.org/a.html', page())).reading.figures).toHaveLength(13);
  });

  it('forgets a tab that navigates away or closes', async () => {
    const { db, kept, badges, service } = setUp();
    await loadDataset(db, bundled, { kind: 'bundled' });
    await service.read(3, 'http://127.0.0.1/a.html', page());
    await service.forget(3);
    expect(kept.has(3)).toBe(false);
    expect(badges.get(3)).toBe('');
  });

  it('judges nothing before the dataset is cached, and asks the tab to read again once it is', async () => {
    const { db, kept, badges, rereads, service } = setUp();
    const early = full(await service.read(5, 'http://127.0.0.1/wire-local-news.html', page()));
    expect(early.reading).toMatchObject({ onTopic: false, figures: [] });
    expect(kept.get(5)!.reading.topicReasons).toEqual(['no dataset is cached yet']);
    expect(badges.get(5)).toBe('');
    await loadDataset(db, bundled, { kind: 'bundled' });
    await service.relinkAll();
    expect(rereads).toEqual([5]);
    // The tab reads its page again, as its content script does when asked.
    await service.read(5, 'http://127.0.0.1/wire-local-news.html', page());
    expect(kept.get(5)!.reading.figures.filter((f) => f.metric)).toHaveLength(13);
    expect(badges.get(5)).toBe('13');
  });

  it('links against the dataset the cache holds now, after an import replaced it', async () => {
    const { db, kept, service } = setUp();
    await loadDataset(db, bundled, { kind: 'bundled' });
    await service.read(9, 'http://127.0.0.1/wire-local-news.html', page());
    await loadDataset(db, syntheticDataset({ version: '9.0.0' }), { kind: 'bundled' });
    await service.relinkAll();
    const metrics = kept.get(9)!.reading.figures.flatMap((f) => (f.metric ? [f.metric] : []));
    expect(metrics.every((id) => id.startsWith('synthetic-metric-'))).toBe(true);
  });

  it('stops reading a page past its time budget, keeps what it read and linked, and says the reading is incomplete', async () => {
    const { db, kept, badges, service } = setUp();
    await loadDataset(db, bundled, { kind: 'bundled' });
    const started = performance.now();
    const reply = full(await service.read(4, 'http://127.0.0.1/hostile.html', hostilePage()));
    const took = performance.now() - started;
    expect(took).toBeLessThan(READING_BUDGET.workMs * 3);
    const reading = kept.get(4)!.reading;
    expect(reading.complete).toBe(false);
    expect(reply.reading.complete).toBe(false);
    // What it had read is kept, and linked: the first blocks' "700,000 users".
    expect(reading.figures.length).toBeGreaterThan(0);
    expect(reading.figures.at(-1)!.block).toBeLessThan(52);
    expect(reading.figures.some((f) => f.metric === 'rednote-new-users-two-days')).toBe(true);
    expect(Number(badges.get(4))).toBeGreaterThan(0);
  }, 30_000);

  it('reads a whole article in one go and says so', async () => {
    const { db, kept, service } = setUp();
    await loadDataset(db, bundled, { kind: 'bundled' });
    const reply = full(await service.read(6, 'http://127.0.0.1/wire-local-news.html', page()));
    expect(kept.get(6)!.reading.complete).toBe(true);
    expect(reply.reading.complete).toBe(true);
  });

  it("serves another tab's article while a long page is being read", async () => {
    const { db, service } = setUp();
    await loadDataset(db, bundled, { kind: 'bundled' });
    const finished: number[] = [];
    const hostile = service.read(1, 'http://127.0.0.1/hostile.html', hostilePage()).then(() => finished.push(1));
    // The other tab's message arrives just after the hostile page's reading has begun.
    await new Promise((done) => setTimeout(done, 20));
    const normal = service.read(2, 'http://127.0.0.1/wire-local-news.html', page()).then(() => finished.push(2));
    await Promise.all([hostile, normal]);
    expect(finished).toEqual([2, 1]);
  }, 30_000);
});

describe('when session storage is full', () => {
  it('still answers the page with its marks and badge', async () => {
    const { db, badges } = setUp();
    await loadDataset(db, bundled, { kind: 'bundled' });
    const service = createReadingService({
      db,
      store: { set: () => Promise.reject(new Error('Session storage quota bytes exceeded')), remove: async () => {}, all: async () => [] },
      setBadge: async (tabId, text) => void badges.set(tabId, text),
      askToReread: async () => {},
    });
    const reply = full(await service.read(7, 'http://127.0.0.1/wire-local-news.html', page()));
    expect(reply.reading.figures).toHaveLength(13);
    expect(badges.get(7)).toBe('13');
  });
});

describe('a reading belongs to the document it came from', () => {
  it('drops a reading that finishes after its tab navigated, and keeps the next page clean', async () => {
    const { db, kept, badges, service } = setUp();
    await loadDataset(db, bundled, { kind: 'bundled' });
    const late = service.read(8, 'http://127.0.0.1/wire-local-news.html', page());
    // The tab navigates (start.ts forgets the tab when it starts loading) while the reading runs.
    await service.forget(8);
    await expect(late).rejects.toThrow('the tab left the page before its reading finished');
    expect(kept.has(8)).toBe(false);
    expect(badges.get(8)).toBe('');
    // The new page's own reading is kept.
    await service.read(8, 'http://127.0.0.1/next.html', page());
    expect(kept.get(8)?.url).toBe('http://127.0.0.1/next.html');
  });

  it("drops a reading whose document (Chrome's documentId) is no longer the tab's latest", async () => {
    const { db, kept, service } = setUp();
    await loadDataset(db, bundled, { kind: 'bundled' });
    const old = service.read(2, 'http://127.0.0.1/old.html', page(), { documentId: 'doc-old', documentLifecycle: 'active' });
    const current = service.read(2, 'http://127.0.0.1/new.html', page(), { documentId: 'doc-new', documentLifecycle: 'active' });
    await expect(old).rejects.toThrow('refused');
    await current;
    expect(kept.get(2)?.url).toBe('http://127.0.0.1/new.html');
  });

  it('refuses a reading from a page that is being unloaded', async () => {
    const { db, kept, service } = setUp();
    await loadDataset(db, bundled, { kind: 'bundled' });
    await expect(service.read(3, 'http://127.0.0.1/gone.html', page(), { documentId: 'doc', documentLifecycle: 'pending_deletion' })).rejects.toThrow('refused');
    expect(kept.has(3)).toBe(false);
  });

  it('does not write a relinked reading back over a tab that navigated meanwhile', async () => {
    let navigate = () => {};
    const { db, kept, service } = setUp({ onAll: () => navigate() });
    await loadDataset(db, bundled, { kind: 'bundled' });
    await service.read(5, 'http://127.0.0.1/a.html', page());
    // The tab navigates just after the relinking has listed the kept readings.
    navigate = () => void service.forget(5);
    await service.relinkAll();
    expect(kept.has(5)).toBe(false);
  });

  it("leaves other tabs' readings alone when one tab navigates", async () => {
    const { db, kept, service } = setUp();
    await loadDataset(db, bundled, { kind: 'bundled' });
    await service.read(1, 'http://127.0.0.1/one.html', page());
    const late = service.read(2, 'http://127.0.0.1/two.html', page());
    await service.forget(2);
    await expect(late).rejects.toThrow();
    expect(kept.get(1)?.url).toBe('http://127.0.0.1/one.html');
  });
});
