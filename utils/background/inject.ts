/**
 * Loads the reader into a frame whose gate found a likely article. Chrome (Manifest V3) has
 * `scripting.executeScript`; the Firefox build (Manifest V2) has `tabs.executeScript`. The
 * script guards itself against running twice in a frame.
 */
import { browser } from 'wxt/browser';

export const READER_SCRIPT = '/reader-main.js';

type Scripting = { executeScript(details: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown> };
type TabsV2 = { executeScript(tabId: number, details: { file: string; frameId: number }): Promise<unknown> };

export async function injectReader(tabId: number, frameId: number): Promise<void> {
  const scripting = (browser as unknown as { scripting?: Scripting }).scripting;
  if (scripting) await scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [READER_SCRIPT] });
  else await (browser.tabs as unknown as TabsV2).executeScript(tabId, { file: READER_SCRIPT, frameId });
}
