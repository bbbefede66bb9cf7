import { browser } from 'wxt/browser';
import type { MenuTab, PanelOpener } from './context-menu';

/** Session storage key for a term the panel should look up (session storage is memory only, cleared by the browser). */
export const LOOKUP_KEY = 'pendingLookup';

type SidebarBrowser = { sidebarAction?: { open(): Promise<void> } };
type SidePanelChrome = { sidePanel?: { open(options: { windowId?: number; tabId?: number }): Promise<void> } };

/**
 * Opens the side panel (Chrome/Edge) or sidebar (Firefox). Call it synchronously inside a click
 * handler: both browsers refuse to open the panel once the user gesture has passed an `await`.
 */
export function openPanel(tab: MenuTab | undefined, windowId = tab?.windowId): Promise<void> {
  const firefox = (browser as unknown as SidebarBrowser).sidebarAction;
  if (firefox) return firefox.open();
  const sidePanel = (globalThis as unknown as { chrome?: SidePanelChrome }).chrome?.sidePanel;
  if (!sidePanel) return Promise.reject(new Error('This browser has no side panel.'));
  if (windowId !== undefined) return sidePanel.open({ windowId });
  if (tab?.id !== undefined) return sidePanel.open({ tabId: tab.id });
  return Promise.reject(new Error('No window to open the side panel in.'));
}

export const browserPanelOpener: PanelOpener = {
  openPanel: (tab) => openPanel(tab),
  requestLookup: (term) => browser.storage.session.set({ [LOOKUP_KEY]: { term, at: Date.now() } }),
};
