import { browser } from 'wxt/browser';
import { MENU_ITEMS, handleMenuClick } from '@/lib/context-menu';
import { browserPanelOpener } from '@/lib/panel-opener';

// Listeners are registered synchronously in main: the MV3 worker is stopped when idle and
// woken by events, so nothing may be kept in memory between them.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(async () => {
    await browser.contextMenus.removeAll();
    for (const item of MENU_ITEMS) browser.contextMenus.create(item);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    handleMenuClick(info, tab, browserPanelOpener).catch((error: unknown) => console.warn('Case guidance:', error));
  });
});
