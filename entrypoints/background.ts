import { browser } from 'wxt/browser';
import { MENU_ITEMS, handleMenuClick, type MenuClick, type MenuTab } from '@/lib/background/context-menu';
import { handleCommand } from '@/lib/background/commands';
import { browserPanelOpener } from '@/lib/background/panel-opener';

declare global {
  var caseGuidanceMenuClick: ((info: MenuClick, tab?: MenuTab) => Promise<void>) | undefined;
}

// Listeners are registered synchronously in main: the MV3 worker is stopped when idle and
// woken by events, so nothing may be kept in memory between them.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(async () => {
    await browser.contextMenus.removeAll();
    for (const item of MENU_ITEMS) browser.contextMenus.create(item);
  });
  const onMenuClick = (info: MenuClick, tab?: MenuTab): Promise<void> =>
    handleMenuClick(info, tab, browserPanelOpener).catch((error: unknown) => console.warn('Case guidance:', error));
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));
  // Native menus cannot be clicked by a test: the end-to-end tests call the same handler here.
  globalThis.caseGuidanceMenuClick = onMenuClick;
  // The keyboard shortcut (manifest `commands`) opens the panel in the window it was pressed in.
  // Some browsers (Firefox for Android) have no commands API: the panel still opens from the
  // toolbar and the menu.
  try {
    browser.commands.onCommand.addListener((command, tab) => {
      handleCommand(command, tab, browserPanelOpener).catch((error: unknown) => console.warn('Case guidance:', error));
    });
  } catch (error) {
    console.warn('Case guidance: no keyboard shortcut in this browser:', error);
  }
});
