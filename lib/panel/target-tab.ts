/**
 * Which tab the panel reads. `sidepanel.html?tabId=N` pins tab N (tests, and a panel popped out
 * into its own window); otherwise the panel follows the active tab of its own window.
 */
export type Target = { mode: 'fixed'; tabId: number } | { mode: 'follow-active' };

export function targetFromSearch(search: string): Target {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw !== null && /^\d+$/.test(raw)) return { mode: 'fixed', tabId: Number(raw) };
  return { mode: 'follow-active' };
}

/**
 * The tab to switch to when a tab is activated, or undefined to stay. A panel opened as a tab
 * of its own (`ownTabId`) never reads itself.
 */
export function tabOnActivated(
  target: Target,
  panelWindowId: number | undefined,
  info: { tabId: number; windowId: number },
  ownTabId?: number,
): number | undefined {
  if (target.mode === 'fixed') return undefined;
  if (panelWindowId !== undefined && info.windowId !== panelWindowId) return undefined;
  if (info.tabId === ownTabId) return undefined;
  return info.tabId;
}

/** Whether a tab update means the page the panel shows has (re)loaded. */
export function isPageLoaded(currentTabId: number | undefined, tabId: number, change: { status?: string }): boolean {
  return currentTabId === tabId && change.status === 'complete';
}

/** `?today=yyyy-mm-dd` pins the day the rules count from (tests; checking a decision on a past day). */
export function todayFromSearch(search: string): string | undefined {
  const raw = new URLSearchParams(search).get('today');
  return raw && /^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : undefined;
}
