/**
 * The settings as the extension's pages and background keep them: a WXT storage item in local
 * storage (never synced: the list of sites where Crosscheck stays off is the reader's business),
 * repaired on read and validated whole with the zod schema before it is written.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../constants';
import { settings as settingsSchema, type Settings } from '../schema';
import { repairSettings, type RepairedSettings } from '../settings';

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

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
