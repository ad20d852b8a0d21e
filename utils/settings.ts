/**
 * The reader's settings, kept in the extension's local storage (never synced: the list of sites
 * where Crosscheck stays off is the reader's business). Stored values are not trusted: each
 * field is validated on read and a corrupt one is repaired to its default.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, settings as settingsSchema, highlightStyle, siteHost, theme, type Settings } from './schema';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export interface RepairedSettings {
  settings: Settings;
  /** The fields that were corrupt and replaced (or entries dropped), in plain words. */
  repaired: string[];
}

/** Validates a stored value field by field; what is wrong is replaced by its default. */
export function repairSettings(raw: unknown): RepairedSettings {
  const repaired: string[] = [];
  if (raw === null || raw === undefined) return { settings: { ...DEFAULT_SETTINGS }, repaired };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: { ...DEFAULT_SETTINGS }, repaired: ['settings were not an object; all reset to defaults'] };
  }
  const value = raw as Record<string, unknown>;
  const field = <T>(name: keyof Settings, check: (v: unknown) => boolean, fallback: T): T => {
    if (check(value[name])) return value[name] as T;
    repaired.push(`${name} was invalid; reset to its default`);
    return fallback;
  };
  const sites = Array.isArray(value.disabledSites) ? value.disabledSites : null;
  if (!sites) repaired.push('disabledSites was invalid; reset to its default');
  const validSites = (sites ?? []).filter((site): site is string => siteHost.safeParse(site).success);
  if (sites && validSites.length !== sites.length) {
    repaired.push(`disabledSites had ${sites.length - validSites.length} invalid entr${sites.length - validSites.length === 1 ? 'y' : 'ies'}; removed`);
  }
  const unknown = Object.keys(value).filter((key) => !(key in DEFAULT_SETTINGS));
  if (unknown.length) repaired.push(`unknown fields removed: ${unknown.join(', ')}`);
  return {
    settings: {
      hoverCards: field('hoverCards', (v) => typeof v === 'boolean', DEFAULT_SETTINGS.hoverCards),
      highlightStyle: field('highlightStyle', (v) => highlightStyle.safeParse(v).success, DEFAULT_SETTINGS.highlightStyle),
      theme: field('theme', (v) => theme.safeParse(v).success, DEFAULT_SETTINGS.theme),
      disabledSites: [...new Set(validSites)],
    },
    repaired,
  };
}

/** Reads the settings, writing back a repaired copy when the stored one was corrupt. */
export async function loadSettings(item = settingsItem): Promise<RepairedSettings> {
  const result = repairSettings(await item.getValue());
  if (result.repaired.length) await item.setValue(result.settings);
  return result;
}

/** Saves settings after validating them whole; returns the problems when they are refused. */
export async function saveSettings(next: Settings, item = settingsItem): Promise<string[]> {
  const parsed = settingsSchema.safeParse(next);
  if (!parsed.success) return parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  await item.setValue(parsed.data);
  return [];
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
  return siteHost.safeParse(host).success ? host : null;
}

/** Whether Crosscheck stays off on this host: the listed site or any of its subdomains. */
export function isSiteDisabled(hostname: string, disabledSites: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}
