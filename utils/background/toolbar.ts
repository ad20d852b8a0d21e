/**
 * The toolbar button: its badge counts the figures on the page that the dataset knows, and a
 * click opens the side panel (Chrome) or toggles the sidebar (Firefox).
 */
import { browser } from 'wxt/browser';

type Action = { setBadgeText(details: { tabId: number; text: string }): Promise<void>; setBadgeBackgroundColor(details: { color: string }): Promise<void> };

// Manifest V3 (Chrome) names it `action`; Manifest V2 (the Firefox build) `browserAction`.
const action = (): Action | undefined =>
  ((browser as unknown as { action?: Action }).action ?? (browser as unknown as { browserAction?: Action }).browserAction);

export async function setBadge(tabId: number, text: string): Promise<void> {
  try {
    await action()?.setBadgeText({ tabId, text });
  } catch {
    // The tab closed meanwhile: there is no badge left to set.
  }
}

export function setUpToolbarButton(): void {
  void action()?.setBadgeBackgroundColor({ color: '#b4232c' });
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  // Chrome opens a side panel only from a user gesture; this makes the toolbar click that gesture.
  void sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  const sidebarAction = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  const browserAction = (browser as unknown as { browserAction?: { onClicked: { addListener(cb: () => void): void } } }).browserAction;
  if (sidebarAction && browserAction) browserAction.onClicked.addListener(() => void sidebarAction.toggle());
}
