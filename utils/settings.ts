/**
 * The reader's settings as data: repair, site matching, and reading them in a content script.
 * Stored values are not trusted: each field is checked on read and a corrupt one is repaired to
 * its default. No validator library here, so the content script stays small; the options page
 * validates what it saves with the zod schema (`settings-store.ts`).
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, HIGHLIGHT_STYLES, MAX_DISABLED_SITES, SETTINGS_KEY, SITE_HOST, THEMES } from './constants';
import type { Settings } from './schema';

export interface RepairedSettings {
  settings: Settings;
  /** The fields that were corrupt and replaced (or entries dropped), in plain words. */
  repaired: string[];
}

const isOneOf = <T extends string>(options: readonly T[]) => (value: unknown): value is T => options.includes(value as T);

/** Checks a stored value field by field; what is wrong is replaced by its default. */
export function repairSettings(raw: unknown): RepairedSettings {
  const repaired: string[] = [];
  if (raw === null || raw === undefined) return { settings: { ...DEFAULT_SETTINGS }, repaired };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: { ...DEFAULT_SETTINGS }, repaired: ['settings were not an object; all reset to defaults'] };
  }
  const value = raw as Record<string, unknown>;
  const field = <T>(name: keyof Settings, check: (v: unknown) => v is T, fallback: T): T => {
    if (check(value[name])) return value[name];
    repaired.push(`${name} was invalid; reset to its default`);
    return fallback;
  };
  const sites = Array.isArray(value.disabledSites) ? value.disabledSites : null;
  if (!sites) repaired.push('disabledSites was invalid; reset to its default');
  const validSites = (sites ?? []).filter((site): site is string => typeof site === 'string' && SITE_HOST.test(site)).slice(0, MAX_DISABLED_SITES);
  const dropped = (sites?.length ?? 0) - validSites.length;
  if (dropped > 0) repaired.push(`disabledSites had ${dropped} invalid entr${dropped === 1 ? 'y' : 'ies'}; removed`);
  const unknown = Object.keys(value).filter((key) => !(key in DEFAULT_SETTINGS));
  if (unknown.length) repaired.push(`unknown fields removed: ${unknown.join(', ')}`);
  return {
    settings: {
      hoverCards: field('hoverCards', (v): v is boolean => typeof v === 'boolean', DEFAULT_SETTINGS.hoverCards),
      highlightStyle: field('highlightStyle', isOneOf(HIGHLIGHT_STYLES), DEFAULT_SETTINGS.highlightStyle),
      theme: field('theme', isOneOf(THEMES), DEFAULT_SETTINGS.theme),
      disabledSites: [...new Set(validSites)],
    },
    repaired,
  };
}

/**
 * Reads what a reader typed or pasted as a site: `https://www.Example.com/news` → `example.com`.
 * Returns null when it is not a host name.
 */
export function normalizeSite(input: string): string | null {
  let host = input.trim().toLowerCase();
  if (!host) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) {
    try {
      host = new URL(host).hostname;
    } catch {
      return null;
    }
  } else if (/^[a-z][a-z0-9+.-]*:(?!\d)/.test(host)) {
    return null; // a scheme other than a web address's ("javascript:", "data:"), not a port
  } else {
    host = host.split(/[/?#:]/, 1)[0] ?? '';
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  return SITE_HOST.test(host) ? host : null;
}

/** Whether Crosscheck stays off on this host: the listed site or any of its subdomains. */
export function isSiteDisabled(hostname: string, disabledSites: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** The settings as a content script reads them: straight from local storage, repaired, never written. */
export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return repairSettings(stored[SETTINGS_KEY]).settings;
}

/** Calls back with the repaired settings whenever they change; returns the unsubscribe. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) callback(repairSettings(changes[SETTINGS_KEY]!.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
