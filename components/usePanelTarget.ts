import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { tabOnActivated, type Target } from '@/lib/panel/target-tab';

/** The tab the panel reads: pinned by ?tabId=, or the active tab of the panel's window, followed as it changes. */
export function usePanelTarget(target: Target): { tabId: number | undefined; resolved: boolean } {
  const [tabId, setTabId] = useState(target.mode === 'fixed' ? target.tabId : undefined);
  const [resolved, setResolved] = useState(target.mode === 'fixed');

  useEffect(() => {
    if (target.mode === 'fixed') return;
    let windowId: number | undefined;
    // Set when the panel was opened as an ordinary tab rather than in the side panel.
    let ownTabId: number | undefined;
    let live = true;
    void (async () => {
      // Asked together, not one after another: the first read waits for the answer. The panel's
      // current window is the window windows.getCurrent names.
      const [win, own, [active]] = await Promise.all([
        browser.windows.getCurrent(),
        browser.tabs.getCurrent(),
        browser.tabs.query({ active: true, currentWindow: true }),
      ]);
      windowId = win.id;
      ownTabId = own?.id;
      if (!live) return;
      setTabId(active?.id === ownTabId ? undefined : active?.id);
      setResolved(true);
    })();
    const onActivated = (info: { tabId: number; windowId: number }): void => {
      const next = tabOnActivated(target, windowId, info, ownTabId);
      if (next !== undefined) setTabId(next);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [target]);

  return { tabId, resolved };
}
