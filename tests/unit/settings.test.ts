import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, HIGHLIGHT_STYLES, THEMES } from '../../utils/constants';
import { settings as settingsSchema } from '../../utils/schema';
import { isSiteDisabled, normalizeSite, readSettings, repairSettings, watchSettings } from '../../utils/settings';
import { loadSettings, saveSettings, settingsItem } from '../../utils/storage/settings-store';

beforeEach(() => fakeBrowser.reset());

describe('repairing stored settings', () => {
  it.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS, []],
    ['a string', 'dark mode please', DEFAULT_SETTINGS, ['settings were not an object; all reset to defaults']],
    ['an array', [1, 2], DEFAULT_SETTINGS, ['settings were not an object; all reset to defaults']],
    [
      'hover cards as text',
      { ...DEFAULT_SETTINGS, hoverCards: 'yes' },
      DEFAULT_SETTINGS,
      ['hoverCards was invalid; reset to its default'],
    ],
    [
      'an unknown highlight style, valid theme kept',
      { ...DEFAULT_SETTINGS, highlightStyle: 'blink', theme: 'dark' },
      { ...DEFAULT_SETTINGS, theme: 'dark' },
      ['highlightStyle was invalid; reset to its default'],
    ],
    [
      'bad site entries among good ones',
      { ...DEFAULT_SETTINGS, disabledSites: ['example.com', '<script>', 42, 'news.example.org', 'example.com'] },
      { ...DEFAULT_SETTINGS, disabledSites: ['example.com', 'news.example.org'] },
      ['disabledSites had 2 invalid entries; removed'],
    ],
    [
      'sites as a comma list',
      { ...DEFAULT_SETTINGS, disabledSites: 'a.com,b.com' },
      DEFAULT_SETTINGS,
      ['disabledSites was invalid; reset to its default'],
    ],
    ['an extra field', { ...DEFAULT_SETTINGS, telemetry: true }, DEFAULT_SETTINGS, ['unknown fields removed: telemetry']],
  ])('%s', (_, stored, settings, repaired) => {
    expect(repairSettings(stored)).toEqual({ settings, repaired });
  });

  it('writes the repaired settings back to storage', async () => {
    await fakeBrowser.storage.local.set({ settings: { hoverCards: 0, highlightStyle: 'outline', theme: 'light', disabledSites: ['x.com'] } });
    const { settings, repaired } = await loadSettings();
    expect(repaired).toEqual(['hoverCards was invalid; reset to its default']);
    expect(settings).toEqual({ hoverCards: true, highlightStyle: 'outline', theme: 'light', disabledSites: ['x.com'] });
    expect(await settingsItem.getValue()).toEqual(settings);
  });

  it('refuses to save invalid settings and keeps the stored ones', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'dark' });
    const problems = await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['not a host'] });
    expect(problems).toEqual(['disabledSites.0: must be a host name like example.com']);
    expect((await settingsItem.getValue()).theme).toBe('dark');
  });
});

describe('settings as a content script reads them', () => {
  it('reads and repairs without writing', async () => {
    await fakeBrowser.storage.local.set({ settings: { hoverCards: false, highlightStyle: 'neon', theme: 'dark', disabledSites: [] } });
    expect(await readSettings()).toEqual({ hoverCards: false, highlightStyle: 'underline', theme: 'dark', disabledSites: [] });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ highlightStyle: 'neon' });
  });

  it('calls back with repaired settings when they change', async () => {
    const seen: unknown[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await saveSettings({ ...DEFAULT_SETTINGS, highlightStyle: 'outline' });
    stop();
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'light' });
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, highlightStyle: 'outline' }]);
  });
});

describe('sites where Crosscheck stays off', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['https://www.scmp.com/news/china/article/123', 'scmp.com'],
    ['www.hollywoodreporter.com/', 'hollywoodreporter.com'],
    ['news.example.org:8080', 'news.example.org'],
    ['http://127.0.0.1:4173/page.html', '127.0.0.1'],
    ['not a host', null],
    ['javascript:alert(1)', null],
    ['', null],
    ['<img src=x>', null],
  ])('%j → %j', (input, expected) => {
    expect(normalizeSite(input)).toBe(expected);
  });

  it.each([
    ['example.com', ['example.com'], true],
    ['news.example.com', ['example.com'], true],
    ['notexample.com', ['example.com'], false],
    ['example.com.evil.net', ['example.com'], false],
    ['EXAMPLE.com', ['example.com'], true],
    ['scmp.com', [], false],
  ])('%s with %j off → disabled: %s', (host, sites, expected) => {
    expect(isSiteDisabled(host, sites)).toBe(expected);
  });
});

/**
 * The settings are checked in two places: by hand on read (`repairSettings`, in code small enough
 * for the content script) and by the zod schema before a write. These properties hold them
 * together: whatever is stored, the repaired value passes the schema, a value the schema accepts
 * comes through repair unchanged, and a value repair leaves untouched is one the schema accepts.
 */
describe('the hand repair and the schema agree', () => {
  const site = fc.oneof(
    fc.domain().map((host) => host.toLowerCase()),
    fc.constantFrom('example.com', 'news.example.org', 'a-b.example', '<script>', '', 'EXAMPLE.COM', 'x'.repeat(300), 'exa mple.com'),
  );
  const stored = fc.oneof(
    fc.record(
      {
        hoverCards: fc.oneof(fc.boolean(), fc.string(), fc.integer()),
        highlightStyle: fc.oneof(fc.constantFrom(...HIGHLIGHT_STYLES), fc.string()),
        theme: fc.oneof(fc.constantFrom(...THEMES), fc.string()),
        disabledSites: fc.oneof(fc.array(fc.oneof(site, fc.integer(), fc.constant(null)), { maxLength: 20 }), fc.string()),
        extra: fc.jsonValue(),
      },
      { requiredKeys: [] },
    ),
    fc.jsonValue(),
  );

  it('repairs anything stored into settings the schema accepts', () => {
    fc.assert(
      fc.property(stored, (value) => {
        const { settings } = repairSettings(value);
        expect(settingsSchema.safeParse(settings).success).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('leaves settings the schema accepts as they are, and reports nothing', () => {
    fc.assert(
      fc.property(stored, (value) => {
        const parsed = settingsSchema.safeParse(value);
        if (!parsed.success || new Set(parsed.data.disabledSites).size !== parsed.data.disabledSites.length) return;
        expect(repairSettings(value)).toEqual({ settings: parsed.data, repaired: [] });
      }),
      { numRuns: 2_000 },
    );
  });

  it('reports a repair exactly when the schema refuses what was stored', () => {
    fc.assert(
      fc.property(stored, (value) => {
        if (value === null || value === undefined) return;
        const { repaired } = repairSettings(value);
        const duplicates = Array.isArray((value as { disabledSites?: unknown }).disabledSites) &&
          new Set((value as { disabledSites: unknown[] }).disabledSites).size !== (value as { disabledSites: unknown[] }).disabledSites.length;
        if (duplicates) return; // duplicates are folded quietly: the same site listed twice is the same choice
        expect(repaired.length > 0).toBe(!settingsSchema.safeParse(value).success);
      }),
      { numRuns: 2_000 },
    );
  });
});
