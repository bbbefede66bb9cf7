// Opens the panel beside a case page in a Chromium launched with the extension: `npm start`,
// `npm run screenshots` and tests/e2e/installed.spec.ts all use it.
//
// A browser opens the real side panel only on a user gesture (a click, the shortcut, the
// menu), which a script cannot make. So the panel is popped out into a window of its own,
// pinned to the case tab with `sidepanel.html?tabId=N` — the same page the side panel shows —
// and the two windows are placed side by side.

/** Width of the panel window, about that of a side panel. */
export const PANEL_WIDTH = 420;

/**
 * @param {import('@playwright/test').BrowserContext} context
 * @returns {Promise<{ worker: import('@playwright/test').Worker, id: string }>}
 */
export async function extensionOf(context) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { worker, id: new URL(worker.url()).host };
}

/**
 * Opens the panel, pinned to the tab showing `casePage`, in a window beside it.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {import('@playwright/test').Page} casePage a page already showing the case
 * @param {{ today?: string, width?: number, area?: { left: number, top: number, width: number, height: number } }} [options]
 *   `today` pins the day the rules count from; `area` is the screen space to share (by default
 *   the case window's, maximised where the window manager allows)
 * @returns {Promise<{ panel: import('@playwright/test').Page, tabId: number, panelWindowId: number, caseWindowId: number }>}
 */
export async function openPanelBeside(context, casePage, { today, width = PANEL_WIDTH, area } = {}) {
  const { worker, id } = await extensionOf(context);
  // The case tab is found by a mark on its page, as several tabs could show the same address.
  const mark = `case-${Math.random().toString(36).slice(2)}`;
  await casePage.evaluate((m) => document.documentElement.setAttribute('data-case-guidance-start', m), mark);
  const tab = await worker.evaluate(
    async ({ url, mark }) => {
      for (const t of await chrome.tabs.query({ url })) {
        const [result] = await chrome.scripting
          .executeScript({ target: { tabId: t.id }, func: () => document.documentElement.getAttribute('data-case-guidance-start') })
          .catch(() => []);
        if (result?.result === mark) return { id: t.id, windowId: t.windowId };
      }
      return undefined;
    },
    { url: casePage.url(), mark },
  );
  if (!tab) throw new Error(`The extension cannot see the tab showing ${casePage.url()}: is it a page the build may read?`);

  const query = new URLSearchParams({ tabId: String(tab.id), ...(today && { today }) });
  const url = `chrome-extension://${id}/sidepanel.html?${query}`;
  const [panel, panelWindowId] = await Promise.all([
    context.waitForEvent('page', (p) => p.url() === url),
    worker.evaluate(
      async ({ url, caseWindowId, width, given }) => {
        // The page's own idea of the screen can be emulated (Playwright), so the case window's
        // bounds, maximised where the window manager allows, are the space to share: the case
        // on the left, the panel on the right. Too narrow for both, the panel overlaps the right edge.
        if (!given) await chrome.windows.update(caseWindowId, { state: 'maximized' }).catch(() => undefined);
        const area = given ?? (await chrome.windows.get(caseWindowId));
        const left = area.left ?? 0;
        const top = area.top ?? 0;
        const total = area.width ?? 1280;
        const height = area.height ?? 800;
        const caseWidth = Math.max(total - width, Math.min(total, 600));
        await chrome.windows.update(caseWindowId, { state: 'normal' });
        await chrome.windows.update(caseWindowId, { left, top, width: caseWidth, height });
        const win = await chrome.windows.create({
          url,
          type: 'popup',
          left: Math.min(left + caseWidth, left + total - width),
          top,
          width,
          height,
          focused: true,
        });
        return win.id;
      },
      { url, caseWindowId: tab.windowId, width, given: area },
    ),
  ]);
  await panel.waitForSelector('main[data-panel-state="ready"], main[data-panel-state="error"]');
  return { panel, tabId: tab.id, panelWindowId, caseWindowId: tab.windowId };
}
