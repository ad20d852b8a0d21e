/**
 * Puts Crosscheck's scripts into a page, from the background: the reader (with the stylesheet of
 * its highlights) into a tab whose title or address names the story, or that the reader asked to
 * have read; the card's UI into a frame whose reader needs it, on first use. Nothing is declared
 * in the manifest, so no other page gets anything. Chrome (Manifest V3) has `scripting`; the
 * Firefox build (Manifest V2) has `tabs.executeScript` and `tabs.insertCSS`. Both run the scripts
 * in the extension's isolated world of the frame, the same one for every script, and inject the
 * stylesheet as the browser's own sheet, out of the page's `document.styleSheets`. The scripts
 * guard themselves against running twice in a frame.
 */
import { browser } from 'wxt/browser';

export const READER_SCRIPT = '/reader.js';
export const MARKS_STYLE = '/assets/marks.css';
export const CARD_SCRIPT = '/card.js';

type Target = { target: { tabId: number; frameIds: number[] } };
type Scripting = {
  executeScript(details: Target & { files: string[]; injectImmediately?: boolean }): Promise<unknown>;
  insertCSS(details: Target & { files: string[] }): Promise<unknown>;
};
type TabsV2 = {
  executeScript(tabId: number, details: { file: string; frameId: number; runAt?: 'document_start' }): Promise<unknown>;
  insertCSS(tabId: number, details: { file: string; frameId: number }): Promise<unknown>;
};

const scripting = () => (browser as unknown as { scripting?: Scripting }).scripting;
const tabsV2 = () => browser.tabs as unknown as TabsV2;

/**
 * As soon as the frame can take it, not when the page is idle: a script injected for "idle" runs
 * in the task that ends the page's parsing, after the page's own style recalculation (a 30–220 ms
 * task on the 100,000-word bench page, made longer by ours). Injected at once, it runs in a task
 * of its own, and the reader waits for the document to be parsed before it starts.
 */
async function runScript(tabId: number, frameId: number, file: string): Promise<void> {
  const api = scripting();
  if (api) await api.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file], injectImmediately: true });
  else await tabsV2().executeScript(tabId, { file, frameId, runAt: 'document_start' });
}

async function addStyle(tabId: number, frameId: number, file: string): Promise<void> {
  const api = scripting();
  if (api) await api.insertCSS({ target: { tabId, frameIds: [frameId] }, files: [file] });
  else await tabsV2().insertCSS(tabId, { file, frameId });
}

/** The reader and its highlight styles, into a tab's top frame. */
export async function injectReader(tabId: number, frameId = 0): Promise<void> {
  await Promise.all([addStyle(tabId, frameId, MARKS_STYLE), runScript(tabId, frameId, READER_SCRIPT)]);
}

/** The hover card's UI, into the frame whose reader asked for it; it registers itself there. */
export async function injectCard(tabId: number, frameId: number): Promise<void> {
  await runScript(tabId, frameId, CARD_SCRIPT);
}
